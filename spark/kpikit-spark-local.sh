#!/usr/bin/env bash
# Runs the Spark job exactly as spark-submit would launch it in local mode:
#   spark-submit --master 'local[2]' --class dev.kpikit.spark.SparkMetricsJob kpikit-spark-<v>-job.jar ARGS
# for machines without a Spark distribution (spark-submit is not on Maven Central). It builds the
# job jar, puts Spark's jars (from ~/.m2) beside it on the class path, and passes the --add-opens
# flags spark-submit's launcher adds on Java 17.
#   spark/kpikit-spark-local.sh data-samples/northwind-coffee --out /tmp/northwind-spark
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cp_file="$here/target/spark-classpath.txt"
if [[ ! -f "$cp_file" || -z "$(ls "$here"/target/kpikit-spark-*-job.jar 2>/dev/null)" ]]; then
  (cd "$root" && mvn -B -q -pl spark -am package dependency:build-classpath -DskipTests -Dkpikit.dist.skip=true \
    -Dmdep.includeScope=provided -Dmdep.outputFile="$cp_file" >&2)
fi
opens=$(sed -n 's:.*<spark.test.opens>\(.*\)</spark.test.opens>.*:\1:p' "$here/pom.xml")
# shellcheck disable=SC2086
exec java $opens -Dspark.master="${SPARK_MASTER:-local[2]}" \
  -cp "$(ls "$here"/target/kpikit-spark-*-job.jar):$(cat "$cp_file")" dev.kpikit.spark.SparkMetricsJob "$@"
