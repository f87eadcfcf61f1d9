#!/usr/bin/env bash
# Scale benchmark of the Spark engine (not in CI): the KPI pack on N Parquet order rows, for one or
#   several sizes in one run: kpikit (local engine) on one orders.parquet, kpikit-spark
#   (SparkMetricsJob, local[2]) on P part files and DuckDB on orders.parquet; sizes and engines
#   interleaved over ROUNDS, each run its own process, wall time and peak RSS from /usr/bin/time -v;
#   every run's numbers checked against DuckDB's of its size. A run that fails (the local engine out
#   of heap: exit 3 and its one-line message) is reported as such and the benchmark goes on.
#   benchmarks/spark.sh N[,N...] [ROUNDS] [PARTS]
#   e.g. benchmarks/spark.sh 10000000,50000000,100000000 1
# Data is generated once per size and seed and cached as benchmarks/run.sh does
# (benchmarks/target/data-N-seedS/: orders.csv, orders.parquet and the parts; about 103 bytes of
# disk per order row). The report goes to benchmarks/results/<date>-<HHMM>-<N+N...>-spark.md.
# Environment: SEED (default 20250101); KPIKIT_JAVA_OPTS (JVM options of the local engine);
#              SPARK_JAVA_OPTS (JVM options of the Spark driver, e.g. -Xmx8g);
#              SPARK_MAX_ROWS (the largest size the Spark job runs at; larger sizes run the local
#              engine and DuckDB only, and the report says the Spark run was not made);
#              BENCH_ENGINES (a comma list of kpikit, spark, duckdb: the engines to run; default all).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
[[ $# -ge 1 && $# -le 3 && "$1" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] \
  || { echo "usage: benchmarks/spark.sh N[,N...] [ROUNDS] [PARTS]" >&2; exit 2; }
rows="$1"; rounds="${2:-3}"; parts="${3:-8}"
[[ -x /usr/bin/time ]] || { echo "spark.sh: /usr/bin/time is needed (apt-get install -y time)" >&2; exit 1; }

echo "spark.sh: building kpikit, kpikit-spark and the benchmarks module..." >&2
mkdir -p "$here/target"
spark_cp="$here/target/spark-classpath.txt"
skip=(-DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dkpikit.dist.skip=true)
# Spark's own jars (provided scope) from ~/.m2; in the same invocation as the package that builds
# the toolkit's test jar, which the reactor resolves only then. The last module (spark) writes last.
if ! (cd "$root" && mvn -B -q "${skip[@]}" -pl benchmarks -am package) >"$here/target/build.log" 2>&1 \
  || ! (cd "$root" && mvn -B -q "${skip[@]}" -pl spark -am package dependency:build-classpath \
  -Dmdep.includeScope=provided -Dmdep.outputFile="$spark_cp") >>"$here/target/build.log" 2>&1; then
  cat "$here/target/build.log" >&2
  echo "spark.sh: build failed (log above, also in benchmarks/target/build.log)" >&2
  exit 1
fi
opens=$(sed -n 's:.*<spark.test.opens>\(.*\)</spark.test.opens>.*:\1:p' "$root/spark/pom.xml")
commit="$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)"
exec python3 "$here/src/main/python/bench_spark.py" \
  --rows "$rows" --rounds "$rounds" --parts "$parts" --seed "${SEED:-20250101}" \
  --work "$here/target" --results "$here/results" \
  --kpikit-jar "$root/toolkit/target/kpikit.jar" --sample-jar "$root/toolkit/target/kpikit.jar" \
  --kpikit-launcher "$root/kpikit" \
  --class-path "$here/target/kpikit-benchmarks.jar:$here/target/lib/*" \
  --spark-class-path "$(ls "$root"/spark/target/kpikit-spark-*-job.jar):$(cat "$spark_cp")" \
  --spark-opens "$opens" --python python3 --scripts "$here/src/main/python" --commit "$commit"
