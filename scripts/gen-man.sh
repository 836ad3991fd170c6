#!/bin/sh
# Writes man/*.{1,5,8} from the built CLI (`passpolicy man PAGE`): the keys come from the
# option table, the commands from their own help. A test keeps man/ equal to this output.
#   scripts/gen-man.sh [PASSPOLICY]   (default .build/debug/passpolicy)
set -eu
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/passpolicy}
mkdir -p man
for page in passpolicy.1 passpolicy.conf.5 pam_passpolicy.8 passpolicyd.8; do
    "$bin" man "$page" >"man/$page"
done
echo "wrote man/: $(ls man | tr '\n' ' ')"
