#!/usr/bin/env bash
# Installs what is missing, builds the release site into dist/ and serves it on
# http://127.0.0.1:${PORT:-8080}/ until stopped (Ctrl+C).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
"$ROOT/scripts/install.sh"
"$ROOT/scripts/build.sh"
say "serving dist/ on http://127.0.0.1:${PORT:-8080}/"
exec node "$ROOT/scripts/serve.mjs" "$ROOT/dist" "${PORT:-8080}"
