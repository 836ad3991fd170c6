#!/bin/sh
# Extracts every translatable sentence from the Swift sources into po/passpolicy.pot and
# merges it into each po/LANG.po (run after adding or changing a message; then translate the
# new or fuzzy entries of po/cy.po: `scripts/check-po.sh` says which).
#
# A translatable sentence is a string literal as the first argument of `tr(` (and the first two
# of `trn(`), with `// TRANSLATORS:` on the line before it saying where the sentence appears;
# placeholders are `{name}` (python-brace-format, so that msgfmt --check compares them).
# Swift's string literals are close enough to C's for xgettext's C scanner; the msgid must be
# one plain literal (no interpolation, no multi-line literal).
#
#   scripts/update-po.sh           write po/passpolicy.pot, merge it into po/*.po
#   scripts/update-po.sh --pot F   only write the template to F (the tests compare it)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pot=po/passpolicy.pot
merge=yes
if [ "${1:-}" = "--pot" ]; then
    pot=$2
    merge=no
fi
# Sorted, relative paths: the same template whatever the order of the file system.
files=$(grep -rlE '\btrn?\(' Sources --include='*.swift' | LC_ALL=C sort)
# xgettext warns about Swift's multi-line literals ("unterminated string literal") in code that
# holds no message; its other output is kept.
# shellcheck disable=SC2086
xgettext --language=C --from-code=UTF-8 --keyword= --keyword=tr:1 --keyword=trn:1,2 \
    --add-comments=TRANSLATORS: --no-wrap --add-location=file --sort-by-file --omit-header \
    --package-name=passpolicy --output="$pot.tmp" $files 2>&1 | grep -v 'unterminated string literal' >&2 || true
{
    cat <<'HEADER'
# Every sentence passpolicy shows people, for translators. Made by scripts/update-po.sh from
# the Swift sources: do not edit by hand. Placeholders such as {count} must stay as they are.
msgid ""
msgstr ""
"Project-Id-Version: passpolicy\n"
"Language: \n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\n"

HEADER
    # Entries with {name} placeholders are python-brace-format, for msgfmt --check (xgettext's
    # C scanner does not mark them itself).
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         /msgid(_plural)? "[^\n]*\{[a-z_]+\}/ { sub(/\nmsgid /, "\n#, python-brace-format\nmsgid ") }
         { print }' "$pot.tmp"
} >"$pot"
rm -f "$pot.tmp"
if [ "$merge" = yes ]; then
    for po in po/*.po; do
        [ -e "$po" ] || continue
        msgmerge --quiet --update --backup=none --no-wrap --add-location=file --sort-by-file "$po" "$pot"
    done
fi
