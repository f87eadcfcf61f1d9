"""Scale benchmark of kpikit's Spark engine (run by benchmarks/spark.sh; not in CI).

Reuses bench.py's data generation, timing and checks: the same synthetic business, split into P
Parquet parts of consecutive rows; kpikit's local engine (one file and the parts), kpikit-spark's
SparkMetricsJob in local[2] mode (the parts) and DuckDB (one file), interleaved, each run its own
process; every run's KPI pack is compared with DuckDB's.
"""
import argparse
import datetime
import os
import statistics
import subprocess
import sys

import bench
import kpi_check


def prepare_parts(s, parts):
    """parquet-parts/: orders/part-*.parquet (consecutive rows) and the other files, once."""
    folder = os.path.join(s.data, f"parquet-{parts}-parts")
    done = os.path.join(folder, ".complete")
    if os.path.exists(done):
        return folder
    os.makedirs(folder, exist_ok=True)
    bench.log(f"bench: splitting orders.parquet into {parts} parts")
    bench.run_checked(["java", "-cp", s.class_path, "dev.kpikit.bench.ParquetParts",
                       os.path.join(s.parquet_dir, "orders.parquet"), os.path.join(folder, "orders"),
                       str(parts)])
    for name in os.listdir(s.csv_dir):
        if name not in ("orders.csv", "kpikit.yaml"):
            os.symlink(os.path.join("..", "csv", name), os.path.join(folder, name))
    with open(os.path.join(s.csv_dir, "kpikit.yaml"), encoding="utf-8") as f:
        config = f.read().replace("path: orders.csv", "path: orders")
    with open(os.path.join(folder, "kpikit.yaml"), "w", encoding="utf-8") as f:
        f.write(config)
    open(done, "w").close()
    return folder


def variants(s, parts_dir, spark_cp, opens):
    as_of, zone = s.args.as_of, s.time_zone()
    spend = os.path.join(s.csv_dir, "marketing_spend.csv")
    spark_opts = os.environ.get("SPARK_JAVA_OPTS", "").split()
    return [
        ("kpikit", "Parquet", lambda out: [*s.kpikit_command(), "metrics", s.parquet_dir, "--out", out,
                                           "--as-of", as_of]),
        ("kpikit", "Parquet parts", lambda out: [*s.kpikit_command(), "metrics", parts_dir, "--out", out,
                                                 "--as-of", as_of]),
        ("kpikit-spark local[2]", "Parquet parts",
         lambda out: ["java", *opens.split(), *spark_opts, "-Dspark.master=local[2]", "-cp", spark_cp,
                      "dev.kpikit.spark.SparkMetricsJob", parts_dir, "--out", out, "--as-of", as_of]),
        ("DuckDB", "Parquet", lambda out: ["java", "-cp", s.class_path, "dev.kpikit.bench.DuckDbKpiPack",
                                           os.path.join(s.parquet_dir, "orders.parquet"), spend, out,
                                           as_of, zone]),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    for flag in ("--work", "--results", "--kpikit-jar", "--kpikit-launcher", "--sample-jar",
                 "--class-path", "--python", "--scripts", "--spark-class-path", "--spark-opens"):
        parser.add_argument(flag, required=True)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--parts", type=int, default=8)
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--as-of", default="2025-12-31")
    parser.add_argument("--commit", default="unknown")
    s = bench.Setup(parser.parse_args())
    bench.prepare_data(s)
    parts_dir = prepare_parts(s, s.args.parts)
    started = datetime.datetime.now()
    load_start = bench.load_average()
    results, outputs, failures = {}, {}, {}
    for round_number in range(1, s.args.rounds + 1):
        for engine, fmt, command in variants(s, parts_dir, s.args.spark_class_path, s.args.spark_opens):
            tag = f"{engine.split()[0].lower()}-{fmt.replace(' ', '-').lower()}-r{round_number}"
            out = os.path.join(s.runs, "spark-bench", tag)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            try:
                wall, cpu, rss = bench.run_once(command(out), out, out + ".time", out + ".log")
            except SystemExit as e:  # a failed run (e.g. out of heap) is a result, not the end
                failures.setdefault((engine, fmt), str(e).splitlines()[-1][:300])
                bench.log(f"bench: round {round_number} {engine} {fmt} FAILED: {failures[(engine, fmt)]}")
                continue
            load, compute = bench.phase_seconds("DuckDB" if engine == "DuckDB" else "kpikit", out)
            bench.log(f"bench: round {round_number} {engine:22} {fmt:13} {wall:7.2f} s wall "
                      f"{cpu:7.2f} s CPU {rss:6.0f} MiB")
            results.setdefault((engine, fmt), []).append(
                {"wall": wall, "cpu": cpu, "rss": rss, "load": load, "compute": compute})
            outputs.setdefault((engine, fmt), []).append((engine, out))
    load_end = bench.load_average()
    reference = kpi_check.read_pack(outputs[("DuckDB", "Parquet")][0][1])
    counts = None
    for key, runs in outputs.items():
        for i, (engine, folder) in enumerate(runs):
            counts = kpi_check.compare(reference, bench.read_output("DuckDB" if engine == "DuckDB" else "kpikit",
                                                                    folder),
                                       f"{key[0]} {key[1]} (round {i + 1})", zero_filled_ok=engine != "DuckDB")
    a = s.args
    lines = [
        f"# kpikit on Spark: {bench.rows_label(a.rows)} Parquet order rows, {a.rounds} rounds ({started:%Y-%m-%d})",
        "",
        f"`benchmarks/spark.sh {a.rows} {a.rounds} {a.parts}`: synthetic `northwind-coffee` (seed {a.seed}), "
        f"orders as one `orders.parquet` and as {a.parts} parts of consecutive rows; as of {a.as_of}. "
        "Interleaved in each round; every run its own process (JVM and Spark start included); "
        "`/usr/bin/time -v`.",
        "",
        "| engine | input | wall s, median (min–max) | CPU s, median | peak RSS MiB, median (max) | load s / compute s |",
        "|---|---|---|---|---|---|",
    ]
    for (engine, fmt), runs in results.items():
        walls = [r["wall"] for r in runs]
        lines.append(
            f"| {engine} | {fmt} | {statistics.median(walls):.2f} ({min(walls):.2f}–{max(walls):.2f}) "
            f"| {statistics.median(r['cpu'] for r in runs):.2f} "
            f"| {statistics.median(r['rss'] for r in runs):.0f} ({max(r['rss'] for r in runs):.0f}) "
            f"| {statistics.median(r['load'] for r in runs):.2f} / {statistics.median(r['compute'] for r in runs):.2f} |")
    for (engine, fmt), why in failures.items():
        lines.append(f"| {engine} | {fmt} | failed: {why} | | | |")
    lines += [
        "",
        f"**Results agree** (relative {kpi_check.RELATIVE_TOLERANCE:g}, every run against DuckDB): "
        f"revenue_monthly {counts['revenue_monthly']} months, cac_monthly {counts['cac_monthly']} cells, "
        f"cohort_retention {counts['cohort_retention']} cells.",
        "",
        f"Load average at start {load_start}, at end {load_end} (2 cores shared by several engineers); "
        f"run took {(datetime.datetime.now() - started).total_seconds() / 60:.1f} min; commit {a.commit}.",
    ]
    report = "\n".join(lines) + "\n"
    os.makedirs(a.results, exist_ok=True)
    path = os.path.join(a.results, f"{started:%Y-%m-%d}-{bench.rows_label(a.rows)}-spark.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(report)
    print(report)
    bench.log(f"bench: report written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
