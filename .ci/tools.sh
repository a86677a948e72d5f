#!/usr/bin/env bash
# Puts the command-line checkers the deployment and integrator-kit tests call into .tools/ (not committed):
# promtool (Debian's prometheus package) and kubectl with its built-in kustomize (Debian's kubernetes-client),
# unpacked, not installed, so no daemon starts; the npm tools pinned in deploy/tools/package.json.
# Idempotent; run once on a new machine (.ci/run does). The tests fail, never skip, when a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="$PWD/.tools"
mkdir -p "$TOOLS/bin"

unpack_debian() { # package, binary inside it
  local package=$1 binary=$2
  [ -x "$TOOLS/bin/$binary" ] && return 0
  local work
  work=$(mktemp -d)
  (cd "$work" && { apt-get download "$package" >/dev/null 2>&1 || { apt-get update -qq && apt-get download "$package" >/dev/null; }; })
  dpkg-deb -x "$work"/"$package"_*.deb "$work/root"
  cp "$work/root/usr/bin/$binary" "$TOOLS/bin/$binary"
  rm -rf "$work"
  echo "unpacked $binary from Debian's $package"
}

unpack_debian prometheus promtool
unpack_debian kubernetes-client kubectl

if [ -f deploy/tools/package.json ]; then
  if [ ! -d deploy/tools/node_modules ] || [ deploy/tools/package-lock.json -nt deploy/tools/node_modules ]; then
    (cd deploy/tools && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
