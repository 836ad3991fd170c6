#!/usr/bin/env bash
# Installs passpolicyd as a systemd service (root): the binary given (a release build of the
# passpolicyd product) into /usr/local/bin, the passpolicy system user, and the hardened unit.
# The service is not started: `systemctl enable --now passpolicyd` does that, after
# `passpolicy token add NAME --role …` has made the tokens its clients need.
#
#   scripts/install-service.sh .build/release/passpolicyd
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?usage: $0 PATH-TO-passpolicyd}

install -D -m 0755 "$binary" /usr/local/bin/passpolicyd
install -D -m 0644 pam/passpolicyd.sysusers /usr/lib/sysusers.d/passpolicyd.conf
if command -v systemd-sysusers >/dev/null; then
    systemd-sysusers /usr/lib/sysusers.d/passpolicyd.conf
elif ! getent passwd passpolicy >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/passpolicy --no-create-home \
        --shell /usr/sbin/nologin --comment "passpolicy policy service" passpolicy
fi
install -D -m 0644 pam/passpolicyd.service /etc/systemd/system/passpolicyd.service
# The service opens the SQLite store the PAM module and the CLI write as root: it must own it
# (root still reads and writes it). systemd's StateDirectory= does the same at each start.
install -d -m 0750 -o passpolicy -g passpolicy /var/lib/passpolicy
for f in /var/lib/passpolicy/history.db /var/lib/passpolicy/history.db-wal /var/lib/passpolicy/history.db-shm; do
    [ -e "$f" ] && chown passpolicy:passpolicy "$f"
done
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload
fi
/usr/local/bin/passpolicyd --check-config
echo "installed passpolicyd; start it with: systemctl enable --now passpolicyd"
