#!/bin/sh
# Compiles each po/LANG.po with `msgfmt --check` into DIR/LANG/LC_MESSAGES/passpolicy.mo,
# the catalogs passpolicy's core reads itself (see Sources/PassPolicy/Language/Language.swift:
# no generated locale is needed).
#
#   scripts/build-locale.sh                     into .build/locale (the tests use it)
#   scripts/build-locale.sh /usr/share/locale   install (scripts/install.sh, as root)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/.build/locale}
if ! command -v msgfmt >/dev/null 2>&1; then
    echo "build-locale.sh: msgfmt not found (install the Debian package gettext)" >&2
    exit 1
fi
for po in "$root"/po/*.po; do
    [ -e "$po" ] || continue
    lang=$(basename "$po" .po)
    mkdir -p "$dir/$lang/LC_MESSAGES"
    # Written beside and renamed: a running passpolicyd or passwd never reads half a file.
    msgfmt --check --output-file="$dir/$lang/LC_MESSAGES/passpolicy.mo.new" "$po"
    chmod 0644 "$dir/$lang/LC_MESSAGES/passpolicy.mo.new"
    mv -f "$dir/$lang/LC_MESSAGES/passpolicy.mo.new" "$dir/$lang/LC_MESSAGES/passpolicy.mo"
    echo "$dir/$lang/LC_MESSAGES/passpolicy.mo"
done
