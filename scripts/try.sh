#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is needed, build passpolicy,
# compile the word list, and check sample passwords the way helpdesk staff would.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
swift build -c release --product passpolicy -Xswiftc -static-stdlib
install -D -m 0755 .build/release/passpolicy /usr/local/bin/passpolicy
if [ ! -e /etc/security/passpolicy.conf ]; then
    install -D -m 0644 pam/passpolicy.conf /etc/security/passpolicy.conf
fi
passpolicy dict build

echo
echo "\$ printf 'Jennifer&37\\n' | passpolicy check --user lee.parry"
printf 'Jennifer&37\n' | passpolicy check --user lee.parry || true
echo
echo "\$ printf 'Parry&Tide7\\n' | passpolicy check --user lee.parry --format json"
printf 'Parry&Tide7\n' | passpolicy check --user lee.parry --format json || true
echo
echo "\$ printf 'zKEy%%7trPwqx\\n' | passpolicy check --user lee.parry"
printf 'zKEy%%7trPwqx\n' | passpolicy check --user lee.parry
