#!/usr/bin/env bash
# Installs what the tests need and runs the whole test suite (as root: the PAM tests drive
# the real setuid passwd for a throwaway user, and PostgreSQL is started by the tests).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The PAM tests load the module the way passwd does: built with the Swift runtime linked in.
scripts/build-module.sh
swift build --build-tests
# The message catalogs, compiled with msgfmt --check into .build/locale for the tests.
scripts/build-locale.sh >/dev/null
# The real Debian word lists, compiled once for the tests that need the dictionary rule.
.build/debug/passpolicy dict build --output .build/test-words.pwdict >/dev/null
# Coverage-guided fuzzing, briefly: every target for 30 s from its seeds (FUZZING.md).
scripts/fuzz.sh 30
# passpolicyd against its OpenAPI document, with schemathesis (PyPI).
scripts/service-check.sh
# Last, so that the suite's summary closes the run.
swift test --skip-build
