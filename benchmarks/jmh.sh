#!/usr/bin/env bash
# JMH microbenchmarks of kpikit's hot kernels (CSV tokenizing, money and date parsing, dictionary
# encoding, the cohort matrix) on a 100k-row sample held in memory.
#   benchmarks/jmh.sh                       all benchmarks, short settings (a few minutes)
#   benchmarks/jmh.sh Parser -p rows=1000000  a regex of benchmark names, then any JMH options
# Defaults: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement; extra arguments override them
# (benchmarks/jmh.sh -h lists JMH's options).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
echo "jmh.sh: building kpikit and the benchmarks module..." >&2
mkdir -p "$here/target"
if ! (cd "$root" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl benchmarks -am package) >"$here/target/build.log" 2>&1; then
  cat "$here/target/build.log" >&2
  echo "jmh.sh: build failed (log above, also in benchmarks/target/build.log)" >&2
  exit 1
fi
exec java -cp "$here/target/kpikit-benchmarks.jar:$here/target/lib/*" org.openjdk.jmh.Main \
  -f 1 -wi 3 -w 1s -i 5 -r 1s "$@"
