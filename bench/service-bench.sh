#!/usr/bin/env bash
# Measures a running passpolicyd over loopback with wrk (Debian package wrk), beside what a
# script would do without the service: one `passpolicy check` process per candidate.
# Prints a Markdown table.
#
#   URL=http://127.0.0.1:8743 TOKEN_FILE=admin.token PID=$(pidof passpolicyd) bench/service-bench.sh
#
# Environment:
#   URL         the service (default http://127.0.0.1:8743); loopback only
#   TOKEN       an admin token (it records the benchmark people's histories and forgets them
#               again); or TOKEN_FILE, a file holding it. Never put on a command line.
#   PID         the passpolicyd process, for its peak RSS (VmHWM in /proc/PID/status)
#   DURATION    each wrk run (default 10s)
#   BENCH_USERS people given a history for the history runs (default 300), ENTRIES changes
#               each on as many systems (default 2). The server's history_checks_per_hour
#               (default 30) must allow about (history requests / BENCH_USERS) per person:
#               429s show in the non-2xx column.
#   N           candidates for the one-process-per-candidate rows (default 200)
#   PASSPOLICY  the CLI (default: passpolicy in PATH, else .build/release/passpolicy)
#   CONFIG      the CLI's config, the one the server reads (default /etc/security/passpolicy.conf)
set -euo pipefail
cd "$(dirname "$0")/.."

URL=${URL:-http://127.0.0.1:8743}
URL=${URL%/}
DURATION=${DURATION:-10s}
BENCH_USERS=${BENCH_USERS:-300}
ENTRIES=${ENTRIES:-2}
N=${N:-200}
CONFIG=${CONFIG:-/etc/security/passpolicy.conf}
PASSPOLICY=${PASSPOLICY:-$(command -v passpolicy || echo .build/release/passpolicy)}
PID=${PID:?PID: the passpolicyd process id}
if [ -z "${TOKEN:-}" ]; then
    TOKEN=$(cat "${TOKEN_FILE:?TOKEN or TOKEN_FILE: an admin token}")
fi
export TOKEN BENCH_USERS
export BENCH_PREFIX=${BENCH_PREFIX:-bench-user-}

host=$(printf '%s' "$URL" | sed -E 's#^https?://(\[[^]]*\]|[^:/]*).*#\1#')
case "$host" in
    127.*|localhost|'[::1]') ;;
    *) echo "$0: $URL is not a loopback address; this benchmark runs over loopback only" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -r "/proc/$PID/status" ] || { echo "$0: no process $PID" >&2; exit 2; }

work=$(mktemp -d /tmp/passpolicyd-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM
umask 077
printf 'header = "Authorization: Bearer %s"\n' "$TOKEN" > "$work/auth.curlrc"

kib() { awk -v k="$1" '$1 == k ":" { print $2 }' "/proc/$PID/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
field() { printf '%s\n' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'; }

# One curl process sends every request of a config file over one connection.
# $1: method, $2: path, then lines of JSON bodies on standard input (none for DELETE: $3 = list).
curl_batch() {
    local method=$1 config=$work/batch.curlrc first=1
    : > "$config"
    while IFS= read -r line; do
        [ $first = 1 ] || echo next >> "$config"
        first=0
        cat "$work/auth.curlrc" >> "$config"
        if [ "$method" = POST ]; then
            printf 'url = "%s%s"\nheader = "Content-Type: application/json"\ndata-binary = "%s"\n' \
                "$URL" "$2" "$(printf '%s' "$line" | sed 's/["\\]/\\&/g')" >> "$config"
        else
            printf 'url = "%s%s"\nrequest = "%s"\n' "$URL" "${2//\{\}/$line}" "$method" >> "$config"
        fi
        printf 'output = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nsilent\n' >> "$config"
    done
    curl --config "$config" | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $1, $2; sep = ", " }'
}

people() { seq 0 $((BENCH_USERS - 1)); }

echo "Setting up: $BENCH_USERS people with $ENTRIES recorded changes each …" >&2
# Start from nothing, in case an earlier run was interrupted.
people | sed "s/^/$BENCH_PREFIX/" | curl_batch DELETE '/v1/users/{}' >/dev/null || true
statuses=$(for e in $(seq 1 "$ENTRIES"); do
    people | awk -v p="$BENCH_PREFIX" -v e="$e" \
        '{ printf "{\"user\":\"%s%d\",\"password\":\"Bench-history-%d-%d!\",\"system\":\"bench-%d\"}\n", p, $1, $1, e, e }'
done | curl_batch POST /v1/changes)
echo "  POST /v1/changes: $statuses" >&2
case "$statuses" in *201*) ;; *) echo "$0: recording the benchmark histories failed ($statuses)" >&2; exit 1 ;; esac

rows=()
run_wrk() { # $1 label, $2 connections, $3 script
    echo "wrk: $1, $2 connections, $DURATION …" >&2
    local out result
    out=$(wrk --threads 2 --connections "$2" --duration "$DURATION" --timeout 30s \
        --script "$3" "$URL" 2>&1) || { printf '%s\n' "$out" >&2; exit 1; }
    result=$(printf '%s\n' "$out" | grep '^RESULT ' | sed 's/^RESULT //')
    [ -n "$result" ] || { printf '%s\n' "$out" >&2; exit 1; }
    rows+=("| $1 | $2 | $(field "$result" rps) | $(field "$result" ok_rps) | $(field "$result" p50_ms) | $(field "$result" p99_ms) | $(field "$result" non2xx) / $(field "$result" requests) | $(mib "$(kib VmHWM)") |")
}

rss_start=$(kib VmRSS)
run_wrk "POST /v1/check, no user (policy rules)" 64 bench/wrk-check.lua
run_wrk "POST /v1/check with user (history, Argon2id)" 8 bench/wrk-check-history.lua
run_wrk "POST /v1/check with user (history, Argon2id)" 200 bench/wrk-check-history.lua

# What a script would do without the service: one process per candidate.
cli_run() { # $1 label, then the check's arguments
    local label=$1 i start t0 t1 ms=()
    shift
    echo "CLI: $label, $N processes …" >&2
    start=$EPOCHREALTIME
    for ((i = 0; i < N; i++)); do
        t0=$EPOCHREALTIME
        printf 'Bench-history-%d-c!\n' $((i % BENCH_USERS)) | "$PASSPOLICY" check --config "$CONFIG" "${@//@I@/$((i % BENCH_USERS))}" >/dev/null 2>&1 || true
        t1=$EPOCHREALTIME
        ms+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) * 1000 }')")
    done
    local total p50 p99
    total=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
    read -r p50 p99 < <(printf '%s\n' "${ms[@]}" | sort -n | awk '{ v[NR] = $1 } END {
        i50 = int(NR * 0.50 + 0.999); i99 = int(NR * 0.99 + 0.999); printf "%.2f %.2f\n", v[i50], v[i99] }')
    local rate
    rate=$(awk -v n="$N" -v t="$total" 'BEGIN { printf "%.1f", n / t }')
    rows+=("| $label | 1 process each | $rate | $rate | $p50 | $p99 | — | — |")
}
if [ -x "$PASSPOLICY" ] || command -v "$PASSPOLICY" >/dev/null; then
    cli_run "\`passpolicy check\`, no user" 
    cli_run "\`passpolicy check --user U\` (history)" --user "$BENCH_PREFIX@I@" --system bench-c
else
    echo "$0: no passpolicy CLI at $PASSPOLICY; skipping the one-process-per-candidate rows" >&2
fi

echo "Cleaning up the benchmark people …" >&2
people | sed "s/^/$BENCH_PREFIX/" | curl_batch DELETE '/v1/users/{}' >/dev/null || true

cores=$(nproc)
# The issue's bound for peak RSS under 200 connections: 64 MiB + kdf_concurrency × 20 MiB.
kdf=$(curl -s "$URL/v1/policy" | python3 -c 'import json, sys; print(json.load(sys.stdin)["settings"].get("kdf_concurrency", ""))' 2>/dev/null || true)
case "$kdf" in
    ''|*[!0-9]*) bound="(kdf_concurrency not in /v1/policy's settings)" ;;
    *) [ "$kdf" = 0 ] && kdf=$(nproc); bound="bound 64 + $kdf × 20 = $((64 + kdf * 20)) MiB (kdf_concurrency = $kdf); peak $(mib "$(kib VmHWM)") MiB" ;;
esac
echo "passpolicyd at $URL, $cores cores, wrk 2 threads, $DURATION per run; $BENCH_USERS people with $ENTRIES changes each."
echo "Peak RSS is VmHWM of process $PID after each run (it only grows); RSS at the start: $(mib "$rss_start") MiB; $bound."
echo
echo "| measurement | connections | req/s | 2xx/s | p50 ms | p99 ms | non-2xx / requests | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
