#!/bin/sh
# Starts Werkroute on a Debian kiosk: Chromium full screen in kiosk mode, on the app's kiosk
# address only. Install the policy first (as root):
#   install -D -m 0644 deploy/kiosk/chromium-policy.json /etc/chromium/policies/managed/werkroute-kiosk.json
# and put your own address in its URLAllowlist. Run this from the kiosk user's session (e.g. an
# autostart entry of a minimal window manager); it starts Chromium again when it is closed.
#   WERKROUTE_URL   the app's address              (default https://werkroute.example.nl/)
#   WERKROUTE_ID    the municipality's configuration (gemeenten/<id>.json), e.g. rivierstad
#   WERKROUTE_PRINT 1 when a printer stands next to the kiosk (prints without a dialog)
#   WERKROUTE_ONCE  1 to start Chromium once and stop when it closes (under systemd, which
#                   restarts it itself; the tests use it too)
set -eu
URL="${WERKROUTE_URL:-https://werkroute.example.nl/}"
ID="${WERKROUTE_ID:-default}"
PRINT_FLAG=""
[ "${WERKROUTE_PRINT:-0}" = 1 ] && PRINT_FLAG="--kiosk-printing"
CHROMIUM="${CHROMIUM:-chromium}"
while true; do
  # A fresh, empty profile every start: nothing of the last visitor survives a restart.
  PROFILE="$(mktemp -d /tmp/werkroute-kiosk.XXXXXX)"
  "$CHROMIUM" --kiosk --incognito --no-first-run --noerrdialogs --disable-session-crashed-bubble \
    --disable-translate --disable-features=Translate,TranslateUI --disable-pinch \
    --overscroll-history-navigation=0 --user-data-dir="$PROFILE" $PRINT_FLAG \
    "${URL}?mode=kiosk&gemeente=${ID}" || true
  rm -rf "$PROFILE"
  [ "${WERKROUTE_ONCE:-0}" = 1 ] && break
  sleep 2
done
