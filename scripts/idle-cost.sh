#!/usr/bin/env bash
# Idle cost of the running app (issue 5 review: "Gantry's CPU time while idle does not grow, no polling
# left behind"). Deploys a quiet demo-sized inventory on the test engine (the demo stack of
# scripts/screenshot.sh with its crash-looping worker replaced by a sleeping one, a compose-labelled
# project, a standalone container; all named gt-idle-*), runs ./gantry under Xvfb with an empty
# GANTRY_CONFIG_DIR and DOCKER_HOST pointing at a `socat -v` proxy in front of the engine's socket, and
# records:
#   - the app's CPU (utime+stime from /proc/PID/stat) in every minute after the first painted inventory;
#   - every Docker API request the app made (method + path with ids replaced, per minute) and the
#     events the engine pushed;
#   - a 60 s JFR recording after that (jdk.ThreadPark / jdk.ThreadSleep / jdk.ExecutionSample by thread)
#     and three jstack dumps, to find threads that wake periodically.
#
#   scripts/idle-cost.sh [scene=none|stats] [minutes=6]
#   GANTRY_IDLE_ENGINE=private  use a private dockerd (no swarm; the stack's replicas as plain
#                               containers) instead of the shared test engine, whose other users'
#                               containers and events would otherwise show up in the figures
#     none   no tab showing logs or stats (the main window with the inventory only)
#     stats  the Stats tab (Ctrl+K) of one running container open the whole time
#     tree   as none, but with the keyboard focus moved from the search field to the tree (a click)
# Output: target/idle-cost-SCENE/ (summary.txt, requests.txt, jfr-*.txt, jstack-*.txt, app.log).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
log() { echo "[idle-cost] $*" >&2; }

if [ "${1:-}" = --in-display ]; then
  # Inside xvfb-run: a window manager (keyboard focus), the app, then the scene's keys.
  openbox >"$OUT/openbox.log" 2>&1 &
  wm=$!
  sleep 1
  # The jar as built (./gantry would rebuild it first when a source is newer), with ./gantry's lean options.
  # shellcheck disable=SC2086
  GANTRY_CONFIG_DIR="$CFG" DOCKER_HOST="unix://$OUT/proxy.sock" \
    java ${GANTRY_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MinHeapSize=24m -XX:InitialHeapSize=64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30} \
    -Dprism.order=sw -jar "$root/app/target/gantry-app-0.1.0.jar" >"$OUT/app.log" 2>&1 &
  app=$!
  trap 'kill $app $wm 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do grep -q "First inventory painted" "$OUT/app.log" 2>/dev/null && break; sleep 0.5; done
  pid=$app
  sleep 3
  w=$(xdotool search --onlyvisible --name '^Gantry$' | head -1)
  xdotool windowactivate --sync "$w" 2>/dev/null || xdotool windowfocus --sync "$w" || true
  sleep 1
  if [ "$SCENE" = tree ]; then
    xdotool mousemove 600 800 click 1; sleep 1
  fi
  if [ "$SCENE" = stats ]; then
    # Filter the tree to the standalone container, select it (its group row first, then the
    # container), Ctrl+K opens its charts (Stats tab).
    xdotool key ctrl+f; sleep 0.4; xdotool type --delay 70 gt-idle-proxy; sleep 1.5
    xdotool key Down; sleep 0.5; xdotool key Down; sleep 0.5; xdotool key ctrl+k; sleep 3
  fi
  import -window root "$OUT/screen-start.png"
  ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
  : >"$OUT/cpu.txt"
  t0=$(ticks); start=$(date +%s)
  echo "$(date -u +%H:%M:%S) start" >>"$OUT/requests.marks"
  for m in $(seq 1 "$MINUTES"); do
    sleep 60
    t1=$(ticks)
    echo "minute $m cpu_ms $(( (t1 - t0) * 10 )) load $(cut -d' ' -f1 /proc/loadavg) threads $(ls /proc/$pid/task | wc -l)" >>"$OUT/cpu.txt"
    echo "$(date -u +%H:%M:%S) minute $m" >>"$OUT/requests.marks"
    t0=$t1
  done
  import -window root "$OUT/screen-end.png"
  # Who wakes up: JFR park/sleep events (every one, no threshold) and CPU samples over 60 s, then jstacks.
  jcmd "$pid" JFR.start name=idle filename="$OUT/idle.jfr" duration=60s \
    settings="$OUT/idle.jfc" >/dev/null
  sleep 63
  for i in 1 2 3; do jstack "$pid" >"$OUT/jstack-$i.txt"; sleep 5; done
  exit 0
fi

scene=${1:-none}
minutes=${2:-6}
case "$scene" in none|stats|tree) ;; *) log "scene is none, stats or tree"; exit 2 ;; esac
out="$root/target/idle-cost-$scene${GANTRY_IDLE_ENGINE:+-$GANTRY_IDLE_ENGINE}"
rm -rf "$out"; mkdir -p "$out"
"$root/scripts/test-engine.sh" start >/dev/null
eval "$("$root/scripts/test-engine.sh" env)"
private=${GANTRY_IDLE_ENGINE:-shared}
P=/tmp/gidle
BR=gidle0
if [ "$private" = private ]; then
  # A second dockerd like scripts/bench-stats.sh's: its own pre-created bridge (never --bridge=none).
  [ "$(id -u)" -eq 0 ] || { log "a private engine needs root"; exit 1; }
  if [ -e "$P/docker.pid" ] || ip link show "$BR" >/dev/null 2>&1; then log "leftovers in $P or $BR: remove them first"; exit 1; fi
  mkdir -p "$P/root" "$P/exec"
  ip link add "$BR" type bridge; ip addr add 10.214.0.1/24 dev "$BR"; ip link set "$BR" up
  nohup dockerd --data-root "$P/root" --exec-root "$P/exec" --pidfile "$P/docker.pid" -H "unix://$P/docker.sock" \
    --bridge="$BR" --iptables=false --ip-masq=false >"$P/dockerd.log" 2>&1 &
  for _ in $(seq 1 240); do docker -H "unix://$P/docker.sock" version >/dev/null 2>&1 && break; sleep 0.25; done
  for img in gantry-test/busybox:1 gantry-test/busybox:2 gantry-test/health:1; do
    docker -H "$GANTRY_TEST_DOCKER_HOST" save "$img" | docker -H "unix://$P/docker.sock" load >/dev/null
  done
  sock="$P/docker.sock"
else
  sock="${GANTRY_TEST_DOCKER_HOST#unix://}"
fi
dk() { docker -H "unix://$sock" "$@"; }
cfg=$(mktemp -d)

stop_private() {
  [ "$private" = private ] || return 0
  if [ -f "$P/docker.pid" ]; then
    local pid; pid=$(cat "$P/docker.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  grep " $P/" /proc/mounts | awk '{print $2}' | sort -r | xargs -r -n1 umount -l || true
  rm -rf "$P"
  ! ip link show "$BR" >/dev/null 2>&1 || ip link del "$BR"
}

cleanup() {
  [ -z "${proxy:-}" ] || kill "$proxy" 2>/dev/null || true
  if [ "$private" = private ]; then
    stop_private
  elif [ -z "${GANTRY_IDLE_KEEP:-}" ]; then
    log "removing the inventory"
    dk stack rm gt-idle >/dev/null 2>&1 || true
    ids=$(dk ps -aq --filter name=gt-idle- || true)
    [ -z "$ids" ] || dk rm -f $ids >/dev/null 2>&1 || true
  fi
  rm -rf "$cfg"
}
trap cleanup EXIT

if [ "$private" = private ]; then
  log "creating the demo-sized inventory as plain containers (gt-idle-*)"
  for r in 1 2 3; do dk run -d --name gt-idle-web-$r gantry-test/busybox:1 >/dev/null; done
  dk run -d --name gt-idle-gateway-1 gantry-test/busybox:2 >/dev/null
  for r in 1 2; do dk run -d --name gt-idle-api-$r gantry-test/health:1 >/dev/null; done
  for r in 1 2; do dk run -d --name gt-idle-worker-$r gantry-test/busybox:1 >/dev/null; done
  dk run -d --name gt-idle-cache-1 gantry-test/health:1 \
    sh -c "sleep 4; touch /tmp/unhealthy; trap 'exit 0' TERM; while true; do sleep 1; done" >/dev/null
fi
if [ "$private" = private ] || ! dk stack ls --format '{{.Name}}' | grep -qx gt-idle; then
  if [ "$private" != private ]; then
  log "deploying the quiet demo-sized inventory (gt-idle)"
  sed -e 's/command: \["sh", "-c", "echo crunching; sleep 2; exit 3"\]/command: ["sh", "-c", "echo crunching; trap \x27exit 0\x27 TERM; while true; do sleep 1; done"]/' \
      -e '/ports:/,/mode: host/d' "$root/scripts/demo/gantry-demo-stack.yml" >"$cfg/stack.yml"
  grep -q "exit 3" "$cfg/stack.yml" && { log "could not quiet the worker"; exit 1; }
  dk stack deploy -c "$cfg/stack.yml" gt-idle >/dev/null
  fi
  dk run -d --restart unless-stopped --name gt-idle-blog-app-1 --label com.docker.compose.project=gt-idle-blog \
    --label com.docker.compose.service=app gantry-test/busybox:1 >/dev/null
  dk run -d --restart unless-stopped --name gt-idle-blog-db-1 --label com.docker.compose.project=gt-idle-blog \
    --label com.docker.compose.service=db gantry-test/health:1 \
    sh -c 'touch /tmp/unhealthy; trap "exit 0" TERM; while true; do sleep 1; done' >/dev/null
  dk run -d --name gt-idle-blog-migrate-1 --label com.docker.compose.project=gt-idle-blog \
    --label com.docker.compose.service=migrate gantry-test/busybox:1 sh -c 'exit 0' >/dev/null
  dk run -d --restart unless-stopped --name gt-idle-proxy gantry-test/health:1 >/dev/null
  sleep 15   # replicas start, the cache and the blog db turn unhealthy once
fi
[ -f "$root/app/target/gantry-app-0.1.0.jar" ] || (cd "$root" && ./mvnw -B -q -ntp -DskipTests package >&2)

# Every park and sleep, so that periodic wake-ups show up however short they are.
cat >"$out/idle.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ThreadPark"><setting name="enabled">true</setting><setting name="stackTrace">true</setting><setting name="threshold">0 ms</setting></event>
  <event name="jdk.ThreadSleep"><setting name="enabled">true</setting><setting name="stackTrace">true</setting><setting name="threshold">0 ms</setting></event>
  <event name="jdk.JavaMonitorWait"><setting name="enabled">true</setting><setting name="stackTrace">true</setting><setting name="threshold">0 ms</setting></event>
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">10 ms</setting></event>
</configuration>
JFC

# One `socat -v` per connection, each with its own log (one shared log interleaves their chunks).
mkdir -p "$out/conn"
printf '#!/bin/sh\nexec socat -v - "UNIX-CONNECT:%s" 2>"%s/conn/$$.log"\n' "$sock" "$out" >"$out/conn.sh"
chmod +x "$out/conn.sh"
socat UNIX-LISTEN:"$out/proxy.sock",fork EXEC:"$out/conn.sh" &
proxy=$!
sleep 0.5
log "running Gantry ($scene) for $minutes minutes idle, then 60 s of JFR"
OUT="$out" CFG="$cfg" SCENE="$scene" MINUTES="$minutes" \
  xvfb-run -a -s "-screen 0 1440x900x24" "$root/scripts/idle-cost.sh" --in-display
kill "$proxy" 2>/dev/null || true; proxy=""

# Requests: socat -v writes "> DATE TIME length=N from=.. to=.." before each chunk the app sent.
for f in "$out"/conn/*.log; do
  awk '/^> [0-9][0-9][0-9][0-9]\/[0-9][0-9]\/[0-9][0-9] /{t=$3; next}
       /^(GET|POST|PUT|DELETE|HEAD) /{p=$2; sub(/\?.*/,"",p); print substr(t,1,12), $1, p}' "$f"
done | sort | sed -E 's#/[0-9a-f]{64}#/ID#g; s#/[0-9a-z]{25}(/|$)#/ID\1#g' >"$out/requests.txt"
# Events pushed by the engine (one JSON object per event on the /events stream).
cat "$out"/conn/*.log | grep -o '"Type":"[a-z]*","Action":"[^"]*"' | sed 's/: .*"$/"/' | sort | uniq -c | sort -rn >"$out/events.txt" || true
{
  echo "# scripts/idle-cost.sh $scene $minutes on $(date -u +%Y-%m-%dT%H:%MZ)"
  cat "$out/cpu.txt"
  echo "# requests in each idle minute (after the first painted inventory and the scene's keys)"
  awk 'function sec(t){split(t,a,":"); return a[1]*3600+a[2]*60+a[3]}
       NR==FNR{m[NR]=sec($1); n=NR; next}
       {s=sec($1); for(i=1;i<n;i++) if(s>=m[i] && s<m[i+1]) c[i]++}
       END{for(i=1;i<n;i++) print "minute", i, "requests", c[i]+0}' "$out/requests.marks" "$out/requests.txt"
  echo "# requests by kind during the idle minutes"
  awk 'function sec(t){split(t,a,":"); return a[1]*3600+a[2]*60+a[3]}
       NR==FNR{if(NR==1) b=sec($1); e=sec($1); next}
       {s=sec($1); if(s>=b && s<e) print $2, $3}' "$out/requests.marks" "$out/requests.txt" | sort | uniq -c | sort -rn
  echo "# requests by kind, whole run (including start-up)"
  awk '{print $2, $3}' "$out/requests.txt" | sort | uniq -c | sort -rn
  echo "# events pushed by the engine, whole run"
  cat "$out/events.txt"
  jfr summary "$out/idle.jfr" | grep -E "jdk\.(ThreadPark|ThreadSleep|JavaMonitorWait|ExecutionSample) " || true
} >"$out/summary.txt"
for e in ThreadPark ThreadSleep JavaMonitorWait ExecutionSample; do
  jfr print --events "jdk.$e" "$out/idle.jfr" >"$out/jfr-$e.txt" 2>/dev/null || true
done
cat "$out/summary.txt"
log "wrote $out"
