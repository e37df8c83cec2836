#!/usr/bin/env bash
# Benchmark (not a test): what the main release wasm is made of (every visitor downloads it; the
# chunks of the rarely used pages, ui::pages::chunks, are not in it), grouped (Yew, our pages,
# data, serde, ...) with the largest items, from `twiggy` on a copy optimised like dist/ but with
# its function names kept. Uses the split scripts/build.sh leaves in target/ (builds it when
# missing); installs twiggy (pinned) into ~/.cargo/bin the first time, a few minutes.
#   ./scripts/wasm-contributors.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
TWIGGY_VERSION=0.8.0
if ! command -v twiggy >/dev/null || [ "$(twiggy --version | awk '{print $2}')" != "$TWIGGY_VERSION" ]; then
  say "cargo install twiggy $TWIGGY_VERSION"
  cargo install twiggy --locked --version "$TWIGGY_VERSION" --quiet
fi
# The main module after the split (what every visitor downloads), as scripts/build.sh leaves it.
WASM=target/wasm-split/main.wasm
[ -f "$WASM" ] || "$ROOT/scripts/build.sh"
OUT=target/wasm-contributors
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$OUT" --out-name app "$WASM"
wasm-opt -Oz --debuginfo "$OUT/app_bg.wasm" -o "$OUT/named.wasm"
twiggy top -n 1000000 --format csv "$OUT/named.wasm" > "$OUT/top.csv"
node bench/contributors.mjs "$OUT/top.csv"
