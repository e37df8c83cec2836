#!/usr/bin/env bash
# Benchmark (not a test) of the policy overview (issue 20): `werkroute overview` on 100,000 and
# 1,000,000 made-up codes (wall time and peak memory, from /usr/bin/time), and the page
# #/overzicht on 100,000 (time from choosing the file to the figures on screen, in Chromium).
# About 2 minutes on a 2-core machine with dist/ built.   ./scripts/bench-overview.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
[ -d node_modules/playwright-core ] || "$ROOT/scripts/install.sh"
[ -f dist/index.html ] && [ -f dist/app_bg.wasm ] || "$ROOT/scripts/build.sh"
say "werkroute (native CLI, release)"
cargo build --quiet --release --bin werkroute
BIN="$ROOT/target/release/werkroute"
mkdir -p bench/out
for n in 100000 1000000; do
  f="bench/out/overview-$n.txt"
  [ -f "$f" ] || "$BIN" sample "$n" --seed 2027 > "$f"
  /usr/bin/time -f "cli   $f ($n codes): %e s wall, %U s user, peak memory %M KB" "$BIN" overview "$f" > /dev/null
done
say "the page, 100,000 codes"
node bench/overview.mjs bench/out/overview-100000.txt 3
