#!/usr/bin/env bash
# The whole suite N times in a row (default 3) while stress-ng keeps every core busy: the check
# that no test races on a loaded machine (issue 17, point 5). Prints each run's time and result.
#   ./scripts/test-under-load.sh [N]
# Not part of ./scripts/test.sh: it takes N full runs. stress-ng comes from Debian (apt).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
runs="${1:-3}"
if ! command -v stress-ng >/dev/null; then
  say "apt-get install stress-ng"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq stress-ng >/dev/null; else sudo apt-get install -y -qq stress-ng >/dev/null; fi
fi
cores=$(nproc)
say "load: stress-ng --cpu $cores --cpu-load 100 (every core busy) for the whole time"
stress-ng --cpu "$cores" --cpu-load 100 --quiet &
load=$!
trap 'kill "$load" 2>/dev/null || true' EXIT
failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  if ./scripts/test.sh > "target/test-under-load-$i.log" 2>&1; then result=pass; else result=FAIL; failed=1; fi
  took=$(( $(date +%s) - start ))
  e2e=$(grep -E '^# (pass|fail) ' "target/test-under-load-$i.log" | tr '\n' ' ')
  printf 'run %s of %s: %s in %d min %02d s (%s) log: target/test-under-load-%s.log\n' \
    "$i" "$runs" "$result" $((took / 60)) $((took % 60)) "$e2e" "$i"
done
exit "$failed"
