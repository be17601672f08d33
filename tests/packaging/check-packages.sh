#!/bin/sh
# The packaging test: builds the Debian packages with CPack from an already built tree, checks them with lintian
# (no errors) and the desktop validators, extracts them into a temporary root and runs the programs from there,
# so a file missing from a package fails CI.
# usage: check-packages.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
source=$2
tmp=$(mktemp -d)
sandbox_pid=""
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

step "cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || {
    cat "$tmp/cpack.log"
    fail "cpack failed"
}
console=$(ls "$tmp"/out/tenantdesk_*.deb 2>/dev/null || true)
sandbox=$(ls "$tmp"/out/tenantdesk-sandbox_*.deb 2>/dev/null || true)
[ -f "$console" ] || fail "no tenantdesk_*.deb"
[ -f "$sandbox" ] || fail "no tenantdesk-sandbox_*.deb"
echo "$(basename "$console") $(basename "$sandbox")"

step "control fields"
for deb in "$console" "$sandbox"; do
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "$(dpkg-deb -f "$deb" Package): Depends: $depends"
    # shlibdeps ran: Qt's libraries are among the dependencies.
    echo "$depends" | grep -q 'libqt6core6' || fail "$(basename "$deb"): no computed dependency on Qt"
done
dpkg-deb -f "$console" Depends | grep -q 'libqt6sql6-sqlite' || fail "tenantdesk does not depend on the SQLite driver"
version=$(dpkg-deb -f "$console" Version)
changelog_version=$(sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p' "$source/packaging/debian/changelog")
[ "$version" = "$changelog_version" ] ||
    fail "packaging/debian/changelog's top entry is $changelog_version, the packages are $version"

step "lintian"
# Errors fail the test; warnings and information are shown (packaging/README.md says why each is left).
lintian --fail-on error --tag-display-limit 0 "$console" "$sandbox" >"$tmp/lintian.log" 2>&1 || {
    cat "$tmp/lintian.log"
    fail "lintian reports errors"
}
cat "$tmp/lintian.log"
echo "lintian: $(grep -c '^E:' "$tmp/lintian.log" || true) errors, $(grep -c '^W:' "$tmp/lintian.log" || true) warnings"

step "extract"
root="$tmp/root"
dpkg-deb -x "$console" "$root"
dpkg-deb -x "$sandbox" "$root"
for f in usr/bin/tenantdesk usr/bin/tenantdesk-cli usr/bin/tenantdesk-sandbox \
    usr/share/applications/org.tenantdesk.Tenantdesk.desktop \
    usr/share/metainfo/org.tenantdesk.Tenantdesk.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/tenantdesk.svg usr/share/icons/hicolor/48x48/apps/tenantdesk.png \
    usr/share/icons/hicolor/256x256/apps/tenantdesk.png \
    usr/share/man/man1/tenantdesk.1.gz usr/share/man/man1/tenantdesk-cli.1.gz \
    usr/share/man/man1/tenantdesk-sandbox.1.gz usr/share/bash-completion/completions/tenantdesk-cli \
    usr/share/doc/tenantdesk/copyright usr/share/doc/tenantdesk/changelog.Debian.gz \
    usr/share/doc/tenantdesk-sandbox/copyright usr/share/doc/tenantdesk-sandbox/changelog.Debian.gz; do
    [ -e "$root/$f" ] || fail "/$f is in no package"
done

step "validators"
desktop-file-validate "$root/usr/share/applications/org.tenantdesk.Tenantdesk.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.tenantdesk.Tenantdesk.metainfo.xml" ||
    fail "appstreamcli validate"
for lang in da nb de pl et; do
    grep -q "^Comment\[$lang\]=" "$root/usr/share/applications/org.tenantdesk.Tenantdesk.desktop" ||
        fail "the desktop entry has no Comment[$lang]"
    grep -q "<summary xml:lang=\"$lang\">" "$root/usr/share/metainfo/org.tenantdesk.Tenantdesk.metainfo.xml" ||
        fail "the metainfo has no summary in $lang"
done

step "programs from the extracted packages"
# A neutral home: no settings or profiles of whoever runs the test, English, no display.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data" LC_ALL=C.UTF-8 LANGUAGE=
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
out=$("$root/usr/bin/tenantdesk-cli" --version) || fail "tenantdesk-cli --version"
echo "$out"
[ "$out" = "tenantdesk-cli ${version%-*}" ] || fail "tenantdesk-cli --version says \"$out\""
QT_QPA_PLATFORM=offscreen "$root/usr/bin/tenantdesk" --help >"$tmp/help.txt" || fail "tenantdesk --help"
grep -q -- "--sandbox" "$tmp/help.txt" || fail "tenantdesk --help does not list --sandbox"
head -n 2 "$tmp/help.txt"

# Every command of tenantdesk-cli --help is known to the bash completion, and its man page lists them.
"$root/usr/bin/tenantdesk-cli" --help | sed -n '/^Commands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' \
    >"$tmp/commands.txt"
[ -s "$tmp/commands.txt" ] || fail "tenantdesk-cli --help lists no commands"
for command in $(cat "$tmp/commands.txt"); do
    grep -q "commands=\".*\\b$command\\b" "$root/usr/share/bash-completion/completions/tenantdesk-cli" ||
        fail "the bash completion does not know the command $command"
    zcat "$root/usr/share/man/man1/tenantdesk-cli.1.gz" | grep -q -w "^$command" ||
        fail "the man page of tenantdesk-cli does not mention $command"
done
echo "commands: $(tr '\n' ' ' <"$tmp/commands.txt")"
bash -n "$root/usr/share/bash-completion/completions/tenantdesk-cli" || fail "the bash completion does not parse"

TMPDIR="$tmp" "$root/usr/bin/tenantdesk-sandbox" --users 40 --schools 1 >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
sandbox_pid=$!
i=0
while [ ! -s "$tmp/sandbox.out" ] && [ $i -lt 300 ]; do
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
    i=$((i + 1))
done
line=$(head -n 1 "$tmp/sandbox.out")
kill "$sandbox_pid" 2>/dev/null || true
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""
[ -n "$line" ] || {
    cat "$tmp/sandbox.err" >&2
    fail "tenantdesk-sandbox printed no line"
}
for key in authority graph exchange tenantId caCertificate users startupMs; do
    printf '%s\n' "$line" | grep -q "\"$key\"" || fail "tenantdesk-sandbox's line has no \"$key\": $line"
done
echo "tenantdesk-sandbox: $(printf '%s\n' "$line" | head -n 1 | cut -c1-100)..."
echo "Packages checked."
