#!/usr/bin/env bash
# Starts the release passpolicyd as a default install runs it (the SQLite store, the compiled
# word list, kdf_concurrency = one per core) on a loopback port, makes an admin token, runs
# bench/service-bench.sh against it, and stops it. One change from the defaults:
# history_checks_per_hour = 0, or the history rows would measure the limit's 429s.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/release}
dict=${DICT:-/var/lib/passpolicy/words.pwdict}
[ -r "$dict" ] || dict=$PWD/bench/out/words.pwdict
dir=$(mktemp -d /tmp/passpolicyd-bench-XXXXXX)
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'dictpath = %s\nstore = %s/history.db\nlisten = 127.0.0.1:%s\nhistory_checks_per_hour = 0\n' "$dict" "$dir" "$port" > "$dir/passpolicy.conf"
(umask 077; "$bin/passpolicy" token add bench --role admin --config "$dir/passpolicy.conf" > "$dir/admin.token")
"$bin/passpolicyd" --config "$dir/passpolicy.conf" > "$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.1; done
URL=http://127.0.0.1:$port TOKEN_FILE=$dir/admin.token PID=$server CONFIG=$dir/passpolicy.conf PASSPOLICY=$bin/passpolicy \
    bench/service-bench.sh
