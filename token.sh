#!/usr/bin/env bash
# Prints a bearer JWT for a local run:  ./token.sh <role> [subject] [--data .local] [--hours 8]
# roles: rutan-officer, rutan-viewer, disnaker-officer, disnaker-viewer
set -euo pipefail
cd "$(dirname "$0")"

# (again when target/lib predates the switch to SmallRye JWT Build for signing)
if [ ! -d local-infra/target/classes ] || ! compgen -G "local-infra/target/lib/smallrye-jwt-build-*.jar" >/dev/null; then
  ./mvnw -B -q -DskipTests -pl local-infra -am package >&2
fi

exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dslf4j.internal.verbosity=ERROR -cp "local-infra/target/classes:local-infra/target/lib/*" \
  id.go.bartim.pelatihan.infra.TokenCommand "$@"
