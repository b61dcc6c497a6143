#!/usr/bin/env bash
# Stats cost benchmark (issue 5) against a SECOND, private dockerd that only this benchmark uses, so
# other suites' work on the shared test engine does not show up as dockerd CPU.
#
#   scripts/bench-stats.sh [containers=100] [window_seconds=20] [rounds=3]
#
# What it does (as root):
#   1. creates the bridge gbench0 (address 10.213.0.1/24, the bridge's own address only) and starts
#      dockerd with --bridge=gbench0 --iptables=false --ip-masq=false and its own short data-root,
#      exec-root, pidfile and socket under /tmp/gbench (never --bridge=none: that deletes the first
#      daemon's docker0);
#   2. loads gantry-test/busybox:1 into it from the test engine (started if needed);
#   3. runs dev.gantry.adapter.docker.StatsCostBench: idle, Gantry's sampler (one-shot 2 s / 1 s,
#      streaming) and `docker stats` (/usr/local/bin/docker) on the same N containers, in rounds;
#   4. stops that dockerd, deletes /tmp/gbench and the bridge, also when interrupted.
# Results: target/bench-stats.txt (RESULT lines are medians over rounds; RAW lines every round; THREADS
# lines our own CPU per thread group in each window).
# GANTRY_BENCH_STATS_MODES=oneshot_2s,cli measures only those modes (default: all four);
# The bench's JVM runs with the options Gantry runs with (./gantry's and the installers' `lean` set:
# C1 only, SerialGC); GANTRY_BENCH_JAVA_OPTS replaces them (GANTRY_BENCH_JAVA_OPTS= for the JVM's
# defaults, C2 and G1, as runs before 2026-12-06 09:00 measured; or add -XX:StartFlightRecording=...).
# GANTRY_BENCH_COMPARE_TREE=DIR compares this checkout with another one (e.g. `git worktree add DIR main`):
#   the N containers are made once, then each round runs one bench JVM per checkout on them, the order
#   alternating (this, other; other, this; ...), and every line is tagged with its checkout and round.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
WINDOW=${2:-20}
ROUNDS=${3:-3}
D=/tmp/gbench
BR=gbench0
SOCK="unix://$D/docker.sock"
CLI=/usr/local/bin/docker
LEAN="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MinHeapSize=24m -XX:InitialHeapSize=64m -XX:MaxNewSize=12m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Djdk.nio.maxCachedBufferSize=65536"
JAVA_OPTS=${GANTRY_BENCH_JAVA_OPTS-$LEAN}
[ "$(id -u)" -eq 0 ] || { echo "[bench-stats] needs root (bridge and dockerd)" >&2; exit 1; }

log() { echo "[bench-stats] $*" >&2; }

stop_daemon() {
  if [ -f "$D/docker.pid" ]; then
    local pid; pid=$(cat "$D/docker.pid")
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping the private dockerd ($pid)"
      kill "$pid"
      for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
  if mountpoint -q "$D/root" 2>/dev/null || grep -q " $D/" /proc/mounts; then
    grep " $D/" /proc/mounts | awk '{print $2}' | sort -r | xargs -r -n1 umount -l || true
  fi
  rm -rf "$D"
  if ip link show "$BR" >/dev/null 2>&1; then ip link del "$BR"; fi
}

start_daemon() {
  mkdir -p "$D/root" "$D/exec"
  ip link show "$BR" >/dev/null 2>&1 || ip link add "$BR" type bridge
  ip addr show dev "$BR" | grep -q "10.213.0.1/24" || ip addr add 10.213.0.1/24 dev "$BR"
  ip link set "$BR" up
  log "starting a private dockerd on $SOCK (bridge $BR)"
  nohup dockerd --data-root "$D/root" --exec-root "$D/exec" --pidfile "$D/docker.pid" -H "$SOCK" \
    --bridge="$BR" --iptables=false --ip-masq=false >"$D/dockerd.log" 2>&1 &
  for _ in $(seq 1 240); do
    "$CLI" -H "$SOCK" version >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  tail -20 "$D/dockerd.log" >&2 || true
  log "the private dockerd did not answer within 60 s"
  return 1
}

if [ -e "$D/docker.pid" ] || ip link show "$BR" >/dev/null 2>&1; then
  log "leftovers of an earlier run: cleaning up first"
  stop_daemon
fi
trap stop_daemon EXIT
trap 'exit 130' INT TERM

cpfile=$(mktemp)
trap 'rm -f "$cpfile"; stop_daemon' EXIT
./mvnw -B -q -ntp -pl docker-adapter -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
CP="docker-adapter/target/test-classes:docker-adapter/target/classes:$(cat "$cpfile")"
OTHER=${GANTRY_BENCH_COMPARE_TREE:-}
if [ -n "$OTHER" ]; then
  OTHER=$(cd "$OTHER" && pwd)
  (cd "$OTHER" && ./mvnw -B -q -ntp -pl docker-adapter -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null)
  CP_OTHER="$OTHER/docker-adapter/target/test-classes:$OTHER/docker-adapter/target/classes:$(cat "$cpfile")"
fi

# One bench JVM: $1 = class path, then the bench's arguments; extra environment from the caller.
bench() {
  local cp=$1; shift
  GANTRY_TEST_DOCKER_HOST="$SOCK" GANTRY_BENCH_DOCKERD_PIDFILE="$D/docker.pid" GANTRY_BENCH_DOCKER_CLI="$CLI" \
    java -Xmx256m $JAVA_OPTS -cp "$cp" dev.gantry.adapter.docker.StatsCostBench "$@" \
    | grep -E "^(RESULT|RAW|WINDOW|THREADS)"
}

start_daemon
scripts/test-engine.sh start >/dev/null
"$CLI" -H unix:///tmp/gantry-engine/docker.sock save gantry-test/busybox:1 | "$CLI" -H "$SOCK" load >/dev/null
log "dockerd $("$CLI" -H "$SOCK" version --format '{{.Server.Version}}'), $N containers, ${WINDOW}s windows, $ROUNDS rounds"

mkdir -p target
out=target/bench-stats.txt
{
  echo "# bench JVM options: -Xmx256m $JAVA_OPTS"
  echo "# scripts/bench-stats.sh $N $WINDOW $ROUNDS on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load at start $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -z "$OTHER" ]; then
    bench "$CP" "$N" "$WINDOW" "$ROUNDS"
  else
    echo "# this = $(pwd) ($(git rev-parse --short HEAD 2>/dev/null || echo '?')), other = $OTHER"
    prefix=gt-bench-stats-cmp-
    seq 0 $((N - 1)) | xargs -P 6 -I{} "$CLI" -H "$SOCK" run -d --name "$prefix{}" gantry-test/busybox:1 >/dev/null
    for r in $(seq 1 "$ROUNDS"); do
      if [ $((r % 2)) -eq 1 ]; then order="this other"; else order="other this"; fi
      for which in $order; do
        if [ "$which" = this ]; then cp=$CP; else cp=$CP_OTHER; fi
        GANTRY_BENCH_CONTAINERS_PREFIX=$prefix bench "$cp" "$N" "$WINDOW" 1 | sed "s/^/[$which r$r] /"
      done
    done
  fi
  echo "# load at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
log "wrote $out"
