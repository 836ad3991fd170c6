#!/usr/bin/env bash
# Tests the Debian package as an admin would use it, without touching this machine:
#   1. dpkg-deb -c / -e: every file, the conffile, pam-auth-update in the maintainer scripts;
#   2. in a throwaway copy of this system (an overlay of / in a private mount namespace,
#      entered with chroot; everything written vanishes with it): apt install ./DEB, which
#      compiles the word list and enables the module through pam-auth-update; chpasswd with
#      a weak password (one short refusal) and a strong one; the real passwd under a
#      pseudo-terminal (a weak password refused before the retype, a strong one accepted);
#      apt remove (/etc/pam.d as before) and apt purge (/var/lib/passpolicy gone).
# Needs root, and the package's dependencies already installed here (scripts/install-deps.sh):
# apt then has nothing to download.
#
#   scripts/test-deb.sh [dist/passpolicy_VERSION_amd64.deb]     (default: the newest in dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls -t dist/passpolicy_*_amd64.deb 2>/dev/null | head -n 1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "test-deb.sh: no package; run scripts/build-deb.sh" >&2; exit 2; }
deb=$(readlink -f "$deb")
failures=0
check() {  # check DESCRIPTION COMMAND…
    local what=$1; shift
    if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}

# 1. Contents and control files.
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/passpolicy ./usr/sbin/passpolicyd ./usr/lib/x86_64-linux-gnu/security/pam_passpolicy.so \
         ./usr/share/pam-configs/passpolicy ./usr/share/pam-configs/passpolicy-age ./etc/security/passpolicy.conf \
         ./etc/security/passpolicy.conf.d/ ./lib/systemd/system/passpolicyd.service ./usr/lib/sysusers.d/passpolicyd.conf \
         ./usr/share/man/man1/passpolicy.1.gz ./usr/share/man/man5/passpolicy.conf.5.gz \
         ./usr/share/man/man8/pam_passpolicy.8.gz ./usr/share/man/man8/passpolicyd.8.gz \
         ./usr/share/bash-completion/completions/passpolicy; do
    check "package holds $f" grep -qF " $f" <<<"$contents"
done
control=$(mktemp -d)
trap 'rm -rf "$control"' EXIT
dpkg-deb -e "$deb" "$control"
check "conffile /etc/security/passpolicy.conf" grep -qx /etc/security/passpolicy.conf "$control/conffiles"
check "postinst runs pam-auth-update --package" grep -q 'pam-auth-update --package$' "$control/postinst"
check "postinst compiles the word list" grep -q 'passpolicy dict build' "$control/postinst"
check "prerm removes the profiles" grep -q 'pam-auth-update --package --remove passpolicy' "$control/prerm"
check "postrm purge removes /var/lib/passpolicy" grep -q 'rm -rf /var/lib/passpolicy' "$control/postrm"
check "Depends names libpam0g" grep -q '^Depends:.*libpam0g' "$control/control"

# 2. Install, use and remove it in a throwaway copy of this system.
if [ "$(id -u)" != 0 ]; then
    echo "test-deb.sh: not root: the install test is skipped"
else
    work=$(mktemp -d /tmp/passpolicy-deb-XXXXXX)
    mkdir -p "$work/upper" "$work/work" "$work/root"
    cp "$deb" "$work/passpolicy.deb"
    cp scripts/deb_passwd.py "$work/deb_passwd.py"
    set +e
    unshare --mount --propagation private /bin/sh -s "$work" <<'INNER' >"$work/log" 2>&1
set -e
w=$1
r=$w/root
mount -t overlay passpolicy-deb -o lowerdir=/,upperdir=$w/upper,workdir=$w/work "$r"
mount --bind /proc "$r/proc"
mount --rbind /dev "$r/dev"
mount --bind /sys "$r/sys"
mount -t tmpfs tmpfs "$r/run"
mount -t tmpfs tmpfs "$r/tmp"
cp "$w/passpolicy.deb" "$w/deb_passwd.py" "$r/tmp/"
chroot "$r" /bin/sh -s <<'CHROOT'
set -e
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
# This copy must start without passpolicy (a developer's scripts/install.sh may have run).
rm -f /usr/share/pam-configs/passpolicy /usr/share/pam-configs/passpolicy-age
pam-auth-update --package >/dev/null
cp -a /etc/pam.d /tmp/pam.d.before
apt-get install -y /tmp/passpolicy.deb >/tmp/apt-install.log 2>&1 || { cat /tmp/apt-install.log; exit 1; }
echo "installed: $(dpkg-query -W -f='${Version}' passpolicy)"
grep -q pam_passpolicy.so /etc/pam.d/common-password && echo "enabled: common-password"
[ -s /var/lib/passpolicy/words.pwdict ] && echo "word list: built"
passpolicy --version
man -w passpolicy.conf >/dev/null 2>&1 && echo "man: passpolicy.conf(5) found"
useradd -m -c "Ada Lovelace" ppdeb
if printf 'ppdeb:lovelace42\n' | chpasswd 2>/tmp/chpasswd.err; then echo "chpasswd weak: ACCEPTED"; else echo "chpasswd weak: refused"; fi
echo "chpasswd weak stderr lines: $(grep -c 'BAD PASSWORD' /tmp/chpasswd.err)"
printf 'ppdeb:Vq7#mLp2zR-keb4\n' | chpasswd && echo "chpasswd strong: accepted"
python3 /tmp/deb_passwd.py ppdeb 'Vq7#mLp2zR-keb4' lovelace42 'Tx4!hRb9-wQz5+'
passpolicy history --user ppdeb | grep -q . && echo "history: recorded"
apt-get remove -y passpolicy >/tmp/apt-remove.log 2>&1 || { cat /tmp/apt-remove.log; exit 1; }
if diff -r /tmp/pam.d.before /etc/pam.d >/tmp/pam.diff; then echo "removed: /etc/pam.d as before"; else cat /tmp/pam.diff; fi
[ -e /etc/security/passpolicy.conf ] && echo "removed: conffile kept until purge"
apt-get purge -y passpolicy >/tmp/apt-purge.log 2>&1 || { cat /tmp/apt-purge.log; exit 1; }
[ ! -e /var/lib/passpolicy ] && echo "purged: /var/lib/passpolicy gone"
[ ! -e /etc/security/passpolicy.conf ] && echo "purged: conffile gone"
CHROOT
INNER
    status=$?
    set -e
    cat "$work/log"
    log=$(cat "$work/log")
    check "the install script ran to its end (status $status)" test "$status" = 0
    check "apt install enables the module in common-password" grep -q "enabled: common-password" <<<"$log"
    check "postinst built the word list" grep -q "word list: built" <<<"$log"
    check "man finds passpolicy.conf(5)" grep -q "man: passpolicy.conf(5) found" <<<"$log"
    check "chpasswd refuses a weak password" grep -q "chpasswd weak: refused" <<<"$log"
    check "chpasswd shows one short refusal" grep -q "chpasswd weak stderr lines: 1$" <<<"$log"
    check "chpasswd accepts a strong password" grep -q "chpasswd strong: accepted" <<<"$log"
    check "passwd: BAD PASSWORD before any retype" grep -q "passwd weak: refused before retype" <<<"$log"
    check "passwd: a strong password is changed" grep -q "passwd strong: changed" <<<"$log"
    check "the change is in the history" grep -q "history: recorded" <<<"$log"
    check "apt remove restores /etc/pam.d" grep -q "removed: /etc/pam.d as before" <<<"$log"
    check "apt purge removes /var/lib/passpolicy" grep -q "purged: /var/lib/passpolicy gone" <<<"$log"
    rm -rf "$work"
fi
echo "test-deb.sh: $failures failed"
[ "$failures" = 0 ]
