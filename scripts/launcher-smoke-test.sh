#!/usr/bin/env bash
# Launch-tests ./gantry on both runtimes it may choose: the newest JDK 25 or later (its ahead-of-time
# cache) and Java 17 (its class-data archive). For each, under Xvfb against the test engine:
#   0. a first launch without a display, which fails and must leave no cache file;
#   1. a training launch (the first plain ./gantry after a build) that paints the window and exits
#      (bench hooks), which must leave a cache file and its stamp;
#   2. ./gantry --smoke-test, which must start from that file (the JVM is told to fail otherwise:
#      -XX:AOTMode=on on 25, -Xshare:on on 17), exit 0, report the window shown and the engine
#      answering, and print no JVM warning.
# A runtime that is not installed fails the test under CI=true and is skipped (said so) otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
log() { echo "[launcher-smoke] $*" >&2; }
die() { log "FAIL: $*"; exit 1; }
command -v xvfb-run >/dev/null || die "xvfb-run is missing (apt-get install -y xvfb xauth)"
if [ -z "${GANTRY_TEST_DOCKER_HOST:-}" ]; then
  scripts/test-engine.sh status >/dev/null 2>&1 || scripts/test-engine.sh start
  eval "$(scripts/test-engine.sh env)"
fi
[ -f app/target/gantry-app-0.1.0.jar ] || ./mvnw -B -q -ntp -DskipTests package
touch app/target/gantry-app-0.1.0.jar # ./gantry must not rebuild here: the jar is the one just tested
# A container of its own on the engine: the training launch exits once an inventory row is painted,
# and a clean engine (CI, after the other suites cleaned up) would show none.
fixture="gt-launcher-$$"
docker -H "$GANTRY_TEST_DOCKER_HOST" create --name "$fixture" gantry-test/busybox:1 true >/dev/null \
  || die "could not create the container $fixture on the test engine"
trap 'docker -H "$GANTRY_TEST_DOCKER_HOST" rm -f "$fixture" >/dev/null 2>&1 || true' EXIT
out="$root/app/target/launcher-smoke"
rm -rf "$out"; mkdir -p "$out"

newest25() {
  local h v best="" best_v=24
  for h in /usr/lib/jvm/*; do
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$h/release" 2>/dev/null)"
    if [ -n "$v" ] && [ "$v" -gt "$best_v" ] && [ -x "$h/bin/java" ]; then best="$h/bin/java"; best_v="$v"; fi
  done
  echo "$best"
}
java17="$(readlink -f "$(command -v java)")"
java25="$(newest25)"

# check NAME JAVA CACHE-FILE STRICT-OPTIONS LOG-TAG: the smoke launch logs LOG-TAG to a file, which
# must say that CACHE-FILE was opened
check() {
  local name="$1" java="$2" cache="$3" strict="$4 -Xlog:$5=info:file=$out/$1-smoke.jvm.log" tag="$5" cfg
  if [ -z "$java" ] || [ ! -x "$java" ]; then
    [ "${CI:-}" = true ] && die "$name: no such Java runtime on this machine"
    log "$name: SKIPPED, no such Java runtime on this machine"
    return
  fi
  cfg="$(mktemp -d)"
  rm -f "$cache" "$cache.stamp"
  log "$name: a first launch that fails (no display) must not leave a cache behind"
  if env -u DISPLAY -u WAYLAND_DISPLAY GANTRY_JAVA="$java" GANTRY_CONFIG_DIR="$cfg" timeout 120 ./gantry \
       >"$out/$name-nodisplay.out" 2>&1; then
    die "$name: ./gantry without a display exited 0"
  fi
  [ ! -e "$cache" ] || die "$name: a failed first launch left $cache"
  log "$name: training launch with $java"
  GANTRY_JAVA="$java" GANTRY_CONFIG_DIR="$cfg" DOCKER_HOST="$GANTRY_TEST_DOCKER_HOST" \
    JDK_JAVA_OPTIONS="-Dprism.order=sw -Dgantry.bench=true -Dgantry.bench.exit=true" \
    timeout 180 xvfb-run -a -s "-screen 0 1440x900x24" ./gantry >"$out/$name-train.out" 2>"$out/$name-train.err" \
    || { cat "$out/$name-train.err" >&2; die "$name: the training launch failed"; }
  grep -q '^bench: first-inventory-paint-ms=' "$out/$name-train.out" || die "$name: the training launch painted no inventory"
  [ -s "$cache" ] && [ -s "$cache.stamp" ] || die "$name: no cache file $cache after the training launch"
  log "$name: --smoke-test from $(basename "$cache")"
  local rc=0
  GANTRY_JAVA="$java" GANTRY_CONFIG_DIR="$cfg" DOCKER_HOST="$GANTRY_TEST_DOCKER_HOST" JDK_JAVA_OPTIONS="$strict" \
    timeout 180 xvfb-run -a -s "-screen 0 1440x900x24" ./gantry --smoke-test --timeout 90 \
    >"$out/$name-smoke.out" 2>"$out/$name-smoke.err" || rc=$?
  rm -rf "$cfg"
  [ "$rc" -eq 0 ] || { cat "$out/$name-smoke.err" >&2; die "$name: --smoke-test exited $rc"; }
  grep -q '^smoke-test: ok window=shown' "$out/$name-smoke.out" || die "$name: $(cat "$out/$name-smoke.out")"
  # JavaFX on the class path always says "Unsupported JavaFX configuration" (the installers put it
  # on the module path); any other JVM warning (native access, Unsafe, the cache) is a failure.
  if grep -v 'Unsupported JavaFX configuration' "$out/$name-smoke.err" | grep -E 'WARNING|\[warning\]|\[error\]'; then
    die "$name: warnings on stderr"
  fi
  grep -qE "Opened (AOT cache|archive) $cache" "$out/$name-smoke.jvm.log" || die "$name: the JVM did not open $cache (-Xlog:$tag)"
  log "$name: ok: $(grep '^smoke-test:' "$out/$name-smoke.out")"
}

check jdk25 "$java25" "$root/app/target/gantry-app-jdk$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "${java25:-/x/x}")")/release" 2>/dev/null).aot" "-XX:AOTMode=on" aot
check jdk17 "$java17" "$root/app/target/gantry-app.jsa" "-Xshare:on" cds
