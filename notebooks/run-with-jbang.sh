#!/usr/bin/env bash
# Runs every jbang script of this folder through jbang itself, against the artifact installed in
# ~/.m2 (as a user would after `mvn -B install -DskipTests`). jbang-cli comes from Maven Central.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
JBANG_VERSION=0.132.1
mvn -B -q install -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dkpikit.dist.skip=true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<POM
<project><modelVersion>4.0.0</modelVersion><groupId>local</groupId><artifactId>jbang-runner</artifactId><version>1</version>
<dependencies><dependency><groupId>dev.jbang</groupId><artifactId>jbang-cli</artifactId><version>$JBANG_VERSION</version></dependency></dependencies></project>
POM
mvn -B -q -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
jbang_cp="$(cat "$work/cp.txt")"
export JBANG_DIR="$work/jbang-home"
for script in notebooks/*.java; do
  name="$(basename "$script" .java)"
  out="$work/out-$name"
  # jbang prints the final java command for its shell wrapper (exit 255 means "run this").
  set +e
  java -cp "$jbang_cp" dev.jbang.Main --quiet "$script" data-samples/northwind-coffee "$out" > "$work/cmd.txt" 2> "$work/jbang.log"
  rc=$?
  set -e
  if [ "$rc" -ne 255 ]; then
    echo "jbang: $script failed to build (exit $rc)" >&2
    cat "$work/jbang.log" >&2
    exit 1
  fi
  if ! bash -c "$(tail -1 "$work/cmd.txt")" > "$work/run.log" 2>&1; then
    echo "jbang: $script failed" >&2
    cat "$work/run.log" >&2
    exit 1
  fi
  echo "jbang: $script ran ($(find "$out" -type f | wc -l) files written)"
done
