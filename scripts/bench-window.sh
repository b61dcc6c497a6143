#!/usr/bin/env bash
# The main window's figures for docs/benchmarks.md, with 200 containers and 40 services on the test
# engine: first paint after launch, one event burst applied, idle RSS, and the adapter's inventory
# fetch against the docker CLI's equivalent listing calls. Cleans up what it creates (gantry-bench-*).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
log() { echo "[bench] $*" >&2; }
"$root/scripts/test-engine.sh" start >/dev/null
eval "$("$root/scripts/test-engine.sh" env)"
dk() { docker -H "$GANTRY_TEST_DOCKER_HOST" "$@"; }
cfg="$(mktemp -d)"
cleanup() {
  log "cleaning up"
  dk service ls -q --filter name=gantry-bench-s | xargs -r docker -H "$GANTRY_TEST_DOCKER_HOST" service rm >/dev/null 2>&1 || true
  ids=$(dk ps -aq --filter name=gantry-bench-c || true); [ -z "$ids" ] || dk rm -f $ids >/dev/null 2>&1 || true
  rm -rf "$cfg"
}
trap cleanup EXIT
(cd "$root" && ./mvnw -B -q -ntp -DskipTests package >&2)

log "creating 200 containers and 40 services"
seq 1 200 | xargs -P 4 -I{} docker -H "$GANTRY_TEST_DOCKER_HOST" run -d --name gantry-bench-c{} gantry-test/busybox:1 >/dev/null
seq 1 40 | xargs -P 4 -I{} docker -H "$GANTRY_TEST_DOCKER_HOST" service create -d --name gantry-bench-s{} gantry-test/busybox:1 >/dev/null
for i in $(seq 1 120); do
  [ "$(dk service ls --filter name=gantry-bench-s --format '{{.Replicas}}' | grep -c '^1/1')" = 40 ] && break; sleep 2
done
log "engine holds $(dk ps -q | wc -l) running containers"

cat >"$cfg/settings.json" <<JSON
{ "version": 1, "theme": "light", "endpoints": [ { "name": "test engine", "host": "$GANTRY_TEST_DOCKER_HOST", "source": "USER" } ] }
JSON
applog="$cfg/app.log"
xvfb-run -a -s "-screen 0 1440x900x24" env GANTRY_CONFIG_DIR="$cfg" \
  java -Dprism.order=sw -Dlogback.configurationFile="$root/scripts/demo/logback-bench.xml" \
  -jar "$root/app/target/gantry-app-0.1.0.jar" >"$applog" 2>&1 &
for i in $(seq 1 120); do grep -q "First inventory painted" "$applog" && break; sleep 0.5; done
paint=$(grep -o 'First inventory painted [0-9]* ms' "$applog" | grep -o '[0-9]*')
sleep 15
pid=$(pgrep -n -f "^java .*gantry-app-0.1.0.jar")
rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
before=$(grep -c 'Reload of' "$applog" || true)
log "burst: killing 20 containers at once"
t0=$(date +%s%3N)
seq 1 20 | sed 's/^/gantry-bench-c/' | xargs docker -H "$GANTRY_TEST_DOCKER_HOST" kill >/dev/null
sleep 5
burst=$(grep 'Reload of' "$applog" | tail -n +$((before + 1)))
kill "$pid" 2>/dev/null || true
echo "$burst" | sed 's/^/  /' >&2

CP="$root/app/target/gantry-app-0.1.0.jar:$(ls "$root"/app/target/lib/*.jar | tr '\n' ':')"
adapter=$(java -cp "$CP" -Dlogback.configurationFile=/dev/null "$root/scripts/demo/bench/InventoryVsCli.java" "$GANTRY_TEST_DOCKER_HOST" 2>/dev/null)
cli_once() {
  local t=$(date +%s%N)
  dk info >/dev/null; dk ps -a >/dev/null; dk service ls >/dev/null; dk node ls >/dev/null
  dk service ps $(dk service ls -q) >/dev/null
  echo $(( ($(date +%s%N) - t) / 1000000 ))
}
cli=$(for i in 1 2 3 4 5; do cli_once; done | sort -n | sed -n 3p)
grep -h 'Opened' "$applog" >&2 || true
echo "load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
echo "first_paint_ms=$paint"
echo "idle_rss_mb=$rss"
echo "burst_reloads=$(echo "$burst" | grep -c 'Reload of')"
echo "adapter_inventory_ms=$adapter"
echo "cli_listing_ms=$cli"
