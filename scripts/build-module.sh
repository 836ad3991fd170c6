#!/bin/sh
# Builds pam_passpolicy.so for release into .build-pam (its own scratch path, so the static
# stdlib flags never reach the ordinary `swift build` / `swift test` products).
#
#   -static-stdlib        the module carries the Swift runtime: setuid `passwd` ignores
#                         LD_LIBRARY_PATH, and machines without the toolchain have no libswiftCore.
#   --version-script      exports only the pam_sm_* entry points.
#   -z nodelete           libpam dlcloses modules in pam_end; a Swift image must stay mapped.
#   --strip-all           ~8.8 MB → ~6 MB.
#   --disable-local-rpath no $ORIGIN RUNPATH in a module loaded by setuid programs.
#
# Prints the path of the built module on its last line (stdout); progress goes to stderr.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
scratch="$root/.build-pam"
mkdir -p "$scratch"
map="$scratch/pam_passpolicy.map"
printf '{\n  global: pam_sm_*;\n  local: *;\n};\n' >"$map"

cd "$root"
swift build -c release --product pam_passpolicy --scratch-path "$scratch" \
    --disable-local-rpath \
    -Xswiftc -static-stdlib \
    -Xlinker --version-script="$map" \
    -Xlinker -z -Xlinker nodelete \
    -Xlinker --strip-all >&2

bin=$(swift build -c release --product pam_passpolicy --scratch-path "$scratch" --show-bin-path)
module="$bin/libpam_passpolicy.so"
if [ ! -f "$module" ]; then
    echo "build-module.sh: $module was not produced" >&2
    exit 1
fi
echo "$module"
