#!/usr/bin/env bash
# Size-optimised release build into dist/: a static site for any static host.
#   cargo (opt-level z, LTO) -> wasm-bindgen --target web -> wasm-opt -Oz -> copy www/ + one CSS file.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
OUT="${1:-$ROOT/dist}"

say "cargo build --release (wasm32)"
cargo build --release --quiet --target wasm32-unknown-unknown --bin werkroute-web

rm -rf "$OUT.tmp" && mkdir -p "$OUT.tmp"
wasm-bindgen --target web --no-typescript --out-dir "$OUT.tmp" --out-name app \
  target/wasm32-unknown-unknown/release/werkroute-web.wasm
say "wasm-opt -Oz"
wasm-opt -Oz "$OUT.tmp/app_bg.wasm" -o "$OUT.tmp/app_bg.wasm"

# Static files, then the stylesheet in ITCSS order: tokens -> base -> layout -> components ->
# utilities -> themes (token values only) -> print.
cp -r www/. "$OUT.tmp/"
{
  cat styles/tokens.css styles/base.css styles/layout.css
  for f in styles/components/*.css; do cat "$f"; done
  cat styles/utilities.css
  for f in styles/themes/*.css; do [ -e "$f" ] && cat "$f"; done
  cat styles/print.css
} > "$OUT.tmp/app.css"

rm -rf "$OUT" && mv "$OUT.tmp" "$OUT"
say "dist/ ready: $(du -sh "$OUT" | cut -f1)"
