#!/usr/bin/env bash
# Size-optimised release build into dist/: a static site for any static host.
#   cargo (opt-level z, LTO) -> wasm-bindgen --target web -> wasm-opt -Oz -> copy www/ + one CSS file
#   + one catalog file per language other than Dutch (i18n/<code>.json)
#   -> the start page prerendered into index.html (native Yew server renderer, src/bin/prerender.rs)
#   -> .br and .gz copies beside every text file and the wasm (scripts/precompress.mjs).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
OUT="${1:-$ROOT/dist}"

say "cargo build --release (wasm32)"
# Crate paths in panic locations as `<crate>-<version>/src/...`, not this machine's cargo home:
# the same wasm on every machine, and 5 KB less.
REGISTRY_SRC="${CARGO_HOME:-$HOME/.cargo}/registry/src"
for index in "$REGISTRY_SRC"/*/; do
  WASM_RUSTFLAGS="${WASM_RUSTFLAGS:-} --remap-path-prefix=${index%/}/="
done
# --emit-relocs: wasm_split_cli needs the relocations to cut the binary at its split points.
RUSTFLAGS="${RUSTFLAGS:-}${WASM_RUSTFLAGS:-} -Clink-args=--emit-relocs" \
  cargo build --release --quiet --target wasm32-unknown-unknown --bin werkroute-web --features split

rm -rf "$OUT.tmp" && mkdir -p "$OUT.tmp"
# The rarely used pages' code (ui::pages::chunks) into chunks of their own, fetched when such a
# page first opens: main.wasm, split_<name>.wasm, chunk_<n>.wasm (code two splits share) and
# __wasm_split.js, their loader.
say "wasm_split_cli"
SPLIT="$ROOT/target/wasm-split"
rm -rf "$SPLIT" && mkdir -p "$SPLIT"
wasm_split_cli target/wasm32-unknown-unknown/release/werkroute-web.wasm "$SPLIT"
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$OUT.tmp" --out-name app \
  "$SPLIT/main.wasm"
say "wasm-opt -Oz"
wasm-opt -Oz "$OUT.tmp/app_bg.wasm" -o "$OUT.tmp/app_bg.wasm"
for chunk in "$SPLIT"/*.wasm; do
  [ "$(basename "$chunk")" = main.wasm ] && continue
  # A known defect of wasm_split_cli 0.2.2: a chunk that calls one of wasm-bindgen's JS casts
  # (`wbg_cast`, e.g. a &str turned into a JsValue) calls it through a shim whose signature
  # wasm-bindgen then changes in the main module only: "function signature mismatch" at run
  # time (seen when the result page, with its copy button, was a chunk). Refuse such a split.
  if grep -qa 'wbg_cast' "$chunk"; then
    echo "$(basename "$chunk") calls a wasm-bindgen cast from a chunk; keep that code in the main module" >&2
    exit 1
  fi
  # (wasm-opt does not know the name subsection the splitter writes: it drops it, and says so.)
  wasm-opt -Oz "$chunk" -o "$OUT.tmp/$(basename "$chunk")" 2> >(grep -v "unknown name subsection" >&2)
done
# The loader imports the glue by the name the splitter gave it, and fetches the chunks the way
# boot.js fetches the main wasm: without cookies.
sed -e 's#from "\./main\.js"#from "./app.js"#' \
  -e 's#fetch(srcUrl)#fetch(srcUrl, { credentials: "omit" })#' \
  "$SPLIT/__wasm_split.js" > "$OUT.tmp/__wasm_split.js"
if ! grep -q 'from "./app.js"' "$OUT.tmp/__wasm_split.js" || ! grep -q 'credentials: "omit"' "$OUT.tmp/__wasm_split.js"; then
  echo "__wasm_split.js: the loader's import or fetch is not where scripts/build.sh expects it" >&2
  exit 1
fi

# Static files, then the stylesheet in ITCSS order: tokens -> NL Design System components -> base -> layout -> our components ->
# utilities -> themes (token values only) -> print.
cp -r www/. "$OUT.tmp/"

# Every language but Dutch (compiled in) as one file, fetched when someone picks it.
node scripts/catalogs.mjs src/i18n/catalogs "$OUT.tmp/i18n"

# The first screen without script: the start page rendered natively into index.html. Dev profile
# (renders in milliseconds; a release build of it would only cost compile time).
say "prerender the start page"
cargo run --quiet --features prerender --bin prerender -- "$OUT.tmp/index.html" "$OUT.tmp/index.html"
# Data only a rarely used screen needs, fetched when it opens: the fairness page's personas.
mkdir -p "$OUT.tmp/data"
cp fixtures/personas/2027.2.json "$OUT.tmp/data/personas-2027.2.json"

# NL Design System: the published theme packages, unchanged, for a municipality that names one.
node scripts/nlds.mjs themes "$OUT.tmp/themes"
{
  cat styles/tokens.css
  # The community components' CSS from npm, unchanged; our own styles come after it.
  node scripts/nlds.mjs components
  cat styles/base.css styles/layout.css
  for f in styles/components/*.css; do cat "$f"; done
  cat styles/utilities.css
  for f in styles/themes/*.css; do [ -e "$f" ] && cat "$f"; done
  cat styles/print.css
} > "$OUT.tmp/app.css"

# CSS and JS minified (Lightning CSS, Terser) before the worker's version is computed.
node scripts/minify.mjs "$OUT.tmp"

# Service worker: its version is a hash of every file, so any change is a new version. It keeps
# every file at install except the other languages' catalogs: those it keeps when first used, so
# nobody downloads five languages they do not read.
files=$(cd "$OUT.tmp" && find . -type f ! -name sw.js | sort)
version=$(cd "$OUT.tmp" && sha256sum $files | sha256sum | cut -c1-12)
list=$(printf '%s\n' "./" $files | grep -v -e '^\./i18n/' -e '^\./themes/' -e '^\./data/' | sed 's/.*/"&"/' | paste -sd, -)
sed -i "s|__VERSION__|$version|; s|__FILES__|[$list]|" "$OUT.tmp/sw.js"

# Precompressed copies (.br, .gz) beside every text file and the wasm, after the worker's list:
# a server sends them in place of the file when the browser accepts the encoding.
node scripts/precompress.mjs "$OUT.tmp"

rm -rf "$OUT" && mv "$OUT.tmp" "$OUT"
say "dist/ ready: $(du -sh "$OUT" | cut -f1)"
