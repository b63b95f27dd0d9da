#!/usr/bin/env bash
# Run the CI (`.ci/run`, i.e. `make test`) of the committed HEAD on a fresh Debian 13
# (QGIS 3.40) in a chroot, from a Debian 12 machine: the second platform the plugin
# supports. Needs root (debootstrap, chroot, mounts). The chroot is kept in
# build/debian13 so a second run skips the download; `rm -rf build/debian13` starts over.
#
#   sudo scripts/debian13_check.sh        (or: make test-debian13)
set -euo pipefail

repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
root="$repo/build/debian13"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" != 0 ]; then
    echo "debian13_check: run as root (debootstrap and chroot need it)" >&2
    exit 2
fi
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap

if [ ! -x "$root/usr/bin/apt-get" ]; then
    rm -rf "$root"
    mkdir -p "$root"
    debootstrap --variant=minbase trixie "$root" "$mirror"
fi

# The host's name resolution, and its certificate authorities and pip settings
# (a proxy that inspects TLS needs them to reach PyPI).
cp /etc/resolv.conf "$root/etc/resolv.conf"
if [ -d /usr/local/share/ca-certificates ]; then
    cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/pip.conf"

cleanup() {
    for m in proc sys dev; do
        umount -R "$root/$m" 2>/dev/null || umount -l "$root/$m" 2>/dev/null || true
    done
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --rbind /dev "$root/dev"

rm -rf "$root/root/a4b"
git clone -q "$repo" "$root/root/a4b"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 bash -c '
    set -e
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends ca-certificates git make >/dev/null
    update-ca-certificates >/dev/null
    cd /root/a4b
    bash .ci/run
'
