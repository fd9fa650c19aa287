#!/usr/bin/env bash
# The benchmarks of docs/performance.md in one run: builds Release in its own folder, runs the in-process
# QBENCHMARK suites (`ctest -L benchmark`), times the whole-process operations on one generated document
# together with their anchors (Python's json.load of the same file), and prints one table.
#
#   scripts/bench.sh                     # 100,000 filters, 5 runs of each whole-process operation
#   FILTERS=1000000 RUNS=1 SKIP_CTEST=1 scripts/bench.sh
#
# Environment: BUILD_DIR (default build-release), FILTERS (100000), RUNS (5), JOBS (2), SKIP_BUILD=1,
# SKIP_CTEST=1 (only the whole-process table), WORK_DIR (where the documents go; default a temporary folder),
# PYTHON (the anchor's interpreter; default Debian's /usr/bin/python3, so that a python3 earlier on the PATH,
# such as a pyenv build, does not change the anchor: docs/performance.md, How to measure).
# Needs the Debian packages `time` (/usr/bin/time, for the peak memory) and `python3` (the anchor).
# Timings on a shared machine are noisy: compare ratios to the anchor measured in the same run, not
# absolute figures.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-"$root/build-release"}
filters=${FILTERS:-100000}
runs=${RUNS:-5}
jobs=${JOBS:-2}

python=${PYTHON:-/usr/bin/python3}
for tool in /usr/bin/time "$python"; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing (apt-get install time python3)" >&2; exit 2; }
done

if [ -z "${SKIP_BUILD:-}" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON -DWITH_GUI_TESTS=ON \
        -DWITH_BENCHMARKS=ON >/dev/null
    mapfile -t benchmarks < <(cd "$build" && ctest -N -L benchmark | sed -n 's/^ *Test *#[0-9]*: *//p')
    cmake --build "$build" -j "$jobs" --target ipsecdesigner-cli ipsecdesigner "${benchmarks[@]}"
fi
cli="$build/bin/ipsecdesigner-cli"
gui="$build/bin/ipsecdesigner"

work=${WORK_DIR:-$(mktemp -d)}
[ -n "${WORK_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
results="$work/results.tsv"
: >"$results"

# measure LABEL SIZE COMMAND...: RUNS runs; appends "label, size, median ms, median peak MiB" to the results.
measure() {
    local label=$1 size=$2
    shift 2
    local times=() peaks=()
    for _ in $(seq "$runs"); do
        local start=$EPOCHREALTIME
        /usr/bin/time -f %M -o "$work/time.out" "$@" >/dev/null 2>"$work/stderr.out" ||
            { echo "bench.sh: failed: $*" >&2; cat "$work/stderr.out" >&2; exit 1; }
        local end=$EPOCHREALTIME
        times+=("$(python3 -c "print(round(($end - $start) * 1000))")")
        peaks+=("$(tail -n 1 "$work/time.out")")
    done
    python3 - "$label" "$size" "${times[*]}" "${peaks[*]}" >>"$results" <<'EOF'
import statistics, sys
label, size, times, peaks = sys.argv[1:5]
t = statistics.median(int(x) for x in times.split())
p = statistics.median(int(x) for x in peaks.split()) / 1024
print(f"{label}\t{size}\t{t:.0f}\t{p:.0f}\twhole process")
EOF
}

doc="$work/generated.ipsecstore"
"$cli" generate --filters "$filters" -o "$doc" >/dev/null
size=$(printf "%'d filters" "$filters")
mb() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.0f} MB')" "$1"; }

measure "anchor: python3 json.load ($(mb "$doc"))" "$size" \
    "$python" -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$doc"
measure "validate (load + validate)" "$size" "$cli" validate "$doc"
measure "export --to json (load + save)" "$size" "$cli" export --to json "$doc" -o "$work/resaved.ipsecstore"
measure "export --to netsh" "$size" "$cli" export --to netsh "$doc" -o "$work/policy.cmd"
measure "import --from netsh ($(mb "$work/policy.cmd"))" "$size" \
    "$cli" import --from netsh "$work/policy.cmd" -o "$work/from-netsh.ipsecstore"
measure "export --to ldif" "$size" "$cli" export --to ldif "$doc" -o "$work/policy.ldf" --domain example.com
measure "import --from ldif ($(mb "$work/policy.ldf"))" "$size" \
    "$cli" import --from ldif "$work/policy.ldf" -o "$work/from-ldif.ipsecstore"
measure "export --to reg" "$size" "$cli" export --to reg "$doc" -o "$work/policy.reg"
measure "import --from reg ($(mb "$work/policy.reg"))" "$size" \
    "$cli" import --from reg "$work/policy.reg" -o "$work/from-reg.ipsecstore"
if [ -x "$gui" ]; then
    export QT_QPA_PLATFORM=offscreen
    measure "window: empty start (--screenshot)" "-" "$gui" --screenshot "$work/empty.png"
    measure "window: open the document (--screenshot)" "$size" "$gui" --screenshot "$work/open.png" "$doc"
fi

if [ -z "${SKIP_CTEST:-}" ]; then
    (cd "$build" && ctest -L benchmark -V) >"$work/ctest.log" 2>&1 ||
        { tail -n 50 "$work/ctest.log" >&2; echo "bench.sh: a benchmark failed" >&2; exit 1; }
    # QBENCHMARK prints: RESULT : Class::function():"row": and on the next line "N msecs per iteration".
    python3 - "$work/ctest.log" >>"$results" <<'EOF'
import re, sys
pending = None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = re.sub(r"^\d+: ", "", line.rstrip("\n"))
    m = re.match(r'RESULT : (\w+)::(\w+)\(\):(?:"(.*)":)?', line)
    if m:
        pending = m
        continue
    m2 = re.match(r"\s+([\d.,]+) msecs per iteration", line)
    if pending and m2:
        cls, fn, row = pending.groups()
        print(f"{cls}::{fn}\t{row or '-'}\t{float(m2.group(1).replace(',', '')):.0f}\t-\tin process")
    pending = None
EOF
fi

python3 - "$results" <<'EOF'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
anchor = next((float(r[2]) for r in rows if r[0].startswith("anchor: python3")), None)
empty = next((float(r[2]) for r in rows if r[0].startswith("window: empty")), None)
print("| Operation | Size | Median ms | Peak MiB | x json.load | Kind |")
print("|---|---|---|---|---|---|")
for label, size, ms, peak, kind in rows:
    value = float(ms)
    if label.startswith("window: open") and empty is not None:
        label += f" (beyond the empty start: {value - empty:.0f} ms)"
        value -= empty
    ratio = f"{value / anchor:.2f}" if anchor and kind == "whole process" else ""
    print(f"| {label} | {size} | {ms} | {peak} | {ratio} | {kind} |")
EOF
