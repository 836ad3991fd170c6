#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install passpolicy (scripts/install.sh: the
# packages, the CLI, the PAM module, the config and the word list), then check sample
# passwords the way helpdesk staff would.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install.sh

echo
echo "\$ printf 'Jennifer&37\\n' | passpolicy check --user lee.parry"
printf 'Jennifer&37\n' | passpolicy check --user lee.parry || true
echo
echo "\$ printf 'Parry&Tide7\\n' | passpolicy check --user lee.parry --format json"
printf 'Parry&Tide7\n' | passpolicy check --user lee.parry --format json || true
echo
echo "\$ printf 'zKEy%%7trPwqx\\n' | passpolicy check --user lee.parry"
printf 'zKEy%%7trPwqx\n' | passpolicy check --user lee.parry
