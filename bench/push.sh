#!/usr/bin/env bash
# bench/push.sh — `fleetctl push` against what an admin types instead (issue 15), in one run on its own lab, one
# table of medians (--runs, default 3):
#   plain baseline   docker save IMG | ssh NODE docker load
#   zstd baseline    docker save IMG | zstd -T0 | ssh NODE 'zstd -d | docker load'
#   fleetctl         fleetctl push IMG NODE…   (stream mode: missing layers only, zstd where it pays, one save)
# Rows: cold pushes of a small (--small-mb, 70) and a large (--mb, 500, half random) image on loopback; the large
# one over a 100 Mbit/s workstation uplink; the node already has the image; one new 5 MB layer on the large image
# the node has (with the bytes that crossed the wire); 8 nodes behind the 100 Mbit/s uplink (one save for all, and
# --relay: the nodes pass it on to each other); peak RSS of fleetctl
# pushing a --rss-mb (2048) image to 4 nodes.
#
# Wire bytes and the uplink: one HTB class on lo's egress takes every packet from 127.0.0.1 to a node address
# (what the workstation sends to the nodes' sshd; replies go to 127.0.0.1 and pass unshaped, and so does what nodes
# send each other: the lab's relay connections leave from the node's own address, FLEET_RELAY_BIND). Its rate is 100 Mbit/s
# for the shaped rows and 10 Gbit/s (faster than anything here, so in effect loopback) for the others; its byte
# counter is the independent count of what crossed the wire, headers included.
#
# Usage: bench/push.sh [--mb 500] [--small-mb 70] [--rss-mb 2048] [--runs 3] [--build DIR] [--net 127.0.86]
#                      [--dir /tmp/fl-bpush] [--skip ROW,...]   rows: small,large,shaped,present,layer,eight,rss
# Needs root (lab, tc). Only 127.0.0.0/8; tc only on lo (root qdisc handle f1ef:, refused when lo already has a
# root qdisc, deleted on any exit); a TERM or Ctrl-C stops the running measurement by PID. Not part of scripts/test.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mb=500 small_mb=70 rss_mb=2048 runs=3 build=build net=127.0.86 dir=/tmp/fl-bpush skip=""
usage() {
    echo "usage: $0 [--mb N] [--small-mb N] [--rss-mb N] [--runs N] [--build DIR] [--net 127.X.Y] [--dir DIR]" \
         "[--skip small,large,shaped,present,layer,eight,rss]" >&2
    exit 2
}
while (($#)); do
    case $1 in
        --mb) mb=$2; shift 2 ;;
        --small-mb) small_mb=$2; shift 2 ;;
        --rss-mb) rss_mb=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --net) net=$2; shift 2 ;;
        --dir) dir=$2; shift 2 ;;
        --skip) skip=",$2,"; shift 2 ;;
        *) usage ;;
    esac
done
[[ $mb =~ ^[1-9][0-9]*$ && $small_mb =~ ^[1-9][0-9]*$ && $rss_mb =~ ^[0-9]+$ && $runs =~ ^[1-9][0-9]*$ ]] || usage
[[ $net =~ ^127\.[0-9]{1,3}\.[0-9]{1,3}$ ]] || { echo "--net must be 127.X.Y (loopback only)" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "needs root (lab daemons, tc on lo)" >&2; exit 2; }
fleetctl="$root/$build/app/fleetctl/fleetctl"
[[ -x $fleetctl ]] || { echo "build first: cmake --build $build --target fleetctl ($fleetctl missing)" >&2; exit 2; }
for tool in tc zstd bc; do command -v $tool >/dev/null || { echo "$tool missing" >&2; exit 2; }; done
want() { [[ $skip != *",$1,"* ]]; }
lab="$root/tests/lab/fleetlab"
nodes_n=8
qh=f1ef
work=$(mktemp -d /tmp/fl-bench-push.XXXXXX)
running=''

cleanup() {
    local rc=$?
    set +e
    if [[ -n $running ]] && kill -0 "$running" 2>/dev/null; then
        kill -TERM -- "-$running" 2>/dev/null || kill -TERM "$running" 2>/dev/null
        wait "$running" 2>/dev/null
    fi
    if tc qdisc show dev lo root 2>/dev/null | grep -q "^qdisc htb $qh: root"; then
        tc qdisc del dev lo root handle "$qh:" || echo "warning: could not delete the qdisc on lo" >&2
    fi
    "$lab" down --dir "$dir" >/dev/null 2>&1 || echo "warning: lab down failed" >&2
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! tc qdisc show dev lo root | grep -Eq '^qdisc noqueue 0: root'; then
    echo "lo already has a root qdisc, not ours — refusing to touch it:" >&2
    tc qdisc show dev lo root >&2
    exit 1
fi

echo "lab up: $nodes_n nodes on $net.11-$net.$((10 + nodes_n))…" >&2
"$lab" up --dir "$dir" --net "$net" --nodes "$nodes_n" >/dev/null
eval "$("$lab" env --dir "$dir")"
read -r -a nodes <<<"$FLEETLAB_NODES"
node=${nodes[0]}
ssh_opts=(-i "$FLEETLAB_IDENTITY" -o UserKnownHostsFile="$FLEETLAB_KNOWN_HOSTS" -o StrictHostKeyChecking=yes
          -o IdentitiesOnly=yes -o BatchMode=yes)
docker_ws() { DOCKER_HOST=$FLEETLAB_DOCKER_HOST /usr/bin/docker "$@"; }
on_node() { local n=$1; shift; ssh "${ssh_opts[@]}" "root@$n" "$@"; }
fc() { "$fleetctl" --db "$work/history.db" --docker-host "$FLEETLAB_DOCKER_HOST" --identity "$FLEETLAB_IDENTITY" \
         --known-hosts "$FLEETLAB_KNOWN_HOSTS" --user root "$@"; }

tc qdisc add dev lo root handle "$qh:" htb default 0
tc class add dev lo parent "$qh:" classid "$qh:1" htb rate 10gbit ceil 10gbit burst 256k cburst 256k quantum 65536
for n in "${nodes[@]}"; do
    tc filter add dev lo parent "$qh:" protocol ip prio 1 u32 match ip dst "$n/32" match ip src 127.0.0.1/32 \
        flowid "$qh:1"
done
link() { # loopback | 100mbit
    local rate=10gbit burst=256k
    [[ $1 == 100mbit ]] && rate=100mbit burst=64k
    tc class change dev lo parent "$qh:" classid "$qh:1" htb rate $rate ceil $rate burst $burst cburst $burst \
        quantum 65536
}
wire_bytes() {
    tc -s class show dev lo | awk -v c="class htb $qh:1 " 'index($0, c) == 1 {f = 1} f && /Sent/ {print $2; exit}'
}

small=bench/push-small:1.0.0 large=bench/push-large:1.0.0 layered=bench/push-large:1.0.1 big=bench/push-rss:1.0.0
echo "building the test images (no network)…" >&2
"$lab" image "$small" --dir "$dir" --layers 2 --mb "$small_mb" --compressible 50 >/dev/null
"$lab" image "$large" --dir "$dir" --layers 4 --mb "$mb" --compressible 50 >/dev/null
"$lab" image "$layered" --dir "$dir" --from "$large" --layers 1 --mb 5 >/dev/null
new_layer=$((5 * 1024 * 1024))

remove() { # IMAGE NODE…
    local image=$1 n pids=(); shift
    for n in "$@"; do on_node "$n" docker rmi -f "$image" >/dev/null 2>&1 & pids+=($!); done
    wait "${pids[@]}" || true
}
check_id() { # IMAGE NODE…: each must hold the workstation's image ID
    local image=$1 want id n; shift
    want=$(docker_ws image inspect --format '{{.Id}}' "$image")
    for n in "$@"; do
        id=$(on_node "$n" docker image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
        [[ $id == "$want" ]] || { echo "$n has '${id:-no image}' for $image, expected $want" >&2; exit 1; }
    done
}
plain() { docker_ws save "$1" | on_node "$2" docker load; }
zstd_baseline() { docker_ws save "$1" | zstd -q -T0 | on_node "$2" 'zstd -dq | docker load'; }
ours() { local image=$1; shift; fc push "$image" "$@" --parallel 8; }

declare -A times wire
# measure KEY CMD…: time CMD (in its own process group, so a Ctrl-C stops all of it), record seconds and wire bytes
measure() {
    local key=$1 t0 t1 b0 b1 s; shift
    b0=$(wire_bytes)
    t0=$EPOCHREALTIME
    set -m # job control: the measured command gets a process group of its own
    "$@" >"$work/$key.log" 2>&1 &
    running=$!
    set +m
    if ! wait "$running"; then
        running=
        echo "$key failed:" >&2; tail -n 5 "$work/$key.log" >&2
        exit 1
    fi
    running=
    t1=$EPOCHREALTIME
    b1=$(wire_bytes)
    s=$(printf '%.2f' "$(echo "$t1 - $t0" | bc -l)")
    times[$key]+="$s " wire[$key]+="$((b1 - b0)) "
    printf '  %-22s %8ss  wire %8.1f MB\n' "$key" "$s" "$(echo "($b1 - $b0) / 1000000" | bc -l)" >&2
}
median() {
    tr ' ' '\n' | sed '/^$/d' | sort -g |
        awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
m() { median <<<"${times[$1]}"; }
mw() { median <<<"${wire[$1]}"; }
ratio() { echo "scale=3; $1 / $2" | bc -l; }

# Cold means no layer of it either: every bench image goes (1.0.1 shares all of 1.0.0's layers).
clear_node() { on_node "$1" docker rmi -f "$small" "$large" "$layered" >/dev/null 2>&1 || true; }
# cold IMAGE NODE TAG: plain baseline, zstd baseline, fleetctl — each from a node without the image
cold() {
    local image=$1 n=$2 tag=$3
    clear_node "$n"; measure "$tag.plain" plain "$image" "$n"; check_id "$image" "$n"
    clear_node "$n"; measure "$tag.zstd" zstd_baseline "$image" "$n"; check_id "$image" "$n"
    clear_node "$n"; measure "$tag.ours" ours "$image" "$n"; check_id "$image" "$n"
}

for ((r = 1; r <= runs; r++)); do
    echo "run $r/$runs" >&2
    link loopback
    want small && cold "$small" "$node" small
    if want large || want present || want layer; then cold "$large" "$node" large; fi
    if want present; then
        measure present.plain plain "$large" "$node"     # the baseline sends it all again
        measure present.ours ours "$large" "$node"
    fi
    if want layer; then  # the node has bench/push-large:1.0.0; 1.0.1 adds one 5 MB layer
        remove "$layered" "$node"; measure layer.ours ours "$layered" "$node"; check_id "$layered" "$node"
        remove "$layered" "$node"; measure layer.plain plain "$layered" "$node"; check_id "$layered" "$node"
    fi
    link 100mbit
    want shaped && cold "$large" "$node" shaped
    if want eight; then
        for n in "${nodes[@]}"; do clear_node "$n"; done
        measure eight.ours ours "$large" "${nodes[@]}"; check_id "$large" "${nodes[@]}"
        for n in "${nodes[@]}"; do clear_node "$n"; done
        measure eight.relay ours "$large" "${nodes[@]}" --relay; check_id "$large" "${nodes[@]}"
    fi
done
link loopback

printf '\nmedians of %d; %s MB (small %s MB) images, half random, half text; %d cores; %d s in all\n' \
    "$runs" "$mb" "$small_mb" "$(nproc)" "$SECONDS"
printf '%-52s %9s %9s %9s %8s\n' "case" "baseline" "fleetctl" "ratio" "target"
row() { printf '%-52s %8.2fs %8.2fs %8.3fx %8s\n' "$1" "$2" "$3" "$(ratio "$3" "$2")" "$4"; }
if want small; then
    row "cold ${small_mb} MB, loopback (vs plain)" "$(m small.plain)" "$(m small.ours)" "<=0.9x"
fi
if want large; then
    row "cold ${mb} MB, loopback (vs plain)" "$(m large.plain)" "$(m large.ours)" "<=0.9x"
    row "cold ${mb} MB, loopback (vs zstd baseline)" "$(m large.zstd)" "$(m large.ours)" ""
fi
if want shaped; then
    row "cold ${mb} MB, 100 Mbit/s (vs plain)" "$(m shaped.plain)" "$(m shaped.ours)" "<=0.6x"
    row "cold ${mb} MB, 100 Mbit/s (vs zstd baseline)" "$(m shaped.zstd)" "$(m shaped.ours)" "<=1.0x"
fi
if want present; then
    row "node already has it (vs cold plain)" "$(m large.plain)" "$(m present.ours)" "<=0.05x"
fi
if want layer; then
    row "one new 5 MB layer on ${mb} MB (vs cold plain)" "$(m large.plain)" "$(m layer.ours)" "<=0.1x"
    printf '%-52s %9s %8.1fMB %8.3fx %8s\n' "  wire bytes of that push / the new layer" "" \
        "$(echo "$(mw layer.ours) / 1000000" | bc -l)" "$(ratio "$(mw layer.ours)" "$new_layer")" "<=1.1x"
fi
if want eight; then
    one=$(m shaped.ours)
    printf '%-52s %8.2fs %8.2fs %8.3fx %8s\n' "8 nodes, ${mb} MB, 100 Mbit/s uplink, --relay (vs 1 node)" \
        "$one" "$(m eight.relay)" "$(ratio "$(m eight.relay)" "$one")" "<=2.0x"
    printf '%-52s %8.2fs %8.2fs %8.3fx\n' "  without --relay (one save, 8 streams on the uplink)" \
        "$one" "$(m eight.ours)" "$(ratio "$(m eight.ours)" "$one")"
    printf '%-52s %8.2fs %9s %8.3fx\n' "  a loop of 8 plain baselines (8 x the one-node median)" \
        "$(echo "8 * $(m shaped.plain)" | bc -l)" "" "$(ratio "$(echo "8 * $(m shaped.plain)" | bc -l)" "$one")"
fi

if ((rss_mb > 0)) && want rss; then
    echo "building a ${rss_mb} MB image for the memory check…" >&2
    "$lab" image "$big" --dir "$dir" --layers 8 --mb "$rss_mb" >/dev/null
    remove "$big" "${nodes[@]:0:4}"
    rss_kb=$( { /usr/bin/time -f '%M' "$fleetctl" --db "$work/history.db" --docker-host "$FLEETLAB_DOCKER_HOST" \
        --identity "$FLEETLAB_IDENTITY" --known-hosts "$FLEETLAB_KNOWN_HOSTS" --user root push "$big" \
        "${nodes[@]:0:4}" >/dev/null; } 2>&1 | tail -n 1)
    check_id "$big" "${nodes[@]:0:4}"
    printf '%-52s %19s %9s %8s\n' "peak RSS pushing ${rss_mb} MB to 4 nodes" "$((rss_kb / 1024)) MB" "" "<=64 MB"
fi
printf '(all runs, seconds:'
for k in "${!times[@]}"; do printf ' %s=[%s]' "$k" "${times[$k]% }"; done
printf ')\n'
