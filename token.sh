#!/usr/bin/env bash
# Prints a bearer JWT for a local run:  ./token.sh <role> [subject] [--data .local] [--hours 8]
# roles: rutan-officer, rutan-viewer, disnaker-officer, disnaker-viewer
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -d local-infra/target/classes ] || [ ! -d local-infra/target/lib ]; then
  ./mvnw -B -q -DskipTests -pl local-infra -am package >&2
fi

exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "local-infra/target/classes:local-infra/target/lib/*" \
  id.go.bartim.pelatihan.infra.TokenCommand "$@"
