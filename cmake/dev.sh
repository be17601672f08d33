#!/bin/sh
# Tenantdesk developer front door. Two verbs do all set-up on a fresh Debian 12 machine:
#   cmake/dev.sh run    install missing packages, build, start the console on the embedded sandbox tenant
#   cmake/dev.sh test   install missing packages, build with warnings as errors, run every test headless
# Both are idempotent and quiet when everything is already in place.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

install_packages() {
  missing=""
  for p in $(grep -v '^#' "$root/packaging/debian-packages.txt"); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  echo "Installing Debian packages:$missing"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

build() { # $1 = preset, then the targets to build (default: all)
  preset=$1
  shift
  targets=""
  for t in "$@"; do targets="$targets --target $t"; done
  cmake --preset "$preset" -S "$root" >/dev/null
  cmake --build "$root/build/$preset" -j "$jobs" $targets -- --no-print-directory -s
}

verb=${1:-}
[ $# -gt 0 ] && shift
case "$verb" in
  run)
    install_packages
    build dev tenantdesk   # the console and the sandbox it starts; not the tests
    exec "$root/build/dev/src/app/tenantdesk" --sandbox "$@"
    ;;
  test)
    install_packages
    build ci
    exec "$root/cmake/headless.sh" ctest --test-dir "$root/build/ci" --output-on-failure -j "$jobs" "$@"
    ;;
  *)
    echo "usage: cmake/dev.sh run|test [arguments]" >&2
    exit 2
    ;;
esac
