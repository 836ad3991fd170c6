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
#   static libstdc++      the Swift runtime needs libstdc++; loading libstdc++.so alone takes
#                         ~1.6 ms (thousands of symbol relocations), more than the rest of
#                         the module. A linker script named libstdc++.so, found first, points
#                         the runtime's `-lstdc++` at the static archive instead.
#   -static-libgcc        the unwinder (libgcc_eh) linked in too, not libgcc_s.so.1: loading
#                         libgcc_s runs its CPU-detection constructor (cpuid, slow in a VM) and
#                         took ~0.1 ms of the module's load. Nothing unwinds across the PAM
#                         boundary (C entry points), so a private unwinder is safe.
#   PASSPOLICY_STATIC_MODULE
#                         compiles Sources/PAMModule/RuntimeArguments.swift, which keeps the
#                         Swift runtime's CommandLine.cpp (and its static initialiser reading
#                         /proc/self/maps at every load, ~0.08 ms) out of the module.
#   lld, -z pack-relative-relocs
#                         DT_RELR: the ~20,000 relative relocations of the Swift metadata
#                         take ~3.6 KB instead of ~480 KB of RELA entries, read at every load.
#                         Needs glibc >= 2.36 (Debian 12) at run time; older ones refuse the
#                         module (GLIBC_ABI_DT_RELR) rather than load it wrongly.
#   lazy libm             the standard library's ~100 libm functions, which the module never
#                         calls on its paths, forward to a libm opened on first use
#                         (scripts/module-link/lazy_libm.c), so libm.so.6 is not NEEDED: it
#                         took ~0.1 ms of every load. A linker script named libm.so, found
#                         first as libstdc++'s is, puts that object in place of `-lm`; the real
#                         libm stays behind it AS_NEEDED for any function the list lacks.
#
# Prints the path of the built module on its last line (stdout); progress goes to stderr.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
scratch="$root/.build-pam"
mkdir -p "$scratch"
map="$scratch/pam_passpolicy.map"
printf '{\n  global: pam_sm_*;\n  local: *;\n};\n' >"$map"
cxxdir="$scratch/static-libstdcxx"
mkdir -p "$cxxdir"
archive=$(${CC:-cc} -print-file-name=libstdc++.a)
if [ ! -f "$archive" ]; then
    echo "build-module.sh: libstdc++.a not found (install libstdc++-12-dev)" >&2
    exit 1
fi
printf 'INPUT(%s)\n' "$archive" >"$cxxdir/libstdc++.so"
# An archive, not the object itself: the link names -lm more than once.
${CC:-cc} -O2 -fPIC -fno-builtin -fvisibility=hidden -c "$root/scripts/module-link/lazy_libm.c" -o "$cxxdir/lazy_libm.o"
rm -f "$cxxdir/liblazy_libm.a"
ar rcs "$cxxdir/liblazy_libm.a" "$cxxdir/lazy_libm.o"
libm=$(${CC:-cc} -print-file-name=libm.so.6)
printf 'INPUT(%s AS_NEEDED(%s))\n' "$cxxdir/liblazy_libm.a" "$libm" >"$cxxdir/libm.so"

cd "$root"
# SwiftPM does not know the link's inputs above: remove the module so the link always runs.
rm -f "$scratch"/*/release/libpam_passpolicy.so
swift build -c release --product pam_passpolicy --scratch-path "$scratch" \
    --disable-local-rpath \
    -Xswiftc -static-stdlib \
    -Xswiftc -DPASSPOLICY_STATIC_MODULE \
    -Xswiftc -use-ld=lld \
    -Xswiftc -Xclang-linker -Xswiftc -static-libgcc \
    -Xlinker -z -Xlinker pack-relative-relocs \
    -Xlinker -L"$cxxdir" \
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
