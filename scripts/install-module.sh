#!/bin/sh
# Installs pam_passpolicy.so into the system PAM module folder (mode 0644) and the
# pam-auth-update profiles into /usr/share/pam-configs: `passpolicy` (the password rules,
# Default: yes, as libpam-pwquality's, so the next `pam-auth-update --package` enables it) and
# `passpolicy-age` (the age check at login, Default: no). Does not run pam-auth-update: run
#   pam-auth-update --enable passpolicy [passpolicy-age]
# afterwards. Usage: install-module.sh [MODULE] (default: what scripts/build-module.sh built).
# DESTDIR is honoured for packaging.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
module=${1:-${PASSPOLICY_PAM_MODULE:-$root/.build-pam/release/libpam_passpolicy.so}}
if [ ! -f "$module" ]; then
    echo "install-module.sh: $module not found; build it with scripts/build-module.sh" >&2
    exit 1
fi

securedir=$(pkg-config --variable=securedir pam 2>/dev/null || true)
if [ -z "$securedir" ]; then
    multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
    securedir=/lib/$multiarch/security
fi
target="${DESTDIR:-}$securedir"
profiles="${DESTDIR:-}/usr/share/pam-configs"

# Copy next to the target, then rename: a passwd running now keeps the old file mapped,
# and no program ever loads a half-written module.
install -d -m 0755 "$target" "$profiles"
install -m 0644 "$module" "$target/.pam_passpolicy.so.new"
mv -f "$target/.pam_passpolicy.so.new" "$target/pam_passpolicy.so"
for profile in passpolicy passpolicy-age; do
    install -m 0644 "$root/pam/pam-configs/$profile" "$profiles/.$profile.new"
    mv -f "$profiles/.$profile.new" "$profiles/$profile"
done

echo "installed $target/pam_passpolicy.so and $profiles/passpolicy{,-age}"
echo "enable with: pam-auth-update --enable passpolicy (password rules) passpolicy-age (age at login)"
