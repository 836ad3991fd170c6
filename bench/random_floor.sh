#!/usr/bin/env bash
# The floor "random strings of 10-16 characters: none refused", at scale: about a million
# strings from nine generators (bench/gen_random.py: printable ASCII, letters and digits,
# pwgen's pronounceable and secure modes, openssl rand -base64), each checked with
# `passpolicy check --batch`. Prints the refusals per generator and the strings refused;
# exits 1 if any was refused.
# Usage: random_floor.sh [PASSPOLICY_BIN] [CONFIG] [DIR] [COUNT per generator, default 120000] [SEED]
# (another SEED, in another DIR, gives a held-out set: one not looked at while tuning)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/passpolicy}
conf=${2:-}
dir=${3:-bench/out/random}
count=${4:-120000}
seed=${5:-0xC0FFEE}
if [ -z "$conf" ]; then
    mkdir -p bench/out
    [ -f bench/out/words.pwdict ] || "$bin" dict build --output bench/out/words.pwdict >/dev/null
    conf=bench/out/random-floor.conf
    printf 'dictpath = %s\nstore = none\n' "$(pwd)/bench/out/words.pwdict" > "$conf"
fi
[ -f "$dir/ascii.txt" ] || python3 bench/gen_random.py "$dir" "$count" "$seed"
total=0; refused=0
for f in "$dir"/*.txt; do
    lines=$(wc -l < "$f")
    bad=$("$bin" check --batch --config "$conf" < "$f" | paste -d '\t' - "$f" | grep '"accepted": false' | cut -f2 || true)
    n=$(printf '%s' "$bad" | grep -c . || true)
    printf '%-10s %8d strings  %4d refused\n' "$(basename "$f" .txt)" "$lines" "$n"
    [ "$n" -eq 0 ] || printf '%s\n' "$bad" | head -20 | sed 's/^/    /'
    total=$((total + lines)); refused=$((refused + n))
done
printf 'all        %8d strings  %4d refused\n' "$total" "$refused"
[ "$refused" -eq 0 ]
