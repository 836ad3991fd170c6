#!/usr/bin/env bash
# The benchmark command: builds release binaries and measures passpolicy beside libpwquality
# (pwscore's library), passwdqc (pwqcheck) and cracklib (cracklib-check) on the same
# generated input, in one run. Then the PAM, history and rotation benchmarks where present.
# Prints Markdown; BENCHMARKS.md holds a copy of the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"
scripts/install-deps.sh --bench

swift build -c release --product passpolicy -Xswiftc -static-stdlib >/dev/null
bin=.build/release/passpolicy
cc -O2 -o "$out/pwquality_batch" bench/pwquality_batch.c -lpwquality
python3 bench/gen_corpus.py "$out" 100000 >/dev/null
"$bin" dict build --output "$out/words.pwdict" >/dev/null
export PASSPOLICY_PAM_MODULE=$(scripts/build-module.sh 2>/dev/null | tail -n 1)
# As users run it: the default history store (/var/lib/passpolicy/history.db) installed, and
# a --user, so that the history is consulted (read once per batch).
printf 'dictpath = %s\n' "$(pwd)/$out/words.pwdict" > "$out/bench.conf"
install -d -m 0755 /var/lib/passpolicy   # as scripts/install.sh makes it
"$bin" token list --config "$out/bench.conf" >/dev/null   # creates the default store when it is missing

echo "## Checking candidates (100,000 lines)"
echo
python3 bench/compare.py "$bin" "$out/bench.conf" "$out/pwquality_batch" "$out"
echo
echo "## One \`passpolicy check\` process, start-up included"
echo
python3 - "$bin" "$out/bench.conf" <<'PY'
import statistics, subprocess, sys, time
bin, conf = sys.argv[1:3]
samples = []
for _ in range(50):
    start = time.perf_counter()
    subprocess.run([bin, "check", "--config", conf, "--user", "lee.parry"], input=b"Jennifer&37\n",
                   stdout=subprocess.DEVNULL)
    samples.append((time.perf_counter() - start) * 1000)
print(f"`printf 'Jennifer&37\\n' | passpolicy check --user lee.parry`, 50 runs: median {statistics.median(samples):.1f} ms, "
      f"max {max(samples):.1f} ms (word list opened and validated each time).")
PY
echo
swift build -c release --product passpolicyd --static-swift-stdlib >/dev/null
echo "## passpolicyd over loopback (wrk)"
echo
bench/service-run.sh
echo
for extra in bench/pam-bench.sh bench/history-bench.sh bench/due-bench.sh; do
    if [ -x "$extra" ]; then
        echo "## $(basename "$extra" .sh)"
        echo
        "$extra"
        echo
    fi
done
