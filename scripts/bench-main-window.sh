#!/usr/bin/env bash
# Main-window benchmark (issue 3, Performance). Against the test engine it creates 200 containers
# and 40 services (prefix gt-bench-), then measures, side by side in one run:
#   1. first paint of the inventory tree after launch (bench: first-inventory-paint-ms), median;
#   2. the time to apply one event burst (20 containers stopped, the same started, 10 services
#      scaled 2 -> 3 in one CLI call), from the first event received to the tree painted, median;
#   3. VmRSS of the app idle ~10 s after the tree is shown, median;
#   4. the adapter's inventory fetch against the docker CLI's listing calls (InventoryBenchmark).
# Each JVM option set in VARIANTS (separated by '|'; "default" means none; "@cds" stands for an
# AppCDS archive the script makes with one training launch) is launched RUNS times, interleaved.
# In a variant, NAME=value tokens set the environment (e.g. MALLOC_ARENA_MAX=2) and the token
# ./gantry launches through ./gantry with its own JVM options (the variant's other options and the
# bench's go in through JDK_JAVA_OPTIONS), after one untimed launch that lets it make its archive;
# jar=PATH launches another build (e.g. main's, from a second worktree) for before/after runs.
# Bursts are measured with the first variant only, or those in BURST_VARIANTS ('|'-separated);
# BURSTS=all: with every variant; 0: none. Everything named gt-bench-* that
# this run created is removed at the end.
#
#   RUNS=5 VARIANTS='default|-XX:+UseSerialGC' BURSTS=1 INVENTORY=1 scripts/bench-main-window.sh
#
# Results: target/bench-main-window/results.txt (raw lines) and a summary on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

if [ -z "${GANTRY_BENCH_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install -y xvfb xauth libgtk-3-0)" >&2; exit 1; }
  GANTRY_BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi

RUNS="${RUNS:-5}"
VARIANTS="${VARIANTS:-default}"
BURSTS="${BURSTS:-1}"
INVENTORY="${INVENTORY:-1}"
SETUP="${SETUP:-1}"
KEEP="${KEEP:-0}"       # 1: leave the fixture for another run with SETUP=0 BENCH_PREFIX=... (debugging)
P="${BENCH_PREFIX:-gt-bench-$(date +%s | tail -c 6)$$}"
case "$P" in gt-bench-*) ;; *) echo "BENCH_PREFIX must start with gt-bench-" >&2; exit 2 ;; esac
out="$root/target/bench-main-window"
mkdir -p "$out"
results="$out/results.txt"
: >"$results"
jar="$root/app/target/gantry-app-0.1.0.jar"

log() { echo "[bench $(date +%T)] $*" >&2; }
note() { echo "$*" | tee -a "$results"; }

scripts/test-engine.sh status >/dev/null 2>&1 || scripts/test-engine.sh start
eval "$(scripts/test-engine.sh env)"
D() { docker -H "$GANTRY_TEST_DOCKER_HOST" "$@"; }

app_pid=""
cfg="$(mktemp -d)"
cleanup() {
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$cfg"
  if [ "$KEEP" = 1 ]; then log "keeping $P* (KEEP=1)"; return; fi
  log "removing everything named $P*"
  D service ls -q --filter "name=$P" | xargs -r docker -H "$GANTRY_TEST_DOCKER_HOST" service rm >/dev/null
  D ps -aq --filter "name=$P" | xargs -r docker -H "$GANTRY_TEST_DOCKER_HOST" rm -f >/dev/null
  # task containers of removed services go away with their tasks; wait a little for that
  for _ in $(seq 1 60); do [ -z "$(D ps -aq --filter "name=$P")" ] && break; sleep 1; done
  D ps -aq --filter "name=$P" | xargs -r docker -H "$GANTRY_TEST_DOCKER_HOST" rm -f >/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# Build (when sources are newer than the jar) and the fixture: 40 services x 2 replicas in 4
# stacks = 80 task containers; 60 containers in 6 compose projects; 60 standalone. 200 in all.
if [ ! -f "$jar" ] || [ -n "$(find "$root" -path '*/src/*' -newer "$jar" -print -quit)" ]; then
  log "building"
  ./mvnw -B -q -ntp -DskipTests package >&2
  touch "$jar" # maven keeps the app jar as it was when only another module changed
fi

running() { { D ps -q --filter "name=$P" --filter status=running 2>/dev/null || true; } | wc -l; }
wait_engine() { # other suites stop and restart the shared engine now and then
  local t=0
  until scripts/test-engine.sh status >/dev/null 2>&1; do
    [ "$t" = 0 ] && log "the engine does not answer; waiting for it"
    sleep 2; t=$((t + 1)); [ "$t" -ge 150 ] && { log "the engine stayed away"; return 1; }
  done
}
log "prefix $P"
if [ "$SETUP" = 1 ]; then
  log "creating 40 services and 120 containers as $P-*"
  seq 1 40 | xargs -P 4 -I{} sh -c '
    i={}; st="'"$P"'-stack$(( (i - 1) / 10 + 1 ))"
    docker -H "$GANTRY_TEST_DOCKER_HOST" service create -d -q --no-resolve-image --name "'"$P"'-svc$i" --replicas 2 \
      --label com.docker.stack.namespace="$st" --container-label com.docker.stack.namespace="$st" \
      --stop-grace-period 2s gantry-test/busybox:1 >/dev/null'
  seq 1 120 | xargs -P 4 -I{} sh -c '
    i={}
    if [ "$i" -le 60 ]; then
      proj="'"$P"'-proj$(( (i - 1) / 10 + 1 ))"
      set -- --label com.docker.compose.project="$proj" --label com.docker.compose.service=web \
             --label com.docker.compose.container-number="$i"
    else set --; fi
    docker -H "$GANTRY_TEST_DOCKER_HOST" run -d -q --name "'"$P"'-c$i" "$@" gantry-test/busybox:1 >/dev/null'
  for _ in $(seq 1 300); do
    n="$(running)"; [ "$n" -ge 200 ] && break; sleep 1
  done
  log "$(running) containers of $P running"
  [ "$(running)" -ge 200 ] || { log "the engine did not converge to 200 running containers"; exit 1; }
fi

engine_counts="$(D ps -aq | wc -l) containers, $(D service ls -q | wc -l) services on the engine in all"
note "engine: $engine_counts"

# ---------------------------------------------------------------------------------------------
# One launch: prints "variant paint-ms cpu-ms-at-paint rss-kb" and, with bursts, burst lines.
wait_line() { # file pattern timeout-s
  local t=0
  until grep -qs "$2" "$1"; do
    sleep 0.1; t=$((t + 1))
    if [ "$t" -ge $(( $3 * 10 )) ]; then return 1; fi
    if ! kill -0 "$app_pid" 2>/dev/null; then return 1; fi
  done
}
cpu_ms() { # pid: user+system CPU time so far
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}
burst() { # label, then the trigger command...
  local label=$1; shift
  sleep 4 # let the previous burst close (3 s of quiet) before counting
  local before; before="$(grep -c '^bench: burst' "$applog" || true)"
  wait_engine || return 0
  "$@" >/dev/null 2>&1 || { log "$label: trigger failed (engine restarted?)"; return 0; }
  local t=0
  until [ "$(grep -c '^bench: burst' "$applog" || true)" -gt "$before" ]; do
    sleep 0.2; t=$((t + 1)); [ "$t" -ge 300 ] && { log "no burst line for $label"; return 0; }
  done
  note "burst $label [$variant_now] $(grep '^bench: burst' "$applog" | sed -n "$((before + 1))p" | sed 's/^bench: burst //')"
}
settle() { # wait for the engine to be back at 200 running containers of ours
  for _ in $(seq 1 120); do [ "$(running)" -ge "$1" ] && break; sleep 0.5; done
}

cds_archive() { # variant: an AppCDS archive made by one training launch with the variant's other options
  local jsa; jsa="$out/cds-$(echo "$1" | md5sum | cut -c1-8).jsa"
  if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ]; then
    rm -f "$jsa"
    local o="${1//@cds/}"
    # shellcheck disable=SC2086
    DOCKER_HOST="$GANTRY_TEST_DOCKER_HOST" GANTRY_CONFIG_DIR="$cfg" timeout 300 java $o -XX:ArchiveClassesAtExit="$jsa" \
      -Dprism.order=sw -Dgantry.bench=true -Dgantry.bench.exit=true -jar "$jar" >"$out/cds-training.log" 2>&1 || true
    [ -f "$jsa" ] || log "no CDS archive made; see $out/cds-training.log"
  fi
  echo "$jsa"
}

command_of() { # variant extra-jvm-options...: sets envs and cmd for one launch of that variant
  local variant=$1 opts="" t o=()
  shift
  [ "$variant" = default ] || opts="$variant"
  if [[ "$opts" == *@cds* ]]; then opts="${opts//@cds/-XX:SharedArchiveFile=$(cds_archive "$variant")}"; fi
  envs=()
  local via_script=0 launch_jar="$jar"
  for t in $opts; do
    case "$t" in
      ./gantry) via_script=1 ;;
      jar=*) launch_jar="${t#jar=}" ;;
      [A-Z_]*=*) envs+=("$t") ;;
      *) o+=("$t") ;;
    esac
  done
  if [ "$via_script" = 1 ]; then # ./gantry with its own JVM options; the bench's go through JDK_JAVA_OPTIONS
    envs+=("JDK_JAVA_OPTIONS=${o[*]} $*")
    cmd=(env -u GANTRY_JAVA_OPTS ./gantry)
  else
    cmd=(java "${o[@]}" "$@" -jar "$launch_jar")
  fi
}

gantry_training() { # variant: one untimed launch through ./gantry, so that it makes its class-data archive
  command_of "$1" -Dprism.order=sw -Dgantry.bench=true -Dgantry.bench.exit=true
  log "training launch for [$1]"
  env "${envs[@]}" DOCKER_HOST="$GANTRY_TEST_DOCKER_HOST" GANTRY_CONFIG_DIR="$cfg" timeout 300 "${cmd[@]}" \
    >"$out/gantry-training.log" 2>&1 || log "training launch failed; see $out/gantry-training.log"
}

launch() { # run-number variant
  local run=$1 variant=$2
  variant_now="$variant"
  command_of "$variant" -Dprism.order=sw -Dgantry.bench=true -Dgantry.bench.events="$P"
  applog="$out/app-$run-$(echo "$variant" | tr -c 'A-Za-z0-9=+-' '_').log"
  rm -f "$applog"
  wait_engine || true
  env "${envs[@]}" DOCKER_HOST="$GANTRY_TEST_DOCKER_HOST" GANTRY_CONFIG_DIR="$cfg" GANTRY_LAUNCH_EPOCH_MS="$(date +%s%3N)" \
    "${cmd[@]}" >"$applog" 2>&1 &
  app_pid=$!
  if ! wait_line "$applog" '^bench: first-inventory-paint-ms' 180; then
    log "run $run ($variant): no first paint; see $applog"; kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
    app_pid=""; return 0
  fi
  local cpu; cpu="$(cpu_ms "$app_pid")"
  local paint; paint="$(sed -n 's/^bench: first-inventory-paint-ms=\([0-9]*\).*/\1/p' "$applog")"
  sleep 10
  local rss; rss="$(awk '/^VmRSS/ { print $2 }' "/proc/$app_pid/status")"
  local anon; anon="$(awk '/^RssAnon/ { print $2 }' "/proc/$app_pid/status")"
  local file; file="$(awk '/^RssFile/ { print $2 }' "/proc/$app_pid/status")"
  note "launch $run [$variant] paint-ms=$paint cpu-ms=$cpu rss-kb=$rss rss-anon-kb=$anon rss-file-kb=$file load=$(cut -d' ' -f1 /proc/loadavg) engine-containers=$({ D ps -aq 2>/dev/null || true; } | wc -l)"
  note "  $(grep '^bench: breakdown-ms' "$applog" | sed 's/^bench: //')"
  if [ "$BURSTS" = all ] || { [ "$BURSTS" = 1 ] && [[ "|${BURST_VARIANTS:-${VARIANTS%%|*}}|" == *"|$variant|"* ]]; }; then
    # other suites restart the shared engine now and then: containers without a restart policy stay exited
    wait_engine || true
  { D ps -aq --filter "name=$P-c" --filter status=exited || true; } | xargs -r docker -H "$GANTRY_TEST_DOCKER_HOST" start >/dev/null 2>&1 || true
    settle 200
    local c20; c20="$(seq 1 20 | sed "s/^/$P-c/" | tr '\n' ' ')"
    # shellcheck disable=SC2086
    burst stop-20 D stop -t 5 $c20
    # shellcheck disable=SC2086
    burst start-20 D start $c20
    settle 200
    burst scale-10 D service scale -d $(seq 1 10 | sed "s/.*/$P-svc&=3/")
    settle 210
    burst scale-back-10 D service scale -d $(seq 1 10 | sed "s/.*/$P-svc&=2/")
    settle 200
  fi
  kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

note "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
note "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
IFS='|' read -r -a variants <<<"$VARIANTS"
for v in "${variants[@]}"; do
  if [[ " $v " == *" ./gantry "* ]]; then gantry_training "$v"; fi
done
for run in $(seq 1 "$RUNS"); do
  for v in "${variants[@]}"; do
    log "run $run: $v"
    launch "$run" "$v"
  done
done

# ---------------------------------------------------------------------------------------------
if [ "$INVENTORY" = 1 ]; then
  log "inventory fetch vs the docker CLI"
  cp="$out/adapter-test.classpath"
  ./mvnw -B -q -ntp -pl docker-adapter dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cp" >&2
  java -cp "docker-adapter/target/classes:docker-adapter/target/test-classes:$(cat "$cp")" \
    dev.gantry.adapter.docker.InventoryBenchmark 20 2>/dev/null | sed 's/^/inventory: /' | tee -a "$results"
fi
note "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------------------------------------
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'; }
field() { sed -n "s/.*[ ]$1=\([-0-9]*\).*/\1/p"; }
echo
echo "summary ($RUNS runs each; $engine_counts)"
for v in "${variants[@]}"; do
  sel="$(grep -F "] paint-ms=" "$results" | grep -F "[$v] " || true)"
  printf '%-40s first paint %6s ms  cpu at paint %6s ms  rss idle %6s kB (anon %s, file %s)  (n=%s)\n' "$v" \
    "$(field paint-ms <<<"$sel" | median)" "$(field cpu-ms <<<"$sel" | median)" \
    "$(field rss-kb <<<"$sel" | median)" "$(field rss-anon-kb <<<"$sel" | median)" \
    "$(field rss-file-kb <<<"$sel" | median)" "$(grep -c . <<<"$sel" || true)"
done
for v in "${variants[@]}"; do
  for b in stop-20 start-20 scale-10 scale-back-10; do
    sel="$(grep -F "burst $b [$v] " "$results" || true)"
    [ -n "$sel" ] || continue
    printf 'burst %-14s %-30.30s first event -> first update %5s ms, -> last update %5s ms, last event -> last update %5s ms (n=%s)\n' \
      "$b" "$v" "$(field first-update-ms <<<"$sel" | median)" "$(field last-update-ms <<<"$sel" | median)" \
      "$(field last-update-after-last-event-ms <<<"$sel" | median)" "$(grep -c . <<<"$sel")"
  done
done
grep '^inventory: ratio' "$results" || true
