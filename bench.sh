#!/usr/bin/env bash
# The benchmark: starts PostgreSQL, the Kafka broker and both services, drives them, prints a table and writes
# benchmarks/target/bench-results.json. Not part of the test suite.
#   ./bench.sh [--no-build] [--burst 10000] [--help for every option]
set -euo pipefail
cd "$(dirname "$0")"

args=()
build=true
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=false; else args+=("$arg"); fi
done

if $build; then
  echo "Building (./mvnw -B -q -DskipTests package)..." >&2
  ./mvnw -B -q -DskipTests package
fi

# The harness's own flags only; the services get theirs from ServiceProcess (-Xmx256m), as in production.
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  id.go.bartim.pelatihan.bench.BenchMain ${args[@]+"${args[@]}"}
