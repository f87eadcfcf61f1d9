#!/usr/bin/env bash
# End-to-end benchmark: kpikit vs DuckDB (JDBC) vs pandas on a synthetic business of N order rows.
#   benchmarks/run.sh N [ROUNDS]     e.g. benchmarks/run.sh 1000000 3
# Builds kpikit and the benchmarks module, generates the data once per N and seed (cached in
# benchmarks/target/data-N-seedS/), runs every engine as its own process, interleaved over ROUNDS
# (default 3), checks that all engines computed the same numbers (fails with exit 1 if not) and
# prints a Markdown table, also written to benchmarks/results/<date>-<N>.md.
# kpikit runs as users run it, through the ./kpikit launcher (which adds its class-data sharing
# archive); with KPIKIT_JAR it runs as `java -jar $KPIKIT_JAR`.
# Environment: KPIKIT_JAR=path  benchmark another kpikit build with java -jar (default: this
#                               checkout's, through ./kpikit);
#              KPIKIT_JAVA_OPTS  JVM options for kpikit runs;  SEED  data seed (default 20250101);
#              PANDAS_PYTHON     a Python 3 with pandas (default /usr/bin/python3, Debian python3-pandas).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

usage() { echo "usage: benchmarks/run.sh N [ROUNDS]   (N order rows, e.g. 1000000; ROUNDS default 3)" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 && "$1" =~ ^[1-9][0-9]*$ && "${2:-3}" =~ ^[1-9][0-9]*$ ]] || usage
rows="$1"
rounds="${2:-3}"
python="${PANDAS_PYTHON:-/usr/bin/python3}"

[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time is needed (apt-get install -y time)" >&2; exit 1; }
"$python" -c 'import pandas' 2>/dev/null \
  || { echo "run.sh: $python has no pandas (apt-get install -y python3-pandas, or set PANDAS_PYTHON)" >&2; exit 1; }

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
  --rows "$rows" --rounds "$rounds" --seed "${SEED:-20250101}" \
  --work "$here/target" --results "$here/results" \
  --kpikit-jar "$kpikit_jar" --sample-jar "$sample_jar" "${launcher[@]}" \
  --class-path "$here/target/kpikit-benchmarks.jar:$here/target/lib/*" \
  --python "$python" --scripts "$here/src/main/python" --commit "$commit"
