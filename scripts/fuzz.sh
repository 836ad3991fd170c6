#!/usr/bin/env bash
# Builds the libFuzzer targets under Fuzz/ and runs each for SECONDS (default 30), from its
# seed corpus in Fuzz/corpus/<target>/; exits non-zero on any finding (a crash, a trap, an
# address-sanitizer report, a broken property, a leak, a timeout).
#
#   scripts/fuzz.sh [SECONDS]          build, then run every target for SECONDS
#   FUZZ_TARGETS="phc config" scripts/fuzz.sh 60   only these targets
#   FUZZ_ARGS="-runs=10000000" scripts/fuzz.sh 0   extra libFuzzer options (0: no time limit)
#
# The core (Sources/PassPolicy: Glibc only) is compiled once with -sanitize=fuzzer (coverage)
# and -sanitize=address into .build-fuzz/libPassPolicy.a with -enable-testing, and each
# target (Fuzz/<target>/main.swift + Fuzz/common) links it. -O keeps Swift's overflow and
# bounds traps: a trap is a finding. New inputs found go to .build-fuzz/corpus/<target>/ (the
# seeds in the repository are only read). Findings are written to .build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
targets=${FUZZ_TARGETS:-"checker config wordlist phc accounts request"}
out=.build-fuzz
mkdir -p "$out/findings"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g)

# The compiler's and linker's output goes to build.log (ld.gold warns about every ASan
# symbol it cannot export); it is shown when a build fails.
build() {
    if ! "$@" >>"$out/build.log" 2>&1; then
        grep -E 'error' "$out/build.log" | tail -n 20 >&2
        echo "fuzz: build failed; see $out/build.log" >&2
        exit 2
    fi
}
: >"$out/build.log"
core=$(find Sources/PassPolicy -name '*.swift' | sort)
# Rebuilt only when a source is newer than what was built (the core takes most of the time).
if [ ! -f "$out/libPassPolicy.a" ] || [ -n "$(find Sources/PassPolicy scripts/fuzz.sh -newer "$out/libPassPolicy.a" -print -quit)" ]; then
    echo "fuzz: building the core" >&2
    # shellcheck disable=SC2086
    build swiftc "${flags[@]}" -enable-testing -module-name PassPolicy -emit-module -emit-module-path "$out/PassPolicy.swiftmodule" \
        -emit-library -static -o "$out/libPassPolicy.a" $core
fi
for t in $targets; do
    if [ ! -f "$out/fuzz-$t" ] || [ -n "$(find "$out/libPassPolicy.a" Fuzz/common Fuzz/"$t" Sources/PassPolicyService/RequestBody.swift -newer "$out/fuzz-$t" -print -quit)" ]; then
        echo "fuzz: building $t" >&2
        # The service's request decoding has no Hummingbird in it: its two files build here.
        extra=()
        [ "$t" = request ] && extra=(Sources/PassPolicyService/RequestBody.swift Sources/PassPolicyService/SecretBytes.swift)
        build swiftc "${flags[@]}" -I "$out" -L "$out" -lPassPolicy -module-name "fuzz_$t" \
            Fuzz/common/*.swift Fuzz/"$t"/*.swift "${extra[@]}" -o "$out/fuzz-$t"
    fi
done

export PASSPOLICY_FUZZ_WORDS=$PWD/Fuzz/words.txt
# Leaks are findings too; the sanitizer's own report names the input.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
# libFuzzer and the sanitizer report a finding themselves; Swift's backtracer would only
# fight them for the signal.
export SWIFT_BACKTRACE=enable=no
status=0
for t in $targets; do
    mkdir -p "$out/corpus/$t" "Fuzz/corpus/$t"
    time_limit=()
    [ "$seconds" != 0 ] && time_limit=(-max_total_time="$seconds")
    if [ "$seconds" != 0 ]; then echo "fuzz: running $t for ${seconds}s" >&2; else echo "fuzz: running $t" >&2; fi
    # shellcheck disable=SC2086
    if ! "$out/fuzz-$t" "${time_limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/findings/$t-" ${FUZZ_ARGS:-} "$out/corpus/$t" "Fuzz/corpus/$t" 2>"$out/$t.log"; then
        echo "fuzz: $t FOUND SOMETHING; see $out/$t.log and $out/findings/" >&2
        tail -n 40 "$out/$t.log" >&2
        status=1
    fi
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$out/$t.log" \
        | sed "s/^/fuzz: $t /" >&2 || true
    grep -E '^#[0-9]+.*(DONE|INITED)' "$out/$t.log" | tail -n 1 | sed "s/^/fuzz: $t /" >&2 || true
done
exit $status
