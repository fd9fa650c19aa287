#!/usr/bin/env bash
# The newcomer's check: does a fresh Debian 12 pass the README's two commands?
#
#   scripts/fresh-check.sh                   run the README's two commands in a new Debian 12 root
#   scripts/fresh-check.sh 'CMD' ['CMD'...]  run these shell commands instead (in the clone, as root)
#
# What it does (docs/testing.md, "The fresh-machine check"):
#   1. debootstrap --variant=minbase bookworm into a new folder, from the mirror in this machine's apt sources;
#   2. copies a clean clone of HEAD into it (committed work only, and no ../shared beside it);
#   3. runs each command there with chroot (/dev bound with --rbind so pseudo-terminals work; /proc and /sys
#      mounted), printing its result and exit code;
#   4. if the README's commands passed and scripts/check-deb.sh exists, builds the .deb and installs it with apt
#      in the same root;
#   5. unmounts and removes the root.
# Needs root and the Debian package debootstrap (installed when missing).
# Environment: FRESH_ROOT_PARENT (default /var/tmp), FRESH_KEEP=1 keeps the root for a look afterwards,
# FRESH_CCACHE_DIR=DIR binds a compiler cache into the root (faster; the packages are still installed from
# nothing, so a missing install step still shows).
set -uo pipefail

root_of_repo=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-check: needs root (debootstrap, chroot, mount)" >&2
    exit 2
fi

if [ $# -gt 0 ]; then
    commands=("$@")
else
    # The README's two commands, exactly as a newcomer types them (README.md, "Quick start").
    mapfile -t commands < <(sed -n '/^## Quick start/,/^## /{/^```sh$/,/^```$/{/^```/d;p}}' "$root_of_repo/README.md")
    if [ ${#commands[@]} -ne 2 ]; then
        echo "fresh-check: expected exactly two commands in README.md's Quick start, found ${#commands[@]}:" >&2
        printf '  %s\n' "${commands[@]}" >&2
        exit 2
    fi
fi

command -v debootstrap > /dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
} || exit 2

# The mirror this machine installs from (deb822 .sources first, then the one-line format).
mirror=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v -- '-security' | head -1)
[ -n "$mirror" ] || mirror=$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -v -- '-security' | head -1)
mirror=${mirror:-http://deb.debian.org/debian}

parent=${FRESH_ROOT_PARENT:-/var/tmp}
target=$(mktemp -d "$parent/fresh-debian12.XXXXXX")
mounted=()

cleanup() {
    local m
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        m=${mounted[i]}
        umount -R "$m" 2> /dev/null || umount -lR "$m" 2> /dev/null
    done
    if [ "${FRESH_KEEP:-0}" = 1 ]; then
        echo "fresh-check: kept the root in $target"
    else
        rm -rf --one-file-system "$target"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM # so that an interrupted check still unmounts and removes its root

bind() { # bind SRC DEST [--rbind]
    mkdir -p "$2"
    mount "${3:---bind}" "$1" "$2" && mounted+=("$2")
    [ "${3:-}" = --rbind ] && mount --make-rslave "$2"
    return 0
}

echo "== fresh-check: debootstrap --variant=minbase bookworm $target $mirror"
if ! debootstrap --variant=minbase bookworm "$target" "$mirror" > "$target.debootstrap.log" 2>&1; then
    tail -20 "$target.debootstrap.log"
    echo "fresh-check: debootstrap failed"
    exit 1
fi
rm -f "$target.debootstrap.log"

# The same package sources as this machine (main, updates, security), nothing preinstalled beyond minbase.
rm -f "$target/etc/apt/sources.list"
cp /etc/apt/sources.list.d/*.sources "$target/etc/apt/sources.list.d/" 2> /dev/null
cp /etc/apt/sources.list "$target/etc/apt/" 2> /dev/null
cp -L /etc/resolv.conf "$target/etc/resolv.conf"

# A clean clone of HEAD: what is committed, nothing else (no build folders, no ../shared beside it).
clone="$target/home/newcomer/ipsec-policy-designer"
mkdir -p "$(dirname "$clone")"
git clone -q --no-hardlinks "$root_of_repo" "$clone" || exit 1
git -C "$clone" checkout -q "$(git -C "$root_of_repo" rev-parse HEAD)" || exit 1
echo "== fresh-check: clone of $(git -C "$clone" log -1 --format='%h %s' | cut -c1-100)"

bind /dev "$target/dev" --rbind
mount -t proc proc "$target/proc" && mounted+=("$target/proc")
mount -t sysfs sysfs "$target/sys" && mounted+=("$target/sys")
if [ -n "${FRESH_CCACHE_DIR:-}" ]; then
    bind "$FRESH_CCACHE_DIR" "$target/root/.cache/ccache"
fi

run_in_root() {
    chroot "$target" /usr/bin/env -i HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 bash -c "cd /home/newcomer/ipsec-policy-designer && $1"
}

status=0
results=()
for c in "${commands[@]}"; do
    echo "== fresh-check: running: $c"
    start=$(date +%s)
    run_in_root "$c" 2>&1 | tee "$target.last.log" | tail -40
    rc=${PIPESTATUS[0]}
    results+=("$(printf 'exit %3d after %4ds: %s' "$rc" $(($(date +%s) - start)) "$c")")
    [ "$rc" -eq 0 ] || status=1
done

if [ $# -eq 0 ] && [ $status -eq 0 ] && [ -x "$clone/scripts/check-deb.sh" ]; then
    c='(cd build && cpack -G DEB > cpack.log) && scripts/check-deb.sh build/ipsec-policy-designer_*.deb'
    echo "== fresh-check: the .deb, installed with apt in the fresh root: $c"
    start=$(date +%s)
    run_in_root "$c" 2>&1 | tail -40
    rc=${PIPESTATUS[0]}
    results+=("$(printf 'exit %3d after %4ds: %s' "$rc" $(($(date +%s) - start)) "$c")")
    [ "$rc" -eq 0 ] || status=1
fi
rm -f "$target.last.log"

echo "== fresh-check: results (Debian $(cat "$target/etc/debian_version"), minbase, clean clone, no ../shared)"
printf '%s\n' "${results[@]}"
if [ $status -eq 0 ]; then
    echo "fresh-check: PASSED"
else
    echo "fresh-check: FAILED"
fi
exit $status
