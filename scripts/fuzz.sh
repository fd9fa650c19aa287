#!/usr/bin/env bash
# Fuzzing (docs/robustness.md):
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [fuzz_TARGET...]
# Builds the libFuzzer targets of tests/fuzz with clang-14, ASan and UBSan in their own build folder, makes
# the seed corpora, and runs each target (all of them, or the ones named) for SECONDS_PER_TARGET (default 60),
# one after the other. Exits 1 when any target crashed, leaked, hung or failed a check; the input that did it
# is kept in $FUZZ_BUILD_DIR/artifacts/ and the log in $FUZZ_BUILD_DIR/logs/.
#
# Seeds: the real samples of ../shared/testdata, read in place (symbolic links, never copies), and the
# round-trip exports of every template by the CLI built here. The corpus libFuzzer grows stays in
# $FUZZ_BUILD_DIR/corpus/ and is reused by the next run.
# Environment: FUZZ_BUILD_DIR (default build-fuzz), JOBS (default 2), SKIP_INSTALL=1 to skip apt-get,
# IPSEC_CLI (the CLI that makes the round-trip seeds; default build/bin/ipsecdesigner-cli, else built here),
# FUZZ_ARGS (more libFuzzer flags, e.g. "-runs=1000000" to stop after a number of executions),
# FUZZ_NICE (default 10: the fuzzers yield to interactive work).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-"$root/build-fuzz"}
jobs=${JOBS:-2}
seconds=${1:-60}
[ $# -gt 0 ] && shift
testdata="$root/../shared/testdata"
fuzzdir="$root/tests/fuzz"

all_targets=(fuzz_json fuzz_netsh fuzz_ldif fuzz_reg
    fuzz_blob_policy fuzz_blob_isakmp fuzz_blob_nfa fuzz_blob_negotiationpolicy fuzz_blob_filter
    fuzz_registry_pol fuzz_wfas_rule fuzz_wfw fuzz_gpo_backup)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

# clang and Debian's libFuzzer runtime; the model's own dependencies come from scripts/bootstrap.sh's list.
packages=(clang-14 libclang-rt-14-dev cmake ccache pkg-config qt6-base-dev qt6-tools-dev nlohmann-json3-dev
    libhivex-dev)
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        sudo=()
        [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        echo "Installing: ${missing[*]}"
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
fi

# Only the model libraries and the fuzzers (and the CLI for the round-trip seeds when the normal build has none,
# IPSEC_CLI naming it): no window, no tests.
# -O1 with assertions on (Debug): Q_ASSERT catches out-of-range indexes that ASan cannot see.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
mkdir -p "$build"
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DWITH_FUZZING=ON -DBUILD_TESTING=OFF -DWITH_GUI=OFF -DWITH_BENCHMARKS=OFF >"$build/configure.log" 2>&1 ||
    {
        cat "$build/configure.log"
        exit 1
    }

cli=${IPSEC_CLI:-"$root/build/bin/ipsecdesigner-cli"}
[ -x "$cli" ] || cli="$build/bin/ipsecdesigner-cli"
build_targets=(fuzzers)
[ "$cli" = "$build/bin/ipsecdesigner-cli" ] && build_targets+=(ipsecdesigner-cli)
cmake --build "$build" -j "$jobs" --target "${build_targets[@]}"

# ---- Seeds ----------------------------------------------------------------------------------------------
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
link_seeds() { # link_seeds TARGET FILE...: the real samples, in place
    mkdir -p "$seeds/$1"
    local target=$1
    shift
    local f name
    for f in "$@"; do
        name=${f#"$testdata"/}
        [ -f "$f" ] && ln -sf "$(realpath "$f")" "$seeds/$target/${name//\//_}"
    done
    return 0
}
if [ -d "$testdata" ]; then
    link_seeds fuzz_netsh "$testdata"/netsh/* "$testdata"/consec/*
    for kind in policy isakmp nfa negpol filter; do
        target=fuzz_blob_$kind
        [ $kind = negpol ] && target=fuzz_blob_negotiationpolicy
        link_seeds $target "$testdata"/ipsecData/vpnease_${kind}_*.bin
    done
    mapfile -t pols < <(find "$testdata" -name registry.pol)
    link_seeds fuzz_registry_pol "${pols[@]}"
    link_seeds fuzz_wfw "$testdata"/gpfas/luthfina16-firewall/firewall.wfw
else
    echo "note: $testdata is absent; the fuzzers start from the round-trip seeds only"
fi
link_seeds fuzz_json "$root"/examples/*.ipsecstore

# Round trips: every template exported to every format the fuzzers read.
exports="$build/seed-exports"
rm -rf "$exports"
# The blob folders too: without ../shared/testdata no real sample has made them, and the LDIF split below
# writes into them (a clone with no testdata beside it stopped here).
mkdir -p "$exports" "$seeds"/{fuzz_json,fuzz_netsh,fuzz_ldif,fuzz_reg,fuzz_registry_pol,fuzz_gpo_backup} \
    "$seeds"/fuzz_blob_{policy,isakmp,nfa,negotiationpolicy,filter}
# (A template a format cannot carry is left out: the exporter has said why on stderr.)
for template in $("$cli" new --list-templates | awk '/^[^ ]/ {print $1}'); do
    doc="$seeds/fuzz_json/$template.ipsecstore"
    "$cli" new --template "$template" -o "$doc" >/dev/null
    "$cli" export --to netsh "$doc" -o "$seeds/fuzz_netsh/$template.cmd" >/dev/null || true
    "$cli" export --to ldif "$doc" -o "$seeds/fuzz_ldif/$template.ldf" --domain fuzz.example >/dev/null || true
    "$cli" export --to reg "$doc" -o "$seeds/fuzz_reg/$template.reg" >/dev/null || true
    "$cli" export --to registry-pol "$doc" -o "$seeds/fuzz_registry_pol/$template.pol" >/dev/null || true
    "$cli" export --to gpo-backup "$doc" -o "$exports/$template" --domain fuzz.example --gpo-name "$template" \
        >/dev/null || true
done

# The blobs of the LDIF exports, one file per object, by the object's class.
for ldif in "$seeds"/fuzz_ldif/*.ldf; do
    [ -f "$ldif" ] || continue
    # Unfold (RFC 2849: a continuation line starts with one space), then per record: class and ipsecData.
    awk -v out="$seeds" -v name="$(basename "$ldif" .ldf)" '
        function flush() {
            if (data != "" && target != "") { n++; print data > (out "/" target "/" name "_" n ".b64"); close(out "/" target "/" name "_" n ".b64") }
            data = ""; target = ""
        }
        /^ / { line = line substr($0, 2); next }
        { if (NR > 1) handle(line); line = $0 }
        END { handle(line); flush() }
        function handle(l) {
            if (l == "") { flush(); return }
            if (l ~ /^objectClass: ipsecPolicy$/) target = "fuzz_blob_policy"
            if (l ~ /^objectClass: ipsecISAKMPPolicy$/) target = "fuzz_blob_isakmp"
            if (l ~ /^objectClass: ipsecNFA$/) target = "fuzz_blob_nfa"
            if (l ~ /^objectClass: ipsecNegotiationPolicy$/) target = "fuzz_blob_negotiationpolicy"
            if (l ~ /^objectClass: ipsecFilter$/) target = "fuzz_blob_filter"
            if (l ~ /^ipsecData:: /) data = substr(l, 13)
        }' "$ldif"
done
for b64 in "$seeds"/fuzz_blob_*/*.b64; do
    [ -f "$b64" ] || continue
    base64 -d "$b64" >"${b64%.b64}.bin" && rm "$b64"
done

# A GPO backup is one input: its files joined by the separator fuzz_gpo_backup.cpp splits on, in its order.
separator=$'\n<!--fuzz-next-file-->\n'
join_backup() { # join_backup BACKUP_FOLDER OUT: the root's manifest.xml last, when there is one
    local folder=$1 out=$2 f
    : >"$out"
    for f in "$folder"/Backup.xml "$folder"/bkupInfo.xml "$folder"/gpreport.xml \
        "$folder"/DomainSysvol/GPO/Machine/registry.pol "$(dirname "$folder")"/manifest.xml; do
        [ -s "$out" ] && printf '%s' "$separator" >>"$out"
        [ -f "$f" ] && cat "$f" >>"$out"
    done
    return 0
}
n=0
while IFS= read -r info; do
    n=$((n + 1))
    join_backup "$(dirname "$info")" "$seeds/fuzz_gpo_backup/backup_$n"
done < <(find "$exports" "$testdata" -name bkupInfo.xml 2>/dev/null)

# The rule strings of the real registry.pol and .wfw files, from their dumps. The first byte picks the rule
# kind (0 connection security, 1 main mode, 2 firewall): firewall rules allow or block, the others secure.
mkdir -p "$seeds/fuzz_wfas_rule"
n=0
while IFS= read -r rule; do
    n=$((n + 1))
    case "$rule" in
    *\|Action=Allow\|* | *\|Action=Block\|*) kinds="2" ;;
    *) kinds="0 1" ;;
    esac
    for kind in $kinds; do
        # shellcheck disable=SC2059 # the format is the kind byte
        printf "\\x0$kind%s" "${rule:1:${#rule}-2}" >"$seeds/fuzz_wfas_rule/rule_${n}_$kind"
    done
done < <(cat "$testdata"/gpfas/dumps/*.txt 2>/dev/null | grep -a -o "'v2\.[^']*'$")

# ---- Runs -----------------------------------------------------------------------------------------------
mkdir -p "$build/corpus" "$build/artifacts" "$build/logs"
failed=()
printf '%-30s %12s %8s %8s %8s %8s  %s\n' target executions seconds cov ft corpus result
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus" "$seeds/$target"
    dict=()
    [ -f "$fuzzdir/dictionaries/$target.dict" ] && dict=(-dict="$fuzzdir/dictionaries/$target.dict")
    log="$build/logs/$target.log"
    start=$(date +%s)
    status=ok
    # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
    nice -n "${FUZZ_NICE:-10}" "$build/bin/$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" "${dict[@]}" \
        ${FUZZ_ARGS:-} "$corpus" "$seeds/$target" >"$log" 2>&1 || status=FAILED
    elapsed=$(($(date +%s) - start))
    last=$(grep -a -E '^#[0-9]+' "$log" | tail -1 || true)
    executions=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    printf '%-30s %12s %8s %8s %8s %8s  %s\n' "$target" "$executions" "$elapsed" "${cov:-?}" "${ft:-?}" \
        "$(find "$corpus" -type f | wc -l)" "$status"
    if [ $status != ok ]; then
        failed+=("$target")
        grep -a -E 'ERROR|SUMMARY|fuzz check failed|runtime error' "$log" | head -5 || true
        echo "    log: $log"
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED: ${failed[*]} (inputs in $build/artifacts/)"
    exit 1
fi
echo "every fuzz target ran clean"
