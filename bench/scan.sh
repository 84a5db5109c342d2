#!/usr/bin/env bash
# bench/scan.sh — `fleetctl scan` against nmap in one run, on the fleet lab's /24 (loopback only):
#   silent half:   the lab up with --silent 128-255 (iptables DROP: connects hang, as on a real LAN)
#   all answering: every address answers at once (4 sshds, the rest refuse)
# Both tools run alternately RUNS times per case; the medians and the ratio fleetctl/nmap are printed.
# Targets: silent half <= 0.8x nmap and <= 1 s; all answering <= 1.0x.
# Usage: bench/scan.sh [--runs 5] [--build DIR] [--net 127.0.87] [--dir /tmp/fl-bench-scan]   (root, for the lab)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=5 build=build net=127.0.87 dir=/tmp/fl-bench-scan
while (($#)); do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --net) net=$2; shift 2 ;;
        --dir) dir=$2; shift 2 ;;
        *) echo "usage: $0 [--runs N] [--build DIR] [--net 127.X.Y] [--dir DIR]" >&2; exit 2 ;;
    esac
done
[[ $net =~ ^127\.[0-9]+\.[0-9]+$ ]] || { echo "--net must be a 127.X.Y prefix (loopback only)" >&2; exit 2; }
fleetctl="$root/$build/app/fleetctl/fleetctl"
[[ -x $fleetctl ]] || { echo "build first: scripts/build ($fleetctl missing)" >&2; exit 2; }
command -v nmap >/dev/null || apt-get install -y nmap >/dev/null || { echo "nmap is missing: apt-get install nmap" >&2; exit 2; }
lab="$root/tests/lab/fleetlab"
db=$(mktemp /tmp/fl-bench-scan.XXXXXX.db)
trap '"$lab" down --dir "$dir" >/dev/null 2>&1 || true; rm -f "$db" "$db"-wal "$db"-shm' EXIT
export FLEET_SCAN_LOOPBACK_ONLY=1 # fleetctl refuses anything outside 127.0.0.0/8
range="$net.0/24"

now() { echo "${EPOCHREALTIME/./}"; } # microseconds
ours() { "$fleetctl" --db "$db" scan "$range"; }
theirs() { nmap -sT -p22,7780 -T4 --max-retries 1 -n "$range"; }
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# One case: RUNS alternating runs of each tool; prints "ours_s theirs_s found_ours open_nmap".
measure() {
    local i t0 out ours_t=() theirs_t=() found open
    for ((i = 0; i < runs; i++)); do
        t0=$(now); out=$(ours); ours_t+=($(($(now) - t0)))
        found=$(grep -c 'NOT INSTALLED\|ONLINE' <<<"$out" || true)
        t0=$(now); out=$(theirs); theirs_t+=($(($(now) - t0)))
        open=$(grep -cE '/tcp +open' <<<"$out" || true)
    done
    echo "$(printf '%s\n' "${ours_t[@]}" | median) $(printf '%s\n' "${theirs_t[@]}" | median) $found $open"
}

report() { # label ours_us theirs_us target_ratio [abs_limit_s]
    awk -v l="$1" -v o="$2" -v t="$3" -v r="$4" -v a="${5:-}" 'BEGIN {
        ratio = o / t; ok = ratio <= r && (a == "" || o / 1e6 <= a)
        printf "%-30s %9.3fs %9.3fs %8.2fx %10s %6s\n", l, o / 1e6, t / 1e6, ratio,
               "<=" r "x" (a == "" ? "" : ",<=" a "s"), ok ? "ok" : "MISSED" }'
}

echo "lab with $net.128-255 silent…" >&2
"$lab" up --dir "$dir" --net "$net" --silent 128-255 >/dev/null
read -r o1 t1 f1 p1 < <(measure)
echo "lab with every address answering…" >&2
"$lab" up --dir "$dir" --net "$net" >/dev/null
read -r o2 t2 f2 p2 < <(measure)

printf '\n%-30s %10s %10s %9s %10s %6s\n' "scan $range (median of $runs)" "fleetctl" "nmap" "ratio" "target" ""
report "silent half (128-255 DROP)" "$o1" "$t1" 0.8 1
report "all answering" "$o2" "$t2" 1.0
echo "found: fleetctl $f1 / $f2 nodes; nmap $p1 / $p2 open ports (4 sshds expected, no agents)"
