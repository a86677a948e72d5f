#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: the file is parsed, variables are
# substituted with their defaults, and the result is checked against the Compose schema
# ("config -q"). Nothing is built, pulled or started.
#
#   deploy/validate-compose.sh           validate
#   deploy/validate-compose.sh --print   validate, then print the resolved configuration
#
# Uses "docker compose" (v2) where it is installed, otherwise docker-compose (v1.29, the
# Debian package), which it installs with apt-get when missing (needs root).
#
# Exit status: 0 valid; 1 invalid (the compose tool's own message says why); 3 no compose
# tool could be had (not root, no apt-get, or the install failed).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
compose_file="$root/docker-compose.yml"
print=false
case "${1:-}" in
  "") ;;
  --print) print=true ;;
  *) echo "usage: $0 [--print]" >&2; exit 2 ;;
esac

compose=()
if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  if [ "$(id -u)" -ne 0 ]; then
    echo "validate-compose: neither 'docker compose' nor 'docker-compose' is installed, and installing" >&2
    echo "docker-compose with apt-get needs root. Run as root, or: sudo apt-get install docker-compose" >&2
    exit 3
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "validate-compose: no 'docker compose', no 'docker-compose' and no apt-get to install it" >&2
    exit 3
  fi
  echo "validate-compose: installing docker-compose (apt-get) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt_log="$(mktemp)"
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends docker-compose; } >"$apt_log" 2>&1; then
    echo "validate-compose: apt-get install docker-compose failed:" >&2
    tail -n 20 "$apt_log" >&2
    rm -f "$apt_log"
    exit 3
  fi
  rm -f "$apt_log"
  compose=(docker-compose)
fi

version="$("${compose[@]}" version --short 2>/dev/null || "${compose[@]}" version 2>/dev/null | head -n 1)"
cd "$root"
# With the variables of this shell (and an .env file beside docker-compose.yml, if any);
# in CI that means the defaults.
"${compose[@]}" -f "$compose_file" config -q
echo "validate-compose: docker-compose.yml is valid (${compose[*]} ${version})"
if $print; then
  "${compose[@]}" -f "$compose_file" config
fi
