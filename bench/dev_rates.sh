#!/usr/bin/env bash
# Refusal rates of `passpolicy check --batch` on the development sets of bench/gen_dev.py.
# Usage: dev_rates.sh PASSPOLICY_BIN CONFIG [DIR]
set -euo pipefail
bin=$1; conf=$2; dir=${3:-bench/out/dev}
for f in "$dir"/*.txt; do
    total=$(wc -l < "$f")
    refused=$("$bin" check --batch --config "$conf" < "$f" | grep -c '"accepted": false' || true)
    dict=$("$bin" check --batch --config "$conf" < "$f" | grep -c '"rule": "dictionary"' || true)
    printf '%-28s %6d lines  refused %6.2f %%  (dictionary rule %6.2f %%)\n' "$(basename "$f")" "$total" \
        "$(echo "100 * $refused / $total" | bc -l)" "$(echo "100 * $dict / $total" | bc -l)"
done
