#!/bin/sh
# Debian's Chromium with the policy folder $WERKROUTE_POLICY_DIR in place of
# /etc/chromium/policies, in a mount namespace of its own: the kiosk policy applies to this
# Chromium only, never to the other tests' browsers, and nothing is left behind on the machine.
exec unshare -m sh -c 'mount --bind "$WERKROUTE_POLICY_DIR" /etc/chromium/policies && exec "${CHROMIUM:-/usr/bin/chromium}" "$@"' chromium "$@"
