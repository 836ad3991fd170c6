#!/usr/bin/env bash
# Installs passpolicy on this machine (root): the Debian packages it needs, the CLI in
# /usr/local/bin, pam_passpolicy.so in the PAM module folder with its pam-auth-update profile,
# /etc/security/passpolicy.conf (only when there is none), the compiled word list, and
# passpolicyd with its systemd unit (not started).
# The module is not enabled: run `pam-auth-update --enable passpolicy` for that.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
swift build -c release --product passpolicy -Xswiftc -static-stdlib
install -D -m 0755 .build/release/passpolicy /usr/local/bin/passpolicy
# The policy service: its own binary (Hummingbird and NIO stay out of the CLI), installed with
# its systemd unit but not started.
swift build -c release --product passpolicyd --static-swift-stdlib
module=$(scripts/build-module.sh | tail -n 1)
scripts/install-module.sh "$module"
if [ ! -e /etc/security/passpolicy.conf ]; then
    install -D -m 0644 pam/passpolicy.conf /etc/security/passpolicy.conf
    echo "installed /etc/security/passpolicy.conf"
fi
# The word list's and the history's directory: passpolicy never creates a store's
# directories (a missing one is an unmounted share more often than a new machine).
install -d -m 0755 /var/lib/passpolicy
passpolicy dict build
scripts/install-service.sh .build/release/passpolicyd
