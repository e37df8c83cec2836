#!/usr/bin/env bash
# Runs every test tier, stopping at the first red one:
#   format, lints (host + wasm32), native tests, browser unit tests, release build, end-to-end + axe.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
"$ROOT/scripts/install.sh"

tier() { say "tier: $1"; shift; "$@"; }

tier "cargo fmt --check" cargo fmt --all --check
tier "clippy (host)" cargo clippy --quiet --all-targets -- -D warnings
tier "clippy (wasm32)" cargo clippy --quiet --target wasm32-unknown-unknown \
  --lib --bin werkroute-web --test browser -- -D warnings
tier "clippy (wasm32, split points)" cargo clippy --quiet --target wasm32-unknown-unknown \
  --features split --lib --bin werkroute-web -- -D warnings
tier "native tests" cargo test --quiet
tier "browser unit tests (wasm-bindgen-test, headless Chromium)" \
  cargo test --target wasm32-unknown-unknown --test browser
tier "release build" "$ROOT/scripts/build.sh"
cargo build --quiet --bin werkroute   # the CLI the end-to-end tests compare the page with
export WERKROUTE_BIN="$ROOT/target/debug/werkroute"
tier "end-to-end + axe (Playwright, Chromium)" node --test --test-concurrency=1 tests/e2e/*.test.mjs
