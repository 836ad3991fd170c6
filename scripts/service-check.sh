#!/usr/bin/env bash
# Checks passpolicyd against its OpenAPI document: validates the document, starts the built
# passpolicyd (BIN_DIR, default .build/debug) on a free loopback port with a throwaway
# SQLite store, makes an admin token and runs schemathesis against it. Part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN_DIR:-.build/debug}
dict=${PASSPOLICY_TEST_DICT:-.build/test-words.pwdict}

scripts/check-openapi.sh

dir=$(mktemp -d /tmp/passpolicyd-check-XXXXXX)
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$dir/passpolicy.conf" <<CONF
dictpath = $PWD/$dict
store = $dir/history.db
listen = 127.0.0.1:$port
history_checks_per_hour = 0
CONF
token=$("$bin/passpolicy" token add schemathesis --role admin --config "$dir/passpolicy.conf")
"$bin/passpolicyd" --config "$dir/passpolicy.conf" > "$dir/server.log" 2>&1 &
server=$!
cleanup() { status=$?; kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; if [ $status -ne 0 ]; then echo "service-check: the server log and store are kept in $dir" >&2; else rm -rf "$dir"; fi; }
trap cleanup EXIT
for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break
    sleep 0.1
done
# use_after_free (ST301) is left out: in the stateful phase schemathesis may record a user
# again between its DELETE and the GET it then judges ("0" recorded, forgotten, recorded
# again), and calls the new record the old one. The suite tests forget → 404 itself.
printf '%s\n' "$token" | SCHEMATHESIS_EXCLUDE_CHECKS=${SCHEMATHESIS_EXCLUDE_CHECKS:-use_after_free} SCHEMATHESIS_MAX_TIME=${SCHEMATHESIS_MAX_TIME:-60} scripts/schemathesis.sh "http://127.0.0.1:$port" -
# The token must never appear in what the server printed.
if grep -qF "$token" "$dir/server.log"; then
    echo "service-check: the server's output holds the token" >&2
    exit 1
fi
echo "service-check: passpolicyd conforms to its OpenAPI document"
