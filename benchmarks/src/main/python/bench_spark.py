"""Scale benchmark of kpikit's Spark engine (run by benchmarks/spark.sh; not in CI).

Several sizes in one run: for each N, the synthetic business's orders as one orders.parquet and as P
Parquet parts of consecutive rows (generated once per N and seed, streaming: `kpikit sample` writes
the CSV row by row, DuckDB converts and splits it). Each round runs, for every size in turn, kpikit's
local engine (orders.parquet), kpikit-spark's SparkMetricsJob in local[2] mode (the parts) and
DuckDB (orders.parquet), each its own process under /usr/bin/time -v; every run's KPI pack is
compared with DuckDB's of the same size. A run that fails (e.g. the local engine out of heap, exit
3 with its one-line message) is reported with its exit code and message, not the end of the run.
"""
import argparse
import copy
import datetime
import os
import re
import shlex
import statistics
import subprocess
import sys
import time

import bench
import kpi_check


def prepare_parts(s, parts):
    """parquet-P-parts/: orders/part-*.parquet (consecutive rows) and the other files, once."""
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


def disk_bytes(folder):
    """Bytes on disk under folder (symlinks not followed)."""
    return int(subprocess.run(["du", "-sb", folder], capture_output=True, text=True,
                              check=True).stdout.split()[0])


def spark_max_rows():
    """SPARK_MAX_ROWS: the largest size the Spark job runs at (unset: every size)."""
    value = os.environ.get("SPARK_MAX_ROWS", "")
    return int(value) if value else sys.maxsize


# The environment settings that change what a run measures: the report's command line shows them.
SETTINGS = ("SPARK_MAX_ROWS", "BENCH_ENGINES", "KPIKIT_JAVA_OPTS", *bench.LAUNCHER_SETTINGS,
            "SPARK_JAVA_OPTS")


def engines():
    """BENCH_ENGINES: which engines run, a comma list of kpikit, spark, duckdb (unset: all three)."""
    value = os.environ.get("BENCH_ENGINES", "")
    return set(value.split(",")) if value else {"kpikit", "spark", "duckdb"}


def variants(s, parts_dir, spark_cp, opens):
    """(engine, input, command builder) in the interleaving order of one round."""
    chosen = engines()
    return [v for v in all_variants(s, parts_dir, spark_cp, opens)
            if v[0].split()[0].lower().replace("kpikit-spark", "spark") in chosen]


def all_variants(s, parts_dir, spark_cp, opens):
    """Every engine's (engine, input, command builder), in the interleaving order of one round."""
    as_of, zone = s.args.as_of, s.time_zone()
    spend = os.path.join(s.csv_dir, "marketing_spend.csv")
    spark_opts = os.environ.get("SPARK_JAVA_OPTS", "").split()
    spark = [] if s.args.rows > spark_max_rows() else [
        ("kpikit-spark local[2]", "Parquet parts",
         lambda out: ["java", *opens.split(), *spark_opts, "-Dspark.master=local[2]", "-cp", spark_cp,
                      "dev.kpikit.spark.SparkMetricsJob", parts_dir, "--out", out, "--as-of", as_of])]
    return [
        ("kpikit", "Parquet", lambda out: [*s.kpikit_command(), "metrics", s.parquet_dir, "--out", out,
                                           "--as-of", as_of]),
        *spark,
        ("DuckDB", "Parquet", lambda out: ["java", "-cp", s.class_path, "dev.kpikit.bench.DuckDbKpiPack",
                                           os.path.join(s.parquet_dir, "orders.parquet"), spend, out,
                                           as_of, zone]),
    ]


def failure_line(message):
    """The exit code and the engine's own one-line reason (kpikit's heap message) of a failed run."""
    code = re.search(r"exit code (\d+)", message)
    reason = next((line for line in message.splitlines() if "out of memory" in line.lower()), None)
    if reason is None:
        reason = next((line for line in reversed(message.splitlines()) if line.strip()), "")
    return f"exit {code.group(1) if code else '?'}: {reason.strip()[:600]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    for flag in ("--work", "--results", "--kpikit-jar", "--kpikit-launcher", "--sample-jar",
                 "--class-path", "--python", "--scripts", "--spark-class-path", "--spark-opens"):
        parser.add_argument(flag, required=True)
    parser.add_argument("--rows", required=True, help="order rows, one size or several: 10000000,50000000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--parts", type=int, default=8)
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--as-of", default="2025-12-31")
    parser.add_argument("--commit", default="unknown")
    args = parser.parse_args()
    sizes = [int(n) for n in args.rows.split(",")]
    setups, generation = [], {}
    for rows in sizes:
        size_args = copy.copy(args)
        size_args.rows, size_args.shape = rows, "offsets"
        s = bench.Setup(size_args)
        started = time.monotonic()
        fresh = not os.path.exists(os.path.join(s.data, ".complete"))
        bench.prepare_data(s)
        parts_dir = prepare_parts(s, args.parts)
        generation[rows] = {"seconds": time.monotonic() - started if fresh else None,
                            "csv": os.path.getsize(os.path.join(s.csv_dir, "orders.csv")),
                            "parquet": os.path.getsize(os.path.join(s.parquet_dir, "orders.parquet")),
                            "total": disk_bytes(s.data)}
        setups.append((rows, s, parts_dir))
    # The launcher's first run after a build records its class-data sharing archive: not timed.
    subprocess.run([*setups[0][1].kpikit_command(), "--version"], capture_output=True, check=False)
    started = datetime.datetime.now()
    load_start = bench.load_average()
    results, outputs, failures = {}, {}, {}
    for round_number in range(1, args.rounds + 1):
        for rows, s, parts_dir in setups:
            for engine, fmt, command in variants(s, parts_dir, args.spark_class_path, args.spark_opens):
                key = (rows, engine, fmt)
                tag = f"{engine.split()[0].lower()}-{fmt.replace(' ', '-').lower()}-r{round_number}"
                out = os.path.join(s.runs, "spark-bench", tag)
                os.makedirs(os.path.dirname(out), exist_ok=True)
                label = f"round {round_number} {bench.rows_label(rows):>5} {engine:22} {fmt:13}"
                try:
                    wall, cpu, rss = bench.run_once(command(out), out, out + ".time", out + ".log")
                except SystemExit as e:  # a failed run (e.g. out of heap) is a result, not the end
                    failures.setdefault(key, []).append(failure_line(str(e)))
                    bench.log(f"bench: {label} FAILED: {failures[key][-1]}")
                    continue
                load, compute = bench.phase_seconds("DuckDB" if engine == "DuckDB" else "kpikit", out)
                bench.log(f"bench: {label} {wall:7.2f} s wall {cpu:7.2f} s CPU {rss:6.0f} MiB")
                results.setdefault(key, []).append(
                    {"wall": wall, "cpu": cpu, "rss": rss, "load": load, "compute": compute})
                outputs.setdefault(key, []).append((engine, out))
    load_end = bench.load_average()
    agreement, mismatch = [], False
    for rows, _, _ in setups:
        duckdb = outputs.get((rows, "DuckDB", "Parquet"))
        if not duckdb:
            agreement.append(f"- {bench.rows_label(rows)}: no DuckDB run to compare with")
            continue
        reference = kpi_check.read_pack(duckdb[0][1])
        counts, checked = None, 0
        for key, runs in outputs.items():
            if key[0] != rows:
                continue
            for i, (engine, folder) in enumerate(runs):
                try:
                    counts = kpi_check.compare(
                        reference, bench.read_output("DuckDB" if engine == "DuckDB" else "kpikit", folder),
                        f"{bench.rows_label(rows)} {key[1]} {key[2]} (round {i + 1})",
                        zero_filled_ok=engine != "DuckDB")
                except kpi_check.Mismatch as e:
                    agreement.append(f"- **MISMATCH** {e}")
                    mismatch = True
                checked += 1
        if counts is not None:
            agreement.append(f"- {bench.rows_label(rows)}: {checked} runs agree with DuckDB's: revenue_monthly "
                         f"{counts['revenue_monthly']} months, cac_monthly {counts['cac_monthly']} cells, "
                         f"cohort_retention {counts['cohort_retention']} cells")
    print(report(args, sizes, setups, results, failures, generation, agreement, started, load_start, load_end))
    return 1 if mismatch else 0


def report(a, sizes, setups, results, failures, generation, agreement, started, load_start, load_end):
    label = "+".join(bench.rows_label(n) for n in sizes)
    lines = [
        f"# kpikit on Spark: {label} Parquet order rows, {a.rounds} rounds ({started:%Y-%m-%d})",
        "",
        f"`{''.join(f'{k}={shlex.quote(os.environ[k])} ' for k in SETTINGS if os.environ.get(k))}"
        f"benchmarks/spark.sh {a.rows} {a.rounds} {a.parts}`: synthetic `northwind-coffee` (seed {a.seed}), "
        f"orders as one `orders.parquet` (local engine, DuckDB) and as {a.parts} parts of consecutive rows "
        f"(Spark); as of {a.as_of}. Sizes and engines interleaved in each round; every run its own process "
        "(JVM and Spark start included); `/usr/bin/time -v`. Growth: median wall time over that of the "
        "smallest size.",
        "",
        "| rows | engine | input | wall s, median (min–max) | growth | CPU s, median | peak RSS MiB, median (max) "
        "| load s / compute s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    smallest = {}
    for rows, s, parts_dir in setups:
        for engine, fmt, _ in variants(s, parts_dir, a.spark_class_path, a.spark_opens):
            key = (rows, engine, fmt)
            runs = results.get(key, [])
            if runs:
                walls = [r["wall"] for r in runs]
                median = statistics.median(walls)
                base = smallest.setdefault((engine, fmt), (rows, median))
                growth = f"{median / base[1]:.1f}× for {rows / base[0]:.0f}× rows" if base[0] != rows else "1"
                lines.append(
                    f"| {bench.rows_label(rows)} | {engine} | {fmt} | {median:.2f} ({min(walls):.2f}–{max(walls):.2f}) "
                    f"| {growth} | {statistics.median(r['cpu'] for r in runs):.2f} "
                    f"| {statistics.median(r['rss'] for r in runs):.0f} ({max(r['rss'] for r in runs):.0f}) "
                    f"| {statistics.median(r['load'] for r in runs):.2f} / "
                    f"{statistics.median(r['compute'] for r in runs):.2f} |")
            for why in sorted(set(failures.get(key, []))):
                lines.append(f"| {bench.rows_label(rows)} | {engine} | {fmt} | failed "
                             f"({failures[key].count(why)} of {a.rounds}): {why} | | | | |")
        if rows > spark_max_rows():
            lines.append(f"| {bench.rows_label(rows)} | kpikit-spark local[2] | Parquet parts | not run "
                         f"(above SPARK_MAX_ROWS={spark_max_rows()}) | | | | |")
    lines += ["", "**Results**, every run against DuckDB of its size (relative "
              f"{kpi_check.RELATIVE_TOLERANCE:g}):", *agreement, "",
              "| rows | data generated in | orders.csv | orders.parquet | data folder on disk |",
              "|---|---|---|---|---|"]
    for rows in sizes:
        g = generation[rows]
        took = f"{g['seconds']:.0f} s" if g["seconds"] is not None else "(cached)"
        lines.append(f"| {bench.rows_label(rows)} | {took} | {g['csv'] / 2**20:,.0f} MiB "
                     f"| {g['parquet'] / 2**20:,.0f} MiB | {g['total'] / 2**20:,.0f} MiB |")
    lines += [
        "",
        f"Load average at start {load_start}, at end {load_end} (2 cores shared by several engineers); "
        f"run took {(datetime.datetime.now() - started).total_seconds() / 60:.1f} min; commit {a.commit}.",
    ]
    text = "\n".join(lines) + "\n"
    os.makedirs(a.results, exist_ok=True)
    path = os.path.join(a.results, f"{started:%Y-%m-%d-%H%M}-{label}-spark.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    bench.log(f"bench: report written to {path}")
    return text


if __name__ == "__main__":
    sys.exit(main())
