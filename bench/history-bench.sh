#!/bin/sh
# Times one password-history check and one record for a person with 100 entries across 5
# systems, against an SQLite file and a PostgreSQL 15 server this script starts on a
# temporary directory and a free port (as user postgres when run as root) and stops again.
#
#     bench/history-bench.sh [entries=100] [systems=5] [rounds=15]
set -eu
cd "$(dirname "$0")/.."
ENTRIES=${1:-100}
SYSTEMS=${2:-5}
ROUNDS=${3:-15}
PGBIN=/usr/lib/postgresql/15/bin

swift build -c release --product history-bench >/dev/null
BENCH=$(swift build -c release --show-bin-path)/history-bench

WORK=$(mktemp -d /tmp/passpolicy-bench-XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() {
    as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
as_pg "$PGBIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-instructions >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
    -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" start >/dev/null

mkdir -p "$WORK/sqlite"
"$BENCH" "$WORK/sqlite/history.db" "$ENTRIES" "$SYSTEMS" "$ROUNDS"
"$BENCH" "postgresql://postgres@127.0.0.1:$PORT/postgres" "$ENTRIES" "$SYSTEMS" "$ROUNDS"
