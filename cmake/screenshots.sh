#!/bin/sh
# Regenerates the user guide's pictures (resources/guide/images/) from the console's own --screenshot, in each
# language below, on a throw-away sandbox tenant, so the guide shows what the built console shows today.
# usage: cmake/screenshots.sh [BUILD_DIR]        (default build/dev; build/ci works too)
#
# Everything runs under cmake/headless.sh (virtual display, private keyring, temporary HOME and XDG folders):
# your own profiles, settings, snapshots and keyring are never touched. Steps, per language:
#   welcome-LANG.png   the first-run screen (no profile, first start)
#   users-LANG.png     the users list of the sandbox tenant, signed in, after its first read (tenantdesk-cli sync)
#   calendar-LANG.png  the Calendar permissions entry (still empty in the console)
#   offline-LANG.png   the same snapshot with the tenant unreachable (the sandbox stopped)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
languages="en da"

if [ "${1:-}" = "--inside-headless" ]; then
  # Second stage, on the virtual display: $2 = the programs' folder, $3 = the images folder.
  bin=$2
  out=$3
  work=$(mktemp -d)
  sandbox_pid=""
  # shellcheck disable=SC2317 # called by the trap
  cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
  }
  trap cleanup EXIT INT TERM
  settings="$XDG_CONFIG_HOME/Tenantdesk/tenantdesk.conf" # the console's settings file (see README)

  shot() { # $1 = picture name without the language
    for lang in $languages; do
      "$bin/tenantdesk" --language "$lang" --screenshot "$out/$1-$lang.png" 2>>"$work/console.log" ||
        { echo "screenshots: the console failed on $1-$lang.png; its log:" >&2; cat "$work/console.log" >&2; exit 1; }
      echo "  $1-$lang.png"
    done
  }
  start_location() { # what the console opens at start: ui/lastLocation, as after a click in the navigation
    mkdir -p "$(dirname "$settings")"
    printf '[ui]\nfirstRunDone=true\nlastLocation=%s\n' "$1" >"$settings"
  }
  json_field() { # $1 = key; the sandbox's one JSON line is on stdin (string values without quotes in them)
    sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"
  }

  # 1. The very first start: no profile, no settings.
  shot welcome

  # 2. The training tenant, started as its own process (the console's --sandbox starts the same program,
  #    but asynchronously, so a picture taken 0.5 s after start could catch it half-way). Its profile is
  #    named after its domain, so the status bar reads as after `tenantdesk --sandbox`.
  "$bin/tenantdesk-sandbox" >"$work/sandbox.out" 2>"$work/sandbox.err" &
  sandbox_pid=$!
  tries=0
  until [ -s "$work/sandbox.out" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ] || ! kill -0 "$sandbox_pid" 2>/dev/null; then
      echo "screenshots: tenantdesk-sandbox did not start:" >&2
      cat "$work/sandbox.err" >&2
      exit 1
    fi
    sleep 0.1
  done
  head -n 1 "$work/sandbox.out" >"$work/sandbox.json"
  domain=$(json_field domain <"$work/sandbox.json")
  TENANTDESK_SANDBOX_SECRET=$(json_field confidentialClientSecret <"$work/sandbox.json")
  export TENANTDESK_SANDBOX_SECRET
  cli() { "$bin/tenantdesk-cli" --profile "$domain" "$@" >>"$work/cli.log" 2>&1 || { cat "$work/cli.log" >&2; exit 1; }; }
  cli profile add "$domain" --from-sandbox "$work/sandbox.json"
  cli profile use "$domain"
  cli login --client-secret-env TENANTDESK_SANDBOX_SECRET

  # 3. The first read of the tenant (the console does the same on its own when it opens a signed-in tenant
  #    without a snapshot, but a picture 0.5 s after start could catch it half-way), then the users list and
  #    the (still empty) calendar permissions.
  cli sync
  start_location tenant/users
  shot users
  start_location tenant/calendar-permissions
  shot calendar
  start_location tenant/users

  # 4. Offline: the tenant unreachable, the snapshot still there.
  kill "$sandbox_pid"
  wait "$sandbox_pid" 2>/dev/null || true
  sandbox_pid=""
  shot offline
  exit 0
fi

build=${1:-$root/build/dev}
bin="$build/src/app"
for program in tenantdesk tenantdesk-cli tenantdesk-sandbox; do
  if [ ! -x "$bin/$program" ]; then
    echo "screenshots: $bin/$program is missing. Build the programs first:" >&2
    echo "  cmake/dev.sh run        (configures and builds build/dev; close the window it opens)" >&2
    echo "  cmake --build build/dev --target tenantdesk tenantdesk-cli tenantdesk-sandbox" >&2
    echo "or name a build directory that has them: cmake/screenshots.sh build/ci" >&2
    exit 1
  fi
done
bin=$(cd "$bin" && pwd)
out="$root/resources/guide/images"
mkdir -p "$out"
start=$(date +%s)
echo "Taking screenshots with $bin into resources/guide/images:"
log=$(mktemp)
status=0
"$root/cmake/headless.sh" sh "$root/cmake/screenshots.sh" --inside-headless "$bin" "$out" 2>"$log" || status=$?
grep -v 'Failed to set fd limit' "$log" >&2 || true # dbus-daemon's notice in containers
rm -f "$log"
if [ "$status" -ne 0 ]; then
  echo "screenshots: failed (exit $status); the pictures in resources/guide/images may be a mix of old and new" >&2
  exit "$status"
fi
echo "Done in $(($(date +%s) - start)) s."
