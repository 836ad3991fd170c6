#!/usr/bin/env bash
# The benchmark command: builds release binaries and measures passpolicy beside libpwquality
# (pwscore's library), passwdqc (pwqcheck) and cracklib (cracklib-check) on the same
# generated input, in one run. Then the PAM, history and rotation benchmarks where present.
# Prints Markdown; BENCHMARKS.md holds a copy of the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"

swift build -c release --product passpolicy -Xswiftc -static-stdlib >/dev/null
bin=.build/release/passpolicy
cc -O2 -o "$out/pwquality_batch" bench/pwquality_batch.c -lpwquality
python3 bench/gen_corpus.py "$out" 100000 >/dev/null
"$bin" dict build --output "$out/words.pwdict" >/dev/null
printf 'dictpath = %s\n' "$(pwd)/$out/words.pwdict" > "$out/bench.conf"

echo "## Checking candidates (100,000 lines)"
echo
python3 bench/compare.py "$bin" "$out/bench.conf" "$out/pwquality_batch" "$out"
echo
echo "## One \`passpolicy check\` process, start-up included"
echo
printf 'Jennifer&37\n' > "$out/one.txt"
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 5 --runs 50 --export-markdown "$out/one.md" \
        --input "$out/one.txt" "$bin check --config $out/bench.conf" -i >/dev/null 2>&1 || true
    cat "$out/one.md"
fi
echo
for extra in bench/pam-bench.sh bench/history-bench.sh bench/due-bench.sh; do
    if [ -x "$extra" ]; then
        echo "## $(basename "$extra" .sh)"
        echo
        "$extra"
        echo
    fi
done
