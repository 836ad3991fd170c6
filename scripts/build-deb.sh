#!/usr/bin/env bash
# Builds the Debian package dist/passpolicy_<version>_amd64.deb with dpkg-deb:
#   /usr/bin/passpolicy, /usr/sbin/passpolicyd     release builds, Swift runtime linked in
#   /usr/lib/x86_64-linux-gnu/security/pam_passpolicy.so   (scripts/build-module.sh)
#   /usr/share/pam-configs/passpolicy{,-age}        pam-auth-update profiles
#   /etc/security/passpolicy.conf (conffile), /etc/security/passpolicy.conf.d/
#   /lib/systemd/system/passpolicyd.service, /usr/lib/sysusers.d/passpolicyd.conf
#   man pages (passpolicy man …), bash completion, compiled message catalogs (po/*.po)
# The version is the CLI's (Sources/PassPolicy/Version.swift). Maintainer scripts are in
# packaging/deb. The release builds take several minutes; nothing here needs root
# (dpkg-deb --root-owner-group).
#
#   scripts/build-deb.sh            # prints the path of the package on its last line
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

echo "build-deb.sh: release builds (several minutes)" >&2
swift build -c release --product passpolicy -Xswiftc -static-stdlib >&2
swift build -c release --product passpolicyd --static-swift-stdlib >&2
bin=$(swift build -c release --show-bin-path)
module=$(scripts/build-module.sh | tail -n 1)

version=$("$bin/passpolicy" --version)
case "$version" in
    [0-9]*) ;;
    *) echo "build-deb.sh: unexpected version '$version'" >&2; exit 1 ;;
esac
arch=amd64
multiarch=x86_64-linux-gnu
name="passpolicy_${version}_${arch}"
stage="$root/dist/build/$name"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN"

# Programs: no toolchain needed at run time (checked below with ldd).
install -D -m 0755 "$bin/passpolicy" "$stage/usr/bin/passpolicy"
install -D -m 0755 "$bin/passpolicyd" "$stage/usr/sbin/passpolicyd"
strip --strip-unneeded "$stage/usr/bin/passpolicy" "$stage/usr/sbin/passpolicyd"
install -D -m 0644 "$module" "$stage/usr/lib/$multiarch/security/pam_passpolicy.so"
for f in "$stage/usr/bin/passpolicy" "$stage/usr/sbin/passpolicyd" "$stage/usr/lib/$multiarch/security/pam_passpolicy.so"; do
    if ldd "$f" | grep -E 'libswift|libFoundation|libdispatch|not found' >&2; then
        echo "build-deb.sh: $f needs the Swift toolchain's libraries" >&2
        exit 1
    fi
done

# PAM profiles, config, systemd.
install -D -m 0644 pam/pam-configs/passpolicy "$stage/usr/share/pam-configs/passpolicy"
install -D -m 0644 pam/pam-configs/passpolicy-age "$stage/usr/share/pam-configs/passpolicy-age"
install -D -m 0644 pam/passpolicy.conf "$stage/etc/security/passpolicy.conf"
install -d -m 0755 "$stage/etc/security/passpolicy.conf.d"
sed 's#/usr/local/bin/passpolicyd#/usr/sbin/passpolicyd#g' pam/passpolicyd.service >"$stage/passpolicyd.service"
install -D -m 0644 "$stage/passpolicyd.service" "$stage/lib/systemd/system/passpolicyd.service"
rm "$stage/passpolicyd.service"
install -D -m 0644 pam/passpolicyd.sysusers "$stage/usr/lib/sysusers.d/passpolicyd.conf"

# Manuals (generated from the option table and the commands) and the bash completion.
for page in passpolicy.1 passpolicy.conf.5 pam_passpolicy.8 passpolicyd.8; do
    section=${page##*.}
    install -d "$stage/usr/share/man/man$section"
    "$bin/passpolicy" man "$page" | gzip -9n >"$stage/usr/share/man/man$section/$page.gz"
done
install -d "$stage/usr/share/bash-completion/completions"
"$bin/passpolicy" --generate-completion-script bash >"$stage/usr/share/bash-completion/completions/passpolicy"

# Message catalogs, once po/ exists.
if compgen -G "po/*.po" >/dev/null; then
    for po in po/*.po; do
        lang=$(basename "$po" .po)
        install -d "$stage/usr/share/locale/$lang/LC_MESSAGES"
        msgfmt -o "$stage/usr/share/locale/$lang/LC_MESSAGES/passpolicy.mo" "$po"
    done
fi

install -d "$stage/usr/share/doc/passpolicy"
install -m 0644 README.md "$stage/usr/share/doc/passpolicy/README.md"
gzip -9n "$stage/usr/share/doc/passpolicy/README.md"

# Control files.
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/deb/control.in >"$stage/DEBIAN/control"
install -m 0644 packaging/deb/conffiles "$stage/DEBIAN/conffiles"
for script in postinst prerm postrm; do
    install -m 0755 "packaging/deb/$script" "$stage/DEBIAN/$script"
done
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum >DEBIAN/md5sums)

mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$stage" "dist/$name.deb" >&2
echo "$root/dist/$name.deb"
