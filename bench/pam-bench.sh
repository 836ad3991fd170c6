#!/bin/sh
# Compiles bench/pam_bench.c and times pam_passpolicy beside pam_pwquality (Debian
# libpam-pwquality) and pam_unix: load (dlopen+dlsym) and one rejected / accepted
# pam_chauthtok through the real libpam. Usage: bench/pam-bench.sh [ITERATIONS]
# The module: $PASSPOLICY_PAM_MODULE, else what scripts/build-module.sh built.
# $PASSPOLICY_BENCH_BASELINE: another build of the module (e.g. before a change) measured in
# the same run. pam_unix is measured for its load only (it does not refuse "abc").
# $PAM_BENCH_LOAD_RUNS: loads per module (default 51), the modules taking turns.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
iterations=${1:-2000}
module=${PASSPOLICY_PAM_MODULE:-$root/.build-pam/release/libpam_passpolicy.so}
if [ ! -f "$module" ]; then
    echo "pam-bench.sh: $module not found; build it with scripts/build-module.sh" >&2
    exit 1
fi
securedir=$(pkg-config --variable=securedir pam 2>/dev/null || true)
[ -n "$securedir" ] || securedir=/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)/security

out="$root/bench/out"
mkdir -p "$out"
cc -O2 -Wall -Wextra -o "$out/pam_bench" "$root/bench/pam_bench.c" -lpam -ldl

# Every module with retry=1 (pam_pwquality's default; passpolicy's is 3), so that a rejection
# is one attempt for each.
# The word list for the dictionary rule: $PASSPOLICY_BENCH_DICT, else the one bench/run.sh
# compiles (bench/out/words.pwdict). The history is off here (store=none): its cost is one
# Argon2id run, measured by bench/history-bench.sh.
dict=${PASSPOLICY_BENCH_DICT:-$out/words.pwdict}
set -- "$iterations" \
    "pam_passpolicy dictcheck=no" "$module" "retry=1 dictcheck=no store=none"
if [ -f "$dict" ]; then
    set -- "$@" "pam_passpolicy (every rule)" "$module" "retry=1 dictpath=$dict store=none"
else
    echo "pam-bench.sh: no word list at $dict; measuring without the dictionary rule only" >&2
fi
if [ -n "${PASSPOLICY_BENCH_BASELINE:-}" ]; then
    set -- "$@" "baseline dictcheck=no" "$PASSPOLICY_BENCH_BASELINE" "retry=1 dictcheck=no store=none"
fi
set -- "$@" \
    "pam_pwquality" "$securedir/pam_pwquality.so" "retry=1 dictcheck=1" \
    "pam_pwquality dictcheck=0" "$securedir/pam_pwquality.so" "retry=1 dictcheck=0" \
    "pam_unix (load only)" "$securedir/pam_unix.so" "-"
echo "module size: $(stat -c %s "$module") bytes ($module)"
if [ -n "${PASSPOLICY_BENCH_BASELINE:-}" ]; then
    echo "baseline size: $(stat -c %s "$PASSPOLICY_BENCH_BASELINE") bytes ($PASSPOLICY_BENCH_BASELINE)"
fi
exec "$out/pam_bench" "$@"
