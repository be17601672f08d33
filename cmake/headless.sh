#!/bin/sh
# Runs a command on a virtual X display with a private D-Bus session and an unlocked,
# throw-away GNOME keyring (Secret Service) in temporary XDG folders, so QtKeychain works
# without any prompt. The keyring is always unlocked before anything else starts: a locked
# keyring under Xvfb waits forever on an invisible prompt.
# usage: cmake/headless.sh ctest --test-dir build/ci --output-on-failure
set -eu
tmp=$(mktemp -d)
mkdir -m 700 "$tmp/run"
export XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export HOME="$tmp/home"
mkdir -p "$HOME"
trap 'rm -rf "$tmp"' EXIT INT TERM
xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- sh -c 'printf %s headless-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
