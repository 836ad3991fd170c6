#!/usr/bin/env bash
# Installs the Debian 12 packages passpolicy builds, runs and is tested with; with --bench,
# also the tools the benchmark compares with (libpam-pwquality's own install enables
# pam_pwquality through pam-auth-update, so it is not installed unless asked for).
# Needs root (apt). The Swift 6 toolchain itself is not a Debian package: see README.md.
set -euo pipefail

packages=(
    # C libraries the Swift targets link (each behind one Swift file)
    pkg-config gcc binutils libstdc++-12-dev libpam0g-dev libcrack2-dev libargon2-dev libsqlite3-dev libpq-dev libcurl4-openssl-dev zlib1g-dev
    # msgfmt compiles the message catalogs (po/*.po); xgettext and msgmerge keep them current
    gettext
    # Word lists compiled into the dictionary
    wamerican wbritish miscfiles cracklib-runtime john-data libdata-password-zxcvbn-perl
    # Welsh words: aspell-cy, dumped and expanded by aspell at build time
    aspell aspell-cy
    # Tests: real PAM, real passwd, real PostgreSQL
    pamtester passwd login postgresql python3-pexpect
    # The module's load: what it opens (strace)
    strace
    # passpolicyd's tests: curl and openssl as clients, wrk for load, a venv for schemathesis
    curl openssl ca-certificates wrk jq python3-venv
    # A real Samba AD domain controller, provisioned by the tests, runs `check --samba`
    samba samba-ad-provision samba-ad-dc samba-dsdb-modules
    # The helpdesk page in real headless Chromium
    chromium chromium-driver python3-selenium
    # The accuracy tests' development sets (bench/gen_dev.py): EFF and diceware word lists
    xkcdpass diceware
)
if [ "${1:-}" = "--bench" ]; then
    # The tools people would pick instead, measured on the same input.
    packages+=(libpwquality-tools libpwquality-dev libpam-pwquality passwdqc libpam-passwdqc hyperfine)
    # bench/random_floor.sh's pronounceable and secure generators (skipped when missing)
    packages+=(pwgen)
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "passpolicy: the Swift 6 toolchain is needed (swift not found in PATH); see README.md" >&2
    exit 2
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "passpolicy: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
