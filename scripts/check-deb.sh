#!/usr/bin/env bash
# Installs the built .deb on this machine with apt (dependencies resolved as a user's apt would) and checks
# that it works as installed: the programs run, the backend plugin is found, the window renders, and the
# desktop, MIME, AppStream, icon, man page and completion files are where Debian expects them.
#   scripts/check-deb.sh build/ipsec-policy-designer_0.1.0_amd64.deb
# Needs root (or sudo). Exits non-zero on the first failure, naming it. The package stays installed.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 PACKAGE.deb" >&2
    exit 2
fi
deb=$(realpath "$1")
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "check-deb: FAILED: $*" >&2
    exit 1
}
step() { echo "== $*"; }

step "apt-get install $deb"
# apt reads a local file given with a path; the _apt sandbox user must be able to read it.
cp "$deb" "$work/" && chmod a+r "$work" "$work/$(basename "$deb")"
# --reinstall: a package of the same version already installed is replaced by this build.
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --reinstall "$work/$(basename "$deb")" ||
    fail "apt-get install"
package=$(dpkg-deb -f "$deb" Package)
dpkg-query -W -f='${Status}\n' "$package" | grep -q "install ok installed" || fail "$package is not installed"

step "the metadata a package browser shows"
for field in Maintainer Homepage Description Depends Section; do
    [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "the package has no $field field"
done
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -ge 2 ] || fail "the package has no extended description"

# Minimal images (Docker's debian:12) tell dpkg not to unpack documentation and man pages: such a file is
# checked in the package instead of on disk.
excluded_by_dpkg() {
    local pattern
    for pattern in $(sed -n 's/^path-exclude[= ]//p' /etc/dpkg/dpkg.cfg.d/* 2> /dev/null); do
        # shellcheck disable=SC2053 # the pattern is a glob
        [[ $1 == $pattern ]] && return 0
    done
    return 1
}
in_package() { dpkg-deb -c "$deb" | awk '{print $NF}' | grep -qx ".$1"; }

step "the files, where Debian expects them"
expect=(
    /usr/bin/ipsecdesigner
    /usr/bin/ipsecdesigner-cli
    /usr/share/applications/org.ipsecpolicydesigner.ipsecdesigner.desktop
    /usr/share/metainfo/org.ipsecpolicydesigner.ipsecdesigner.metainfo.xml
    /usr/share/mime/packages/ipsecdesigner.xml
    /usr/share/icons/hicolor/scalable/apps/ipsecdesigner.svg
    /usr/share/icons/hicolor/48x48/apps/ipsecdesigner.png
    /usr/share/icons/hicolor/256x256/apps/ipsecdesigner.png
    /usr/share/man/man1/ipsecdesigner-cli.1.gz
    /usr/share/man/man1/ipsecdesigner.1.gz
    /usr/share/bash-completion/completions/ipsecdesigner-cli
    /usr/share/doc/"$package"/examples/expressroute-http8080.ipsecstore
)
for f in "${expect[@]}"; do
    if excluded_by_dpkg "$f"; then
        in_package "$f" || fail "$f is not in the package"
        echo "$f: in the package (this system's dpkg leaves it out)"
        continue
    fi
    [ -s "$f" ] || fail "$f is missing or empty"
    dpkg -S "$f" > /dev/null 2>&1 || fail "$f is not owned by the package"
done
ls /usr/lib/ipsecdesigner/backends/*windowsnetsh* > /dev/null 2>&1 || fail "no backend plugin installed"

step "ipsecdesigner-cli as installed"
cd "$work"
ipsecdesigner-cli --version | grep -qx "ipsecdesigner-cli $(dpkg-deb -f "$deb" Version)" ||
    fail "ipsecdesigner-cli --version does not print the package's version"
ipsecdesigner-cli new --template expressroute-http8080 -o x.ipsecstore || fail "ipsecdesigner-cli new"
ipsecdesigner-cli validate x.ipsecstore || fail "ipsecdesigner-cli validate"
example="/usr/share/doc/$package/examples/expressroute-http8080.ipsecstore"
if [ -f "$example" ]; then
    ipsecdesigner-cli validate "$example" || fail "the installed example does not validate"
fi
ipsecdesigner-cli backends > backends.txt || fail "ipsecdesigner-cli backends"
grep -q "windows-netsh" backends.txt || fail "the windows-netsh plugin is not found beside the installed program"

step "the man page and the completion"
if command -v man > /dev/null && ! excluded_by_dpkg /usr/share/man/man1/ipsecdesigner-cli.1.gz; then
    MANWIDTH=80 man --warnings -P cat ipsecdesigner-cli > man.txt 2> man.err || fail "man ipsecdesigner-cli"
    [ ! -s man.err ] || fail "man ipsecdesigner-cli warns: $(cat man.err)"
    grep -q "validate" man.txt || fail "the man page does not describe the validate command"
fi
bash -c 'source /usr/share/bash-completion/completions/ipsecdesigner-cli
         COMP_WORDS=(ipsecdesigner-cli val); COMP_CWORD=1; _ipsecdesigner_cli
         [ "${COMPREPLY[*]}" = validate ]' || fail "the bash completion does not complete 'val' to validate"

step "the desktop files are valid and known to the desktop databases"
if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate /usr/share/applications/org.ipsecpolicydesigner.ipsecdesigner.desktop ||
        fail "desktop-file-validate"
fi
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/org.ipsecpolicydesigner.ipsecdesigner.metainfo.xml ||
        fail "appstreamcli validate"
fi
if [ -f /usr/share/mime/mime.cache ] && command -v update-mime-database > /dev/null; then
    # shared-mime-info's trigger has run: the type is in the installed database.
    grep -q "application/x-ipsecstore" /usr/share/mime/types || fail "application/x-ipsecstore is not registered"
fi

step "ipsecdesigner --screenshot"
QT_QPA_PLATFORM=offscreen ipsecdesigner --screenshot shot.png x.ipsecstore || fail "ipsecdesigner --screenshot"
[ -s shot.png ] || fail "the screenshot is empty"
[ "$(head -c 4 shot.png | tail -c 3)" = PNG ] || fail "the screenshot is not a PNG"

echo "check-deb: $package $(dpkg-deb -f "$deb" Version) installs and works"
