#!/usr/bin/env bash
# Times `passpolicy due --all --format json` (release build) on a generated shadow and
# passwd of 100,000 accounts with every kind of line (usable, locked, disabled, empty hash,
# must-change, no ageing, stricter shadow max, 99999, future dates). Floor: under 0.5 s.
# Usage: bench/due-bench.sh [ACCOUNTS]   (hyperfine is used when installed)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
out=bench/out/due
mkdir -p "$out"

swift build -c release --product passpolicy >/dev/null
bin="$(swift build -c release --show-bin-path)/passpolicy"

awk -v n="$n" -v shadow="$out/shadow" -v passwd="$out/passwd" 'BEGIN {
    srand(42)
    print "root:x:0:0:root:/root:/bin/bash" > passwd
    print "root:*:20000:0:99999:7:::" > shadow
    for (i = 1; i <= n; i++) {
        user = sprintf("pupil%06d", i)
        shell = (i % 50 == 0) ? "/usr/sbin/nologin" : "/bin/bash"
        printf "%s:x:%d:%d:Pupil %d:/home/%s:%s\n", user, 1000 + i, 1000 + i, i, user, shell > passwd
        kind = i % 20
        hash = "$y$j9T$abcdefghijklmnopqrstu.$ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg"
        last = 20000 + int(rand() * 500)
        max = 99999
        if (kind == 1) hash = "!" hash
        else if (kind == 2) hash = "!!"
        else if (kind == 3) hash = "*"
        else if (kind == 4) last = 0
        else if (kind == 5) last = ""
        else if (kind == 6) max = 30
        else if (kind == 7) last = 20600
        printf "%s:%s:%s:0:%s:7:::\n", user, hash, last, max > shadow
    }
}'
# An empty config file: the defaults, as a default install has them (/dev/null is refused:
# passpolicy reads only regular files).
: >"$out/defaults.conf"
args=(due --all --format json --now 2026-03-01 --shadow "$out/shadow" --passwd "$out/passwd" --config "$out/defaults.conf")
rows=$("$bin" "${args[@]}" | grep -c '"user"')
echo "accounts: $n, rows listed: $rows, shadow $(du -h "$out/shadow" | cut -f1)"

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 2 --runs 10 --export-json "$out/hyperfine.json" \
        "$bin ${args[*]} > /dev/null"
    mean=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$out/hyperfine.json")
else
    start=$(date +%s.%N)
    for _ in 1 2 3 4 5; do "$bin" "${args[@]}" >/dev/null; done
    end=$(date +%s.%N)
    mean=$(echo "($end - $start) / 5" | bc -l)
fi
printf 'mean: %.3f s (floor 0.5 s)\n' "$mean"
awk -v m="$mean" 'BEGIN { exit !(m < 0.5) }' || { echo "due-bench: slower than 0.5 s" >&2; exit 1; }
