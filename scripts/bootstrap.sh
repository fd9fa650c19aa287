#!/usr/bin/env bash
# One command for a newcomer on a fresh Debian 12 (and for CI):
#   scripts/bootstrap.sh run    install the dependencies, build, start the designer on the bundled example
#   scripts/bootstrap.sh test   install the dependencies, build with warnings as errors, run every test
# Environment: BUILD_DIR (default build), JOBS (default: number of cores), SKIP_INSTALL=1 to skip apt-get.
set -euo pipefail

mode=${1:-}
case "$mode" in
run | test) ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-"$root/build"}
jobs=${JOBS:-$(nproc)}

# Debian 12 packages: the toolchain, Qt 6.4 (libqt6svg6 draws the SVG icons; qt6-translations-l10n holds Qt's
# own catalogues, qtbase_de for the German window's standard dialogs and buttons), nlohmann/json; hivex for .wfw files; xvfb to run the GUI without a
# display; samba for the tests that load our LDIF into a real Active Directory schema (samba-tool's provision
# needs samba-dsdb-modules and samba-vfs-modules, which --no-install-recommends would otherwise leave out);
# python3 writes the man pages and the bash completion from the --help texts; the packaging tests check the
# package's files with Debian's own tools (desktop-file-validate, appstreamcli, update-mime-database, groff
# and man) and parse the GitHub workflow with python3-yaml; chromium opens the review's HTML report in a real browser
# (tst_reviewbrowser: screenshot and DOM); file is what CPack's .deb generator runs to find the programs
# whose library dependencies it computes (without it `cpack -G DEB` stops: the fresh-machine check found
# this); clang-format-14 checks the sources' format (scripts/format-check.sh).
packages=(
    build-essential cmake ccache pkg-config clang-format-14
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
    libqt6svg6 qt6-translations-l10n nlohmann-json3-dev libhivex-dev
    xvfb xauth chromium
    samba samba-ad-provision samba-dsdb-modules samba-vfs-modules ldb-tools
    python3 python3-yaml desktop-file-utils appstream shared-mime-info groff-base man-db file
)

install_packages() {
    [ "${SKIP_INSTALL:-0}" = 1 ] && return 0
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ccache: hash paths relative to the checkout, so clean clones in other folders reuse the cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true

configure_and_build() {
    local type=$1
    shift
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="$type" "$@"
    cmake --build "$build" -j "$jobs"
}

install_packages

if [ "$mode" = test ]; then
    configure_and_build Debug -DWARNINGS_AS_ERRORS=ON -DBUILD_TESTING=ON -DWITH_GUI_TESTS=ON
    cd "$build"
    # The benchmarks (label "benchmark") are not tests: scripts/bench.sh runs them in a Release build.
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" -LE benchmark
    exit $?
fi

configure_and_build RelWithDebInfo -DBUILD_TESTING=OFF
example="$root/examples/expressroute-http8080.ipsecstore"
gui="$build/bin/ipsecdesigner"
cli="$build/bin/ipsecdesigner-cli"
if [ -x "$gui" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec "$gui" "$example"
fi
echo "No display here (or no GUI built): this is the bundled example as the CLI shows it."
echo "On a desktop, the same command opens it in the designer window. Screenshots: README.md."
echo
"$cli" show "$example"
"$cli" validate "$example"
