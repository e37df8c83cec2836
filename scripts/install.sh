#!/usr/bin/env bash
# Installs what the build and the tests need, from package registries only. Idempotent and quiet
# when everything is already there. Called by run.sh and test.sh; safe to run on its own.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. System packages: Chromium + chromedriver for browser tests, brotli for size figures,
#    Noto fonts so Arabic and Cyrillic render in screenshots and tests, nginx and Apache httpd
#    for the deployment tests (installed only; the tests start them on loopback themselves).
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
# System fonts with Arabic and Cyrillic, so screenshots and tests render every language.
fc-list 2>/dev/null | grep -i "Noto Sans Arabic" >/dev/null || need_apt+=(fonts-noto-core fontconfig)
# Real web servers: the deployment tests serve dist/ through nginx and Apache httpd with deploy/.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
command -v apache2 >/dev/null || [ -x /usr/sbin/apache2 ] || need_apt+=(apache2)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# 2. Rust target for the browser build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 3. Lock file and crates (the registry is reachable; nothing else is).
[ -f Cargo.lock ] || cargo generate-lockfile -q

# 4. wasm-bindgen CLI at exactly the crate's version. Without --locked: its lock file pins a
#    webpki-roots release our registry lacks (see ../shared/research/toolchain.md).
want="$(wasm_bindgen_version)"
have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have" != "$want" ]; then
  say "cargo install wasm-bindgen-cli $want (about 2 minutes, once)"
  cargo install -q wasm-bindgen-cli --version "$want"
fi

# 4b. wasm_split_cli at exactly the version that matches the wasm_split_helpers crate: it cuts
#     the release wasm at the split points into a main module and chunks (scripts/build.sh).
want_split="0.2.2"
have_split="$(cat "${CARGO_HOME:-$HOME/.cargo}/.werkroute-wasm-split-version" 2>/dev/null || true)"
if ! command -v wasm_split_cli >/dev/null || [ "$have_split" != "$want_split" ]; then
  say "cargo install wasm_split_cli_support $want_split (about a minute, once)"
  cargo install -q --locked wasm_split_cli_support --version "$want_split" --features build-binary
  echo "$want_split" > "${CARGO_HOME:-$HOME/.cargo}/.werkroute-wasm-split-version"
fi

# 5. Node tools (wasm-opt from npm binaryen, playwright-core, axe): exactly the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
