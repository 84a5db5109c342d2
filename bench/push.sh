#!/usr/bin/env bash
# bench/push.sh — `fleetctl push` against what an admin types instead, in one run on the fleet lab:
#   cold:    docker save IMAGE | ssh NODE docker load     vs  fleetctl push IMAGE NODE (stream mode)
#   present: the same two commands when the node already has the image
#   memory:  peak RSS of fleetctl pushing a large image (streams, so it must not grow with the image)
# Usage: bench/push.sh [--mb 500] [--rss-mb 2048] [--build DIR]   (needs root for the lab; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mb=500 rss_mb=2048 build=build
while (($#)); do
    case $1 in
        --mb) mb=$2; shift 2 ;;
        --rss-mb) rss_mb=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        *) echo "usage: $0 [--mb N] [--rss-mb N] [--build DIR]" >&2; exit 2 ;;
    esac
done
fleetctl="$root/$build/app/fleetctl/fleetctl"
[[ -x $fleetctl ]] || { echo "build first: scripts/build ($fleetctl missing)" >&2; exit 2; }
lab="$root/tests/lab/fleetlab"
dir=/tmp/fl-bench-push
"$lab" up --dir "$dir" --net 127.0.86 --nodes 1 >/dev/null
trap '"$lab" down --dir "$dir" >/dev/null 2>&1 || true; rm -f /tmp/fl-bench-push.db' EXIT
eval "$("$lab" env --dir "$dir")"
node=${FLEETLAB_NODES%% *}
ssh_opts=(-i "$FLEETLAB_IDENTITY" -o UserKnownHostsFile="$FLEETLAB_KNOWN_HOSTS" -o StrictHostKeyChecking=yes
          -o IdentitiesOnly=yes -o BatchMode=yes)
docker_ws() { DOCKER_HOST=$FLEETLAB_DOCKER_HOST /usr/bin/docker "$@"; }
on_node() { ssh "${ssh_opts[@]}" "root@$node" "$@"; }
fc() { "$fleetctl" --db /tmp/fl-bench-push.db --docker-host "$FLEETLAB_DOCKER_HOST" --identity "$FLEETLAB_IDENTITY" \
         --known-hosts "$FLEETLAB_KNOWN_HOSTS" --user root "$@"; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }
ratio() { echo "scale=3; $1 / $2" | bc -l; }

image=bench/push:1.0.0
echo "building a ${mb} MB test image (half random, half compressible)…" >&2
"$lab" image "$image" --dir "$dir" --layers 4 --mb "$mb" --compressible 50 >/dev/null
baseline() { docker_ws save "$image" | on_node docker load; }
ours() { fc push "$image" "$node" --mode stream; }

on_node docker rmi -f "$image" >/dev/null 2>&1 || true
t_base_cold=$(seconds baseline)
on_node docker rmi -f "$image" >/dev/null 2>&1
t_ours_cold=$(seconds ours)
on_node docker image inspect "$image" >/dev/null || { echo "fleetctl push did not load the image" >&2; exit 1; }
t_base_warm=$(seconds baseline)
t_ours_warm=$(seconds ours)

printf '\n%-34s %10s %10s %8s %8s\n' "push ${mb} MB image, one node" "baseline" "fleetctl" "ratio" "target"
printf '%-34s %9.2fs %9.2fs %7.3fx %8s\n' "cold (node lacks the image)" "$t_base_cold" "$t_ours_cold" \
    "$(ratio "$t_ours_cold" "$t_base_cold")" "<=1.0x"
printf '%-34s %9.2fs %9.2fs %7.3fx %8s\n' "node already has it" "$t_base_warm" "$t_ours_warm" \
    "$(ratio "$t_ours_warm" "$t_base_warm")" "<=0.05x"

if ((rss_mb > 0)); then
    big=bench/push-rss:1.0.0
    echo "building a ${rss_mb} MB image for the memory check…" >&2
    "$lab" image "$big" --dir "$dir" --layers 8 --mb "$rss_mb" >/dev/null
    on_node docker rmi -f "$big" >/dev/null 2>&1 || true
    rss_kb=$( { /usr/bin/time -f '%M' "$fleetctl" --db /tmp/fl-bench-push.db --docker-host "$FLEETLAB_DOCKER_HOST" \
        --identity "$FLEETLAB_IDENTITY" --known-hosts "$FLEETLAB_KNOWN_HOSTS" --user root push "$big" "$node" \
        >/dev/null; } 2>&1 | tail -n 1)
    printf '%-34s %21s %8s\n' "peak RSS pushing ${rss_mb} MB" "$((rss_kb / 1024)) MB" "<=64 MB"
fi
