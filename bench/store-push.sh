#!/usr/bin/env bash
# bench/store-push.sh — `fleetctl push IMAGE NODE… --from S3` to 8 lab nodes behind a 100 Mbit/s workstation
# uplink (issue 12 "Speed"), against what an admin types instead, in one run; medians of --runs runs:
#   direct(8)  fleetctl push IMG n1..n8 --from S3 --via direct --parallel 8   (each node downloads from S3)
#   relay(8)   fleetctl push IMG n1..n8 --from S3 --via relay  --parallel 8   (S3 → workstation → SSH → node)
#   baseline   for n in n1..n8; do docker save IMG | ssh n docker load; done (workstation engine, one by one)
#   direct(1)  fleetctl push IMG n1 --from S3 --via direct                    (the reference for the target)
# Target: direct(8) <= 2 x direct(1). Every measurement starts with the image removed from all 8 nodes, and after
# direct(8) and relay(8) every node must hold the workstation's image ID. A failed push exits 1.
#
# What is shaped, and why that models "the workstation's uplink is 100 Mbit/s, the S3 service is not behind it":
# every lab process runs on this host, and on this machine a process connecting to any 127.0.83.x address gets
# lo's primary address 127.0.0.1 as its source (checked with `ss -tnp` during pushes: fleetctl 127.0.0.1:P ->
# 127.0.83.11:22, a node's curl 127.0.0.1:P -> 127.0.83.250:9000). One HTB class at 100 Mbit/s on lo's egress takes
# every packet whose DESTINATION is one of the node addresses 127.0.83.11-18 (one u32 `match ip dst …/32` filter
# per node, all into the same class, so the 8 nodes share the 100 Mbit/s). That is exactly what the workstation
# sends to the nodes' sshd: the archive stream of relay and of the baseline, and the few KB of commands of direct.
# Not shaped (HTB default 0 = unclassified traffic passes at loopback speed):
#   - S3 -> node: the object flows from 127.0.83.250:9000 to the node's curl at 127.0.0.1, destination 127.0.0.1;
#   - S3 -> workstation (relay reads the object): same, destination 127.0.0.1;
#   - node -> workstation (sshd replies, load output): destination 127.0.0.1.
# So the S3 service and the nodes' downlinks are not behind the workstation's uplink, as in a site where the
# nodes reach the object store without passing through the admin's machine. The script prints the bytes the
# shaper saw per measurement (≈ 8 × the archive for relay and the baseline, a few KB for direct) and warns
# if that does not hold. Limits of the model: on loopback the nodes' downlinks are unlimited and all 8 docker
# loads, curls and sha256 checks share this machine's cores, so direct(8) measures CPU more than network.
#
# Usage: bench/store-push.sh [--mb 200] [--runs 3] [--build DIR] [--keep-lab] [--net 127.0.83] [--dir /tmp/fl-bstore]
#   --keep-lab  leave the lab up afterwards (s3rver and the qdisc go all the same)
# Needs root (lab, tc). Only 127.0.0.0/8; tc only on lo (root qdisc handle f1ee:, refused when lo already has a
# root qdisc, deleted on any exit), only for the lab's node addresses; s3rver is started here and stopped by its
# PID; a TERM or Ctrl-C stops the running measurement's processes by PID. Not part of scripts/test.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mb=200 runs=3 build=build keep_lab=0 net=127.0.83 dir=/tmp/fl-bstore
usage() { echo "usage: $0 [--mb N] [--runs N] [--build DIR] [--keep-lab] [--net 127.X.Y] [--dir DIR]" >&2; exit 2; }
while (($#)); do
    case $1 in
        --mb) mb=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --keep-lab) keep_lab=1; shift ;;
        --net) net=$2; shift 2 ;;
        --dir) dir=$2; shift 2 ;;
        *) usage ;;
    esac
done
[[ $mb =~ ^[1-9][0-9]*$ && $runs =~ ^[1-9][0-9]*$ ]] || usage
[[ $net =~ ^127\.[0-9]{1,3}\.[0-9]{1,3}$ ]] || { echo "--net must be 127.X.Y (loopback only)" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "needs root (lab daemons, tc on lo)" >&2; exit 2; }
fleetctl="$root/$build/app/fleetctl/fleetctl"
[[ -x $fleetctl ]] || { echo "build first: cmake --build $build --target fleetctl ($fleetctl missing)" >&2; exit 2; }
s3rver="$root/tests/tools/node_modules/.bin/s3rver"
[[ -x $s3rver ]] || { echo "s3rver missing: npm ci --prefix tests/tools" >&2; exit 2; }
command -v tc >/dev/null || { echo "tc missing: apt-get install -y iproute2" >&2; exit 2; }
lab="$root/tests/lab/fleetlab"
nodes_n=8
s3_ip=$net.250 s3_port=9000
qh=f1ee                                   # our root qdisc's handle: only a qdisc with it is ever deleted
work=$(mktemp -d /tmp/fl-bench-store.XXXXXX)
s3_pid='' running=''

# These PIDs and all their descendants (a measured command: fleetctl, or the baseline's docker save | ssh pipes).
tree_of() {
    ps -e -o pid=,ppid= | awk -v roots="$*" '
        {parent[$1] = $2; order[NR] = $1}
        END {
            n = split(roots, r, " "); for (i = 1; i <= n; i++) keep[r[i]] = 1
            do {
                grew = 0
                for (i in order) { p = order[i]; if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; grew = 1 } }
            } while (grew)
            for (p in keep) print p
        }'
}

cleanup() {
    local rc=$? pids
    set +e
    if [[ -n $running ]] && kill -0 "$running" 2>/dev/null; then   # interrupted during a measurement
        pids=$(tree_of "$running")
        # shellcheck disable=SC2086
        kill -TERM $pids 2>/dev/null; wait "$running" 2>/dev/null
    fi
    if tc qdisc show dev lo root 2>/dev/null | grep -q "^qdisc htb $qh: root"; then
        tc qdisc del dev lo root handle "$qh:" || echo "warning: could not delete the qdisc on lo" >&2
    fi
    if [[ -n $s3_pid ]] && kill -0 "$s3_pid" 2>/dev/null; then
        kill -TERM "$s3_pid"; wait "$s3_pid" 2>/dev/null
    fi
    if ((keep_lab)); then
        echo "lab kept: $lab down --dir $dir" >&2
    else
        "$lab" down --dir "$dir" >/dev/null 2>&1 || echo "warning: lab down failed" >&2
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Refuse to replace somebody else's shaping of lo (a root qdisc there is shared by every lab on this machine).
if ! tc qdisc show dev lo root | grep -Eq '^qdisc noqueue 0: root'; then
    echo "lo already has a root qdisc, not ours — refusing to touch it:" >&2
    tc qdisc show dev lo root >&2
    exit 1
fi

echo "lab up: $nodes_n nodes on $net.11-$net.$((10 + nodes_n))…" >&2
"$lab" up --dir "$dir" --net "$net" --nodes "$nodes_n" >/dev/null
eval "$("$lab" env --dir "$dir")"
read -r -a nodes <<<"$FLEETLAB_NODES"
ssh_opts=(-i "$FLEETLAB_IDENTITY" -o UserKnownHostsFile="$FLEETLAB_KNOWN_HOSTS" -o StrictHostKeyChecking=yes
          -o IdentitiesOnly=yes -o BatchMode=yes)
docker_ws() { DOCKER_HOST=$FLEETLAB_DOCKER_HOST /usr/bin/docker "$@"; }
on_node() { local n=$1; shift; ssh "${ssh_opts[@]}" "root@$n" "$@"; }
fc() { "$fleetctl" --db "$work/history.db" --docker-host "$FLEETLAB_DOCKER_HOST" --identity "$FLEETLAB_IDENTITY" \
         --known-hosts "$FLEETLAB_KNOWN_HOSTS" --user root "$@"; }

echo "s3rver on $s3_ip:$s3_port…" >&2
mkdir "$work/s3"
"$s3rver" -d "$work/s3" -a "$s3_ip" -p "$s3_port" --silent --configure-bucket fleet >"$work/s3rver.log" 2>&1 &
s3_pid=$!
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://$s3_ip:$s3_port/" && break
    kill -0 "$s3_pid" 2>/dev/null || { echo "s3rver did not start:" >&2; cat "$work/s3rver.log" >&2; exit 1; }
    sleep 0.2
done
curl -s -o /dev/null "http://$s3_ip:$s3_port/" || { echo "s3rver does not answer on $s3_ip:$s3_port" >&2; exit 1; }
# s3rver checks only the key id; the secret is this run's own (environment only, never argv).
export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY
AWS_SECRET_ACCESS_KEY=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
lab_roots=($$ "$s3_pid")
for f in "$dir"/ws/dockerd.pid "$dir"/n*/dockerd.pid "$dir"/n*/sshd.pid; do lab_roots+=("$(tr -dc 0-9 <"$f")"); done
store="s3://fleet/bench?endpoint=http://$s3_ip:$s3_port&region=us-east-1"

image=bench/store-push:1.0.0
echo "building a ${mb} MB test image and putting it into the S3 store…" >&2
"$lab" image "$image" --dir "$dir" --layers 4 --mb "$mb" >/dev/null
image_id=$(docker_ws image inspect --format '{{.Id}}' "$image")
fc store put "$store" "$image" >"$work/put.log" 2>&1 || { cat "$work/put.log" >&2; exit 1; }
listing=$(fc --json store list "$store")
archive_bytes=$(grep -o '"size":[0-9]*' <<<"$listing" | head -n 1 | cut -d: -f2)
[[ -n $archive_bytes ]] || { echo "the store does not list $image: $listing" >&2; exit 1; }

# The workstation's uplink: one 100 Mbit/s class for everything addressed to the nodes (see the header).
tc qdisc add dev lo root handle "$qh:" htb default 0
tc class add dev lo parent "$qh:" classid "$qh:1" htb rate 100mbit ceil 100mbit burst 64k cburst 64k quantum 65536
for n in "${nodes[@]}"; do
    tc filter add dev lo parent "$qh:" protocol ip prio 1 u32 match ip dst "$n/32" flowid "$qh:1"
done
shaped_bytes() {
    tc -s class show dev lo | awk -v c="class htb $qh:1 " 'index($0, c) == 1 {f = 1} f && /Sent/ {print $2; exit}'
}

remove_everywhere() {
    local n pids=()
    for n in "${nodes[@]}"; do on_node "$n" docker rmi -f "$image" >/dev/null 2>&1 & pids+=($!); done
    wait "${pids[@]}" || true
    for n in "${nodes[@]}"; do
        if on_node "$n" docker image inspect "$image" >/dev/null 2>&1; then
            echo "could not remove $image from $n" >&2; exit 1
        fi
    done
}
check_ids() {   # every node named must hold the workstation's image ID
    local what=$1 n id; shift
    for n in "$@"; do
        id=$(on_node "$n" docker image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
        [[ $id == "$image_id" ]] || { echo "$what: $n has '${id:-no image}', expected $image_id" >&2; exit 1; }
    done
}
baseline() {
    local n
    for n in "${nodes[@]}"; do docker_ws save "$image" | on_node "$n" docker load || return 1; done
}
direct8() { fc push "$image" "${nodes[@]}" --from "$store" --via direct --parallel 8; }
relay8() { fc push "$image" "${nodes[@]}" --from "$store" --via relay --parallel 8; }
direct1() { fc push "$image" "${nodes[0]}" --from "$store" --via direct; }

declare -A times cpus
# CPU seconds spent by this benchmark's processes: the script and what it ran (fleetctl, ssh, docker CLI), s3rver and
# the lab's daemons (each node's sshd with the sessions it ran: sh, curl, sha256sum, docker CLI; each dockerd with its
# containerd), i.e. user+sys of those processes and their live descendants, plus what reaped children left behind
# (cutime+cstime). Other users of this machine do not count, unlike in the load average.
lab_cpu() {
    local pids
    pids=$(tree_of "${lab_roots[@]}")
    # shellcheck disable=SC2086
    (cd /proc && for p in $pids; do cat "$p/stat" 2>/dev/null; echo; done) |
        awk -v hz="$(getconf CLK_TCK)" 'NF {sub(/^.*\) /, ""); t += $12 + $13 + $14 + $15} END {printf "%.2f", t / hz}'
}
# measure NAME SHAPED CMD…: clean nodes, time CMD, record the seconds; SHAPED says what the uplink shaper must
# have carried meanwhile (all: ≥ 90 % of 8 archives; none: < 5 % of one), else the figures do not model the uplink.
measure() {
    local name=$1 expect=$2 t0 t1 b0 b1 c0 c1 s c; shift 2
    remove_everywhere
    b0=$(shaped_bytes) c0=$(lab_cpu)
    t0=$EPOCHREALTIME
    # in the background, so that a TERM or Ctrl-C is handled at once (bash runs traps only between commands)
    "$@" >"$work/$name.log" 2>&1 &
    running=$!
    if ! wait "$running"; then
        running=
        echo "$name failed:" >&2
        { grep -Ei 'fail|error' "$work/$name.log" | grep -v ' 0 failed' | head -n 20; tail -n 3 "$work/$name.log"; } >&2
        exit 1
    fi
    running=
    t1=$EPOCHREALTIME
    b1=$(shaped_bytes) c1=$(lab_cpu)
    s=$(printf '%.2f' "$(echo "$t1 - $t0" | bc -l)")
    c=$(printf '%.1f' "$(echo "$c1 - $c0" | bc -l)")
    times[$name]+="$s " cpus[$name]+="$c "
    printf '  %-9s %8ss  cpu %6ss  through the shaper %7.1f MB\n' "$name" "$s" "$c" \
        "$(echo "($b1 - $b0) / 1048576" | bc -l)" >&2
    if { [[ $expect == all ]] && ((b1 - b0 < nodes_n * archive_bytes * 9 / 10)); } ||
       { [[ $expect == none ]] && ((b1 - b0 >= archive_bytes / 20)); }; then
        echo "warning: $name: $((b1 - b0)) bytes through the shaper, expected $expect of the archives" >&2
    fi
}
median() {
    tr ' ' '\n' | sed '/^$/d' | sort -g |
        awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
ratio() { echo "scale=3; $1 / $2" | bc -l; }

for ((r = 1; r <= runs; r++)); do
    echo "run $r/$runs" >&2
    measure direct8 none direct8;   check_ids "direct(8)" "${nodes[@]}"
    measure relay8 all relay8;      check_ids "relay(8)" "${nodes[@]}"
    measure baseline all baseline;  check_ids baseline "${nodes[@]}"
    measure direct1 none direct1;   check_ids "direct(1)" "${nodes[0]}"
done

m_d8=$(median <<<"${times[direct8]}") m_r8=$(median <<<"${times[relay8]}")
m_b=$(median <<<"${times[baseline]}") m_d1=$(median <<<"${times[direct1]}")
c_d8=$(median <<<"${cpus[direct8]}") c_r8=$(median <<<"${cpus[relay8]}")
c_b=$(median <<<"${cpus[baseline]}") c_d1=$(median <<<"${cpus[direct1]}")
cores=$(nproc)
printf '\n%s MB image (archive %.1f MB), %d nodes, uplink 100 Mbit/s, median of %d (%d s in all, %d cores, load %s)\n' \
    "$mb" "$(echo "$archive_bytes / 1048576" | bc -l)" "$nodes_n" "$runs" "$SECONDS" "$cores" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %9s %9s %8s %9s\n' "" "seconds" "ratio" "target" "cpu s"
printf '%-44s %8.2fs %9s %8s %8.1fs\n' "baseline: docker save | ssh | docker load ×8" "$m_b" "" "" "$c_b"
row='%-44s %8.2fs %8.3fx %8s %8.1fs\n'
printf "$row" "relay(8): --via relay --parallel 8" "$m_r8" "$(ratio "$m_r8" "$m_b")" "" "$c_r8"
printf "$row" "direct(8): --via direct --parallel 8" "$m_d8" "$(ratio "$m_d8" "$m_b")" "" "$c_d8"
printf '%-44s %8.2fs %9s %8s %8.1fs\n' "direct(1): one node" "$m_d1" "" "" "$c_d1"
printf '%-44s %9s %8.3fx %8s\n' "direct(8) / direct(1)" "" "$(ratio "$m_d8" "$m_d1")" "<=2.0x"
# In the lab the 8 nodes' downloads, checks and loads share this machine's cores; a real node has its own.
printf '%-44s %8.2fs %8.3fx\n' "direct(8) CPU floor here: cpu s / $cores cores" "$(ratio "$c_d8" "$cores")" \
    "$(ratio "$(ratio "$c_d8" "$cores")" "$m_d1")"
printf '(ratios: relay and direct to the baseline; cpu s: CPU seconds of the lab, s3rver and the commands run here)\n'
printf '(all runs: direct8 %s| relay8 %s| baseline %s| direct1 %s)\n' \
    "${times[direct8]}" "${times[relay8]}" "${times[baseline]}" "${times[direct1]}"
