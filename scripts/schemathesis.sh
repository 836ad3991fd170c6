#!/usr/bin/env bash
# Runs schemathesis (PyPI) against a running passpolicyd: the OpenAPI document it serves
# (URL/v1/openapi.json) drives generated requests, and every response is checked against it.
#
#   scripts/schemathesis.sh URL TOKEN        e.g. scripts/schemathesis.sh http://127.0.0.1:18743 "$(cat admin.token)"
#   scripts/schemathesis.sh URL -            reads the token from standard input
#
# TOKEN should be an admin token (made with `passpolicy token add NAME --role admin`): with a
# weaker one every admin operation only ever answers 403. Run it against a throwaway store:
# it records generated changes and forgets generated users.
#
# Environment: SCHEMATHESIS_MAX_EXAMPLES (30), SCHEMATHESIS_MAX_TIME (seconds for the whole
# run, 120), SCHEMATHESIS_CHECKS (all), SCHEMATHESIS_EXCLUDE_CHECKS (none), SCHEMATHESIS_SEED,
# SCHEMATHESIS_WORKERS (1), SCHEMATHESIS_PHASES (examples,coverage,fuzzing,stateful).
# One worker by default: with two, one worker's generated change for "lee.parry" can land
# between another's DELETE and its GET, a false "deleted resource still available".
# The JUnit report goes to .build/schemathesis-report/. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
    echo "usage: $0 URL TOKEN|-" >&2
    exit 2
fi
url=${1%/}
token=$2
if [ "$token" = - ]; then
    IFS= read -r token
fi
if [ -z "$token" ]; then
    echo "$0: empty token" >&2
    exit 2
fi

version=${SCHEMATHESIS_VERSION:-4.32.5}
venv=.build/schemathesis-venv
if [ ! -x "$venv/bin/schemathesis" ] || [ "$("$venv/bin/schemathesis" --version 2>/dev/null)" != "schemathesis, version $version" ]; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi

args=(
    --url "$url"
    --checks "${SCHEMATHESIS_CHECKS:-all}"
    --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-30}"
    --max-time "${SCHEMATHESIS_MAX_TIME:-120}"
    --workers "${SCHEMATHESIS_WORKERS:-1}"
    --phases "${SCHEMATHESIS_PHASES:-examples,coverage,fuzzing,stateful}"
    --request-timeout 10
    --wait-for-schema 30
    --report junit --report-dir .build/schemathesis-report
    --no-color
)
[ -n "${SCHEMATHESIS_EXCLUDE_CHECKS:-}" ] && args+=(--exclude-checks "$SCHEMATHESIS_EXCLUDE_CHECKS")
[ -n "${SCHEMATHESIS_SEED:-}" ] && args+=(--seed "$SCHEMATHESIS_SEED")

# The token reaches schemathesis through the environment (scripts/schemathesis.toml), not argv.
# A hard bound on top of --max-time, in case a request hangs past every timeout.
PASSPOLICYD_TOKEN=$token exec timeout --kill-after=10 $(( ${SCHEMATHESIS_MAX_TIME:-120} + 120 )) \
    "$venv/bin/schemathesis" --config-file scripts/schemathesis.toml run "${args[@]}" "$url/v1/openapi.json"
