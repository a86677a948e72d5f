#!/usr/bin/env bash
# Runs the whole system locally (SPEC 6): PostgreSQL, a Kafka broker, both services and demo data.
#   ./run-local.sh [--no-build] [--reset] [--data <dir>]     Ctrl-C stops everything.
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

exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "local-infra/target/classes:local-infra/target/lib/*" \
  id.go.bartim.pelatihan.infra.LocalStack ${args[@]+"${args[@]}"}
