"""End-to-end benchmark of kpikit against DuckDB and pandas (run by benchmarks/run.sh).

Generates (and caches) the orders of one data shape (SHAPES), runs every engine as its own process,
interleaved over the rounds, measures wall time and peak RSS with /usr/bin/time -v, checks that all
engines computed the same KPI pack, and writes a Markdown report.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

import kpi_check

ENGINES = ("kpikit", "DuckDB", "pandas")

# shape -> what its data are (the generator: `kpikit sample` for offsets, else ShapeData.java).
SHAPES = {
    "offsets": "`kpikit sample` northwind-coffee (10 columns, order dates mixing ISO dates and "
               "date-times with offsets, converted to America/New_York; several lines per order; "
               "~N/20 customers), as CSV and as Parquet (DuckDB's default row groups)",
    "iso": "9 columns (order_id, order_date as a plain ISO date, customer_id, channel, region, sku, "
           "quantity, amount, cost), one row per order, 2022-2024, N/20 customers (many: 500k at "
           "10M rows)",
    "few-customers": "as iso with N/200 customers (50k at 10M rows)",
    "narrow": "4 columns (order_id, order_date, customer_id, amount), N/20 customers",
    "wide": "the 9 columns of iso and 11 more that no metric reads (20 columns), N/20 customers",
    "parquet": "iso as Parquet (DuckDB COPY, snappy, row groups of 1,048,576 rows, order_date DATE)",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def rows_label(n):
    for size, suffix in ((1_000_000_000, "G"), (1_000_000, "M"), (1_000, "k")):
        if n >= size and n % size == 0:
            return f"{n // size}{suffix}"
    return str(n)


def run_checked(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise SystemExit(f"bench: command failed ({result.returncode}): {' '.join(command)}\n"
                         f"{result.stdout}{result.stderr}")
    return result.stdout.strip()


class Setup:
    """Paths and commands of one benchmark invocation."""

    def __init__(self, args):
        self.args = args
        self.work = os.path.abspath(args.work)
        self.kpikit_jar = os.path.abspath(args.kpikit_jar)
        self.class_path = args.class_path
        self.shape = args.shape
        self.data = os.path.join(
            self.work, f"data-{args.rows}-seed{args.seed}" if self.shape == "offsets"
            else f"data-{self.shape}-{args.rows}-seed{args.seed}")
        self.csv_dir = os.path.join(self.data, "csv")
        self.parquet_dir = os.path.join(self.data, "parquet")
        self.runs = os.path.join(self.work, f"runs-{self.shape}-{args.rows}")
        self.kpikit_java_opts = os.environ.get("KPIKIT_JAVA_OPTS", "").split()
        # The ./kpikit launcher, as users run kpikit (it adds a class-data sharing archive), or
        # None to run `java -jar` on --kpikit-jar.
        self.launcher = os.path.abspath(args.kpikit_launcher) if args.kpikit_launcher else None

    def kpikit_command(self):
        """The command that starts kpikit, before its arguments."""
        if self.launcher:
            return [self.launcher]
        return ["java", *self.kpikit_java_opts, "-jar", self.kpikit_jar]

    def time_zone(self, folder=None):
        with open(os.path.join(folder or self.csv_dir, "kpikit.yaml"), encoding="utf-8") as f:
            match = re.search(r"^timezone:\s*(\S+)", f.read(), re.MULTILINE)
        return match.group(1) if match else "UTC"

    def as_of(self):
        """The as-of date: --as-of, else the shape's (the sample's 2025-12-31, the others' last day)."""
        return self.args.as_of or ("2025-12-31" if self.shape == "offsets" else "2024-12-31")


def prepare_data(s):
    """Writes the shape's data once per rows and seed: for offsets csv/ (kpikit sample) and
    parquet/ (orders.parquet + links); for the others one folder (csv/ or parquet/) by ShapeData."""
    done = os.path.join(s.data, ".complete")
    if os.path.exists(done):
        log(f"bench: using cached data in {s.data}")
        return
    shutil.rmtree(s.data, ignore_errors=True)
    if s.shape != "offsets":
        folder = s.parquet_dir if s.shape == "parquet" else s.csv_dir
        log(f"bench: generating {s.args.rows:,} order rows of shape {s.shape} into {folder}")
        os.makedirs(s.data)
        run_checked(["java", "-cp", s.class_path, "dev.kpikit.bench.ShapeData", s.shape,
                     str(s.args.rows), str(s.args.seed), folder])
        open(done, "w").close()
        return
    log(f"bench: generating {s.args.rows:,} order rows into {s.csv_dir}")
    run_checked(["java", "-jar", s.args.sample_jar, "sample", "--business", "northwind-coffee",
                 "--out", s.csv_dir, "--rows", str(s.args.rows), "--seed", str(s.args.seed),
                 "--clean"])
    os.makedirs(s.parquet_dir)
    log("bench: writing orders.parquet (DuckDB COPY)")
    run_checked(["java", "-cp", s.class_path, "dev.kpikit.bench.CsvToParquet",
                 os.path.join(s.csv_dir, "orders.csv"),
                 os.path.join(s.parquet_dir, "orders.parquet"), s.time_zone()])
    for name in os.listdir(s.csv_dir):
        if name not in ("orders.csv", "kpikit.yaml"):
            os.symlink(os.path.join("..", "csv", name), os.path.join(s.parquet_dir, name))
    with open(os.path.join(s.csv_dir, "kpikit.yaml"), encoding="utf-8") as f:
        config = f.read().replace("path: orders.csv", "path: orders.parquet")
    with open(os.path.join(s.parquet_dir, "kpikit.yaml"), "w", encoding="utf-8") as f:
        f.write(config)
    open(done, "w").close()


# The launcher's settings besides KPIKIT_JAVA_OPTS that change what a run measures: a report names
# those that are set (e.g. KPIKIT_THP=1, transparent huge pages).
LAUNCHER_SETTINGS = ("KPIKIT_THP", "KPIKIT_CDS", "KPIKIT_SMALL")


def variants(s):
    """(engine, format, command builder) in the interleaving order of one round."""
    folder = s.parquet_dir if s.shape == "parquet" else s.csv_dir
    as_of, zone = s.as_of(), s.time_zone(folder)
    spend = os.path.join(folder, "marketing_spend.csv")
    plain = [] if s.shape == "offsets" else ["plain-dates"]

    def kpikit(folder):
        return lambda out: [*s.kpikit_command(), "metrics", folder, "--out", out, "--as-of", as_of]

    def duckdb(orders):
        return lambda out: ["java", "-cp", s.class_path, "dev.kpikit.bench.DuckDbKpiPack", orders,
                            spend, out, as_of, zone, *plain]

    def pandas(orders):
        return lambda out: [s.args.python, os.path.join(s.args.scripts, "pandas_kpi_pack.py"),
                            orders, spend, out, as_of, zone]

    if s.shape == "parquet":
        return [
            ("kpikit", "Parquet", kpikit(s.parquet_dir)),
            ("DuckDB", "Parquet", duckdb(os.path.join(s.parquet_dir, "orders.parquet"))),
        ]
    csv = [
        ("kpikit", "CSV", kpikit(s.csv_dir)),
        ("DuckDB", "CSV", duckdb(os.path.join(s.csv_dir, "orders.csv"))),
    ]
    if s.shape != "offsets":
        return csv
    return [
        *csv,
        *([("pandas", "CSV", pandas(os.path.join(s.csv_dir, "orders.csv")))] if s.args.pandas else []),
        ("kpikit", "Parquet", kpikit(s.parquet_dir)),
        ("DuckDB", "Parquet", duckdb(os.path.join(s.parquet_dir, "orders.parquet"))),
    ]


def parse_time_v(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    elapsed = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    hours, minutes, seconds = elapsed.groups()
    wall = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    rss_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", text).group(1))
              for kind in ("User", "System"))
    return wall, cpu, rss_kib / 1024


def phase_seconds(engine, out):
    """(load s, compute s) as the engine itself reported them."""
    if engine == "kpikit":
        with open(os.path.join(out, "run.json"), encoding="utf-8") as f:
            timings = json.load(f)["timings_ms"]
        load = sum(v for k, v in timings.items() if k.startswith("load_")) / 1000
        return load, timings.get("metrics", 0) / 1000
    with open(os.path.join(out, "timings.json"), encoding="utf-8") as f:
        timings = json.load(f)
    return timings["load_s"], timings["compute_s"]


def run_once(command, out, time_file, log_file):
    shutil.rmtree(out, ignore_errors=True)
    with open(log_file, "w") as sink:
        code = subprocess.call(["/usr/bin/time", "-v", "-o", time_file, *command],
                               stdout=sink, stderr=subprocess.STDOUT)
    if code != 0:
        with open(log_file) as f:
            tail = f.read()[-2000:]
        raise SystemExit(f"bench: run failed with exit code {code}: {' '.join(command)}\n{tail}")
    return parse_time_v(time_file)


def read_output(engine, out):
    return kpi_check.read_kpikit(out) if engine == "kpikit" else kpi_check.read_pack(out)


def check(outputs):
    """Compares every run's pack with DuckDB's first run (on CSV where the shape has CSV); raises
    Mismatch on a difference."""
    reference_fmt = "CSV" if ("DuckDB", "CSV") in outputs else "Parquet"
    reference = read_output("DuckDB", outputs[("DuckDB", reference_fmt)][0])
    counts = None
    for (engine, fmt), folders in outputs.items():
        for i, folder in enumerate(folders):
            name = f"{engine} {fmt} (round {i + 1})"
            counts = kpi_check.compare(reference, read_output(engine, folder), name,
                                       zero_filled_ok=(engine == "kpikit"))
    return counts, reference["repeat_purchase"][()][2]


def machine(s):
    mem_kib = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
    cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    duckdb = run_checked(["java", "-cp", s.class_path, "dev.kpikit.bench.DuckDbKpiPack",
                          "--version"])
    pandas = run_checked([s.args.python, "-c",
                          "import pandas, numpy, sys; print(pandas.__version__, numpy.__version__,"
                          " sys.version.split()[0])"]).split() if s.args.pandas else None
    # The launcher's first run after a build records its class-data archive: not in a timed run.
    kpikit = run_checked([*s.kpikit_command(), "--version"]).splitlines()[0]
    launcher_options = {}
    if s.launcher:
        for label, folder in (("CSV", s.csv_dir), ("Parquet", s.parquet_dir)):
            if os.path.isdir(folder):
                launcher_options[label] = jvm_options(s.launcher, folder)
    return {
        "cpu": f"{os.cpu_count()} cores (nproc), {cpu.group(1).strip() if cpu else platform.machine()}",
        "memory": f"{mem_kib / 1024 / 1024:.1f} GiB",
        "os": platform.platform(),
        "java": java.strip().splitlines()[1] if len(java.splitlines()) > 1 else java.strip(),
        "duckdb": f"DuckDB {duckdb} (JDBC org.duckdb:duckdb_jdbc, in-process, default threads)",
        "pandas": f"pandas {pandas[0]}, numpy {pandas[1]}, Python {pandas[2]} (Debian packages)"
                  if pandas else None,
        "kpikit": f"{kpikit} ({'the ./kpikit launcher' if s.launcher else os.path.basename(s.kpikit_jar)}, "
                  f"commit {s.args.commit})",
        "launcher_options": launcher_options,
    }


def jvm_options(launcher, folder):
    """The JVM options the launcher gives `kpikit metrics folder`, besides its class-data archive:
    its heap options and those for the size of the data (libexec/kpikit-jvm.sh), as it would
    choose them with this environment."""
    script = os.path.join(os.path.dirname(launcher), "toolkit", "src", "main", "dist", "libexec",
                          "kpikit-jvm.sh")
    if not os.path.isfile(script):
        return "(unknown: no libexec/kpikit-jvm.sh beside the launcher)"
    printed = run_checked(["bash", "-c", '. "$0"; printf "%s\\n" "${kpikit_heap_opts[@]}";'
                           ' kpikit_size_opts metrics "$1"', script, folder])
    return " ".join(printed.split())


def load_average():
    return " ".join(open("/proc/loadavg").read().split()[:3])


def summary_rows(results):
    by_variant = {}
    for (engine, fmt), runs in results.items():
        walls = [r["wall"] for r in runs]
        by_variant[(engine, fmt)] = {
            "median": statistics.median(walls), "min": min(walls), "max": max(walls),
            "cpu": statistics.median(r["cpu"] for r in runs),
            "rss": statistics.median(r["rss"] for r in runs), "rss_max": max(r["rss"] for r in runs),
            "load": statistics.median(r["load"] for r in runs),
            "compute": statistics.median(r["compute"] for r in runs),
            "walls": walls,
        }
    return by_variant


def markdown(s, info, summary, counts, repeat_rate, load_start, load_end, started, finished):
    a = s.args
    sizes = []
    for folder, name in ((s.csv_dir, "orders.csv"), (s.parquet_dir, "orders.parquet")):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            sizes.append(f"`{name}` {os.path.getsize(path) / 2**20:.0f} MiB")
    order = ", ".join(f"{engine} ({fmt})" for engine, fmt, _ in variants(s))
    lines = [
        f"# kpikit benchmark: shape {s.shape}, {rows_label(a.rows)} order rows, {a.rounds} rounds "
        f"({started:%Y-%m-%d})",
        "",
        f"`benchmarks/run.sh --shape {s.shape} {a.rows} {a.rounds}`: {SHAPES[s.shape]} "
        f"(seed {a.seed}); {', '.join(sizes)}; as of {s.as_of()}. Every run is its own process "
        f"(JVM start included), interleaved in each round: {order}; wall time and "
        "peak RSS from `/usr/bin/time -v`; warm page cache.",
        "",
        "| engine | input | wall s, median (min–max) | wall × DuckDB | CPU s (user+sys), median "
        "| CPU × DuckDB | peak RSS MiB, median (max) | load s / compute s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for fmt in ("CSV", "Parquet"):
        reference = summary.get(("DuckDB", fmt))
        if reference is None:
            continue
        for engine in ENGINES:
            v = summary.get((engine, fmt))
            if v is None:
                continue
            lines.append(
                f"| {engine} | {fmt} | {v['median']:.2f} ({v['min']:.2f}–{v['max']:.2f}) "
                f"| {v['median'] / reference['median']:.2f} | {v['cpu']:.2f} "
                f"| {v['cpu'] / reference['cpu']:.2f} | {v['rss']:.0f} ({v['rss_max']:.0f}) "
                f"| {v['load']:.2f} / {v['compute']:.2f} |")
    lines += [
        "",
        "× DuckDB: ratio of medians to DuckDB on the same input (pandas: to DuckDB on CSV). CPU "
        "time is the steadier measure on a busy machine; wall time is what a user waits. "
        "Load / compute are the engines' own timings (kpikit: `run.json` `timings_ms`, all "
        "datasets of the folder; DuckDB and pandas: `timings.json`); the rest of the wall time is "
        "process and JVM/interpreter start-up and writing outputs. kpikit computes every metric "
        "table of the folder (also inventory, employees, financials, revenue retention), the "
        "others only the pack.",
        "",
        f"**Results agree** (relative {kpi_check.RELATIVE_TOLERANCE:g}, every run against DuckDB's "
        f"first): revenue_monthly {counts['revenue_monthly']} months, cac_monthly "
        f"{counts['cac_monthly']} month × channel cells, cohort_retention "
        f"{counts['cohort_retention']} cells (offsets 0..{kpi_check.MAX_OFFSET}), repeat purchase "
        f"rate {repeat_rate:.6f}.",
        "",
        "Machine:",
        "",
        f"- CPU: {info['cpu']}; memory {info['memory']}; {info['os']}",
        f"- Java: {info['java']}" + (f"; kpikit with `{' '.join(s.kpikit_java_opts)}`"
                                      if s.kpikit_java_opts else "; default JVM options")
        + ("; kpikit started by the `./kpikit` launcher, as users run it (it adds its class-data "
           "sharing archive and, for this data, "
           + "; ".join(f"{label}: `{opts}`" for label, opts in info["launcher_options"].items())
           + ")" if s.launcher else "")
        + "".join(f"; {k}={os.environ[k]}" for k in LAUNCHER_SETTINGS if os.environ.get(k)),
        f"- {info['duckdb']}",
        *([f"- {info['pandas']}"] if info["pandas"] else []),
        f"- {info['kpikit']}",
        f"- load average (1/5/15 min) at start {load_start}, at end {load_end} (a shared machine: "
        "the interleaving keeps ratios fair); "
        f"run took {(finished - started).total_seconds() / 60:.1f} min",
        "",
        "Wall seconds per round:",
        "",
        "| engine | input | " + " | ".join(f"round {i + 1}" for i in range(a.rounds)) + " |",
        "|---|---|" + "---|" * a.rounds,
    ]
    for (engine, fmt), v in summary.items():
        lines.append(f"| {engine} | {fmt} | " + " | ".join(f"{w:.2f}" for w in v["walls"]) + " |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="offsets")
    parser.add_argument("--as-of", help="default: the shape's (offsets 2025-12-31, others 2024-12-31)")
    parser.add_argument("--no-pandas", dest="pandas", action="store_false",
                        help="leave pandas out (it runs on the offsets shape only)")
    parser.add_argument("--work", required=True, help="data and run outputs (cached data)")
    parser.add_argument("--results", required=True, help="folder of the Markdown reports")
    parser.add_argument("--kpikit-jar", required=True, help="the kpikit build under test")
    parser.add_argument("--kpikit-launcher", help="run kpikit with this launcher script instead of "
                        "java -jar on --kpikit-jar")
    parser.add_argument("--sample-jar", required=True, help="the kpikit build that generates data")
    parser.add_argument("--class-path", required=True, help="benchmarks classes and libraries")
    parser.add_argument("--python", required=True, help="a Python (with pandas unless --no-pandas)")
    parser.add_argument("--scripts", required=True, help="folder of pandas_kpi_pack.py")
    parser.add_argument("--commit", default="unknown", help="git commit of the kpikit build")
    args = parser.parse_args()
    args.pandas = args.pandas and args.shape == "offsets"
    s = Setup(args)

    prepare_data(s)
    info = machine(s)
    started = datetime.datetime.now()
    load_start = load_average()
    results, outputs = {}, {}
    for round_number in range(1, s.args.rounds + 1):
        for engine, fmt, command in variants(s):
            tag = f"{engine.lower()}-{fmt.lower()}-r{round_number}"
            out = os.path.join(s.runs, tag)
            os.makedirs(s.runs, exist_ok=True)
            wall, cpu, rss = run_once(command(out), out, os.path.join(s.runs, tag + ".time"),
                                 os.path.join(s.runs, tag + ".log"))
            load, compute = phase_seconds(engine, out)
            log(f"bench: round {round_number} {engine:6} {fmt:7} {wall:7.2f} s wall "
                f"{cpu:7.2f} s CPU {rss:6.0f} MiB")
            results.setdefault((engine, fmt), []).append(
                {"wall": wall, "cpu": cpu, "rss": rss, "load": load, "compute": compute})
            outputs.setdefault((engine, fmt), []).append(out)
    load_end = load_average()
    finished = datetime.datetime.now()
    try:
        counts, repeat_rate = check(outputs)
    except kpi_check.Mismatch as e:
        log(f"bench: MISMATCH: the engines did not compute the same numbers\n{e}")
        log(f"bench: outputs kept in {s.runs}")
        return 1
    report = markdown(s, info, summary_rows(results), counts, repeat_rate, load_start, load_end,
                      started, finished)
    os.makedirs(s.args.results, exist_ok=True)
    path = os.path.join(s.args.results,
                        f"{started:%Y-%m-%d-%H%M}-{s.shape}-{rows_label(s.args.rows)}.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(report)
    print(report)
    log(f"bench: report written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
