#!/usr/bin/env bash
# Benchmark (not a test): bytes, first contentful paint, time to an interactive first screen and
# memory of our app (dist/) against a static floor page and the same questions in SurveyJS.
# Everything is served from 127.0.0.1 and nothing from bench/ ships in dist/. See bench/bench.mjs
# for the definitions; section 5 is Lighthouse (bench/lighthouse.mjs). About 5 minutes on a 2-core machine with dist/ and the CLI already built.
#   ./scripts/bench.sh            (BENCH_RUNS=N for more cold loads per case; default 9)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

# Playwright (playwright-core) comes from the root tooling; SurveyJS only from bench/'s own lock file.
[ -d node_modules/playwright-core ] || "$ROOT/scripts/install.sh"
if [ ! -d bench/node_modules/survey-core ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  say "npm ci --prefix bench"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error >/dev/null
fi

[ -f dist/index.html ] && [ -f dist/app_bg.wasm ] || "$ROOT/scripts/build.sh"

# The question bank, from the CLI, for the SurveyJS peer. Own target dir: does not block other builds.
say "werkroute questions --lang nl (native CLI, release)"
mkdir -p bench/out
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target/bench}" \
  cargo run --quiet --release --bin werkroute -- questions --lang nl > bench/out/questions.nl.json

node bench/prepare.mjs
say "measuring (about 2-3 minutes)"
node bench/bench.mjs
