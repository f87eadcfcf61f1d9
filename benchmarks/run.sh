#!/usr/bin/env bash
# End-to-end benchmark: kpikit vs DuckDB (JDBC) (and pandas) on a synthetic business of N order rows.
#   benchmarks/run.sh [--shape SHAPE] [--no-pandas] N [ROUNDS]   e.g. benchmarks/run.sh --shape iso 1000000 3
# SHAPE (default offsets) is the shape of the orders:
#   offsets        `kpikit sample` data: dates mixing ISO dates and date-times with offsets; CSV and
#                  Parquet; pandas runs here too (unless --no-pandas)
#   iso            9 columns, plain ISO dates, one row per order, N/20 customers (many)
#   few-customers  as iso with N/200 customers
#   narrow         4 columns (order_id, order_date, customer_id, amount)
#   wide           20 columns, 11 of them read by no metric
#   parquet        iso as Parquet with row groups of 1,048,576 rows
# Builds kpikit and the benchmarks module, generates the data once per shape, N and seed (cached in
# benchmarks/target/data-*), runs every engine as its own process, interleaved over ROUNDS
# (default 3), checks that all engines computed the same numbers (fails with exit 1 if not) and
# prints a Markdown table, also written to benchmarks/results/<date>-<HHMM>-<shape>-<N>.md.
# kpikit runs as users run it, through the ./kpikit launcher (which adds its class-data sharing
# archive); with KPIKIT_JAR it runs as `java -jar $KPIKIT_JAR`.
# Environment: KPIKIT_JAR=path  benchmark another kpikit build with java -jar (default: this
#                               checkout's, through ./kpikit);
#              KPIKIT_JAVA_OPTS  JVM options for kpikit runs;  SEED  data seed (default 20250101);
#              PANDAS_PYTHON     a Python 3 with pandas (default /usr/bin/python3, Debian python3-pandas).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

usage() {
  echo "usage: benchmarks/run.sh [--shape offsets|iso|few-customers|narrow|wide|parquet] [--no-pandas] N [ROUNDS]" >&2
  exit 2
}
shape=offsets
pandas=1
while [[ $# -gt 0 && "$1" == --* ]]; do
  case "$1" in
    --shape) [[ $# -ge 2 ]] || usage; shape="$2"; shift 2 ;;
    --no-pandas) pandas=0; shift ;;
    *) usage ;;
  esac
done
[[ "$shape" =~ ^(offsets|iso|few-customers|narrow|wide|parquet)$ ]] || usage
[[ $# -ge 1 && $# -le 2 && "$1" =~ ^[1-9][0-9]*$ && "${2:-3}" =~ ^[1-9][0-9]*$ ]] || usage
rows="$1"
rounds="${2:-3}"
python="${PANDAS_PYTHON:-/usr/bin/python3}"
[[ "$shape" == offsets ]] || pandas=0

[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time is needed (apt-get install -y time)" >&2; exit 1; }
if [[ "$pandas" == 1 ]]; then
  "$python" -c 'import pandas' 2>/dev/null \
    || { echo "run.sh: $python has no pandas (apt-get install -y python3-pandas, set PANDAS_PYTHON, or --no-pandas)" >&2; exit 1; }
fi
pandas_opt=()
[[ "$pandas" == 1 ]] || pandas_opt=(--no-pandas)

echo "run.sh: building kpikit and the benchmarks module..." >&2
mkdir -p "$here/target"
if ! (cd "$root" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl benchmarks -am package) >"$here/target/build.log" 2>&1; then
  cat "$here/target/build.log" >&2
  echo "run.sh: build failed (log above, also in benchmarks/target/build.log)" >&2
  exit 1
fi

sample_jar="$root/toolkit/target/kpikit.jar"
kpikit_jar="${KPIKIT_JAR:-$sample_jar}"
launcher=(--kpikit-launcher "$root/kpikit")
[[ -n "${KPIKIT_JAR:-}" ]] && launcher=()
commit="$(git -C "$(dirname "$kpikit_jar")" describe --always --dirty 2>/dev/null || echo unknown)"

exec "$python" "$here/src/main/python/bench.py" \
  --shape "$shape" "${pandas_opt[@]+"${pandas_opt[@]}"}" --rows "$rows" --rounds "$rounds" --seed "${SEED:-20250101}" \
  --work "$here/target" --results "$here/results" \
  --kpikit-jar "$kpikit_jar" --sample-jar "$sample_jar" "${launcher[@]}" \
  --class-path "$here/target/kpikit-benchmarks.jar:$here/target/lib/*" \
  --python "$python" --scripts "$here/src/main/python" --commit "$commit"
