#!/usr/bin/env bash
# Makes the README screenshots: starts the test engine, deploys a demo (a swarm stack with healthy,
# failing and unhealthy replicas, a compose-labelled project, a standalone container), runs Gantry
# under Xvfb in the light and the dark theme, writes docs/screenshots/*.png, removes the demo.
#
#   scripts/screenshot.sh            (as root it installs xvfb, xauth, imagemagick, libgtk-3-0, xdotool when missing)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/screenshots"
mkdir -p "$out"
log() { echo "[screenshot] $*" >&2; }

need=()
for tool in xvfb-run:xvfb xauth:xauth import:imagemagick xdotool:xdotool; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
done
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { log "missing ${need[*]}; run as root or install them"; exit 1; }
  log "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}" >/dev/null
fi

"$root/scripts/test-engine.sh" start >/dev/null
eval "$("$root/scripts/test-engine.sh" env)"
dk() { DOCKER_BUILDKIT=0 docker -H "$GANTRY_TEST_DOCKER_HOST" "$@"; }

cleanup() {
  log "removing the demo"
  dk stack rm gantry-demo >/dev/null 2>&1 || true
  ids=$(dk ps -aq --filter name=gantry-demo- || true)
  [ -z "$ids" ] || dk rm -f $ids >/dev/null 2>&1 || true
  dk volume rm gantry-demo-blog-data >/dev/null 2>&1 || true
  [ -z "${cfg:-}" ] || rm -rf "$cfg"
  [ -z "${app:-}" ] || kill "$app" 2>/dev/null || true
}
trap cleanup EXIT

log "deploying the demo"
dk stack deploy -c "$root/scripts/demo/gantry-demo-stack.yml" gantry-demo >/dev/null
dk run -d --restart unless-stopped --name gantry-demo-blog-app-1 --label com.docker.compose.project=gantry-demo-blog \
  --label com.docker.compose.service=app -e DB_PASSWORD=secret -e PORT=8000 -p 127.0.0.1:18000:8000 \
  gantry-test/busybox:1 >/dev/null
dk run -d --restart unless-stopped --name gantry-demo-blog-db-1 --label com.docker.compose.project=gantry-demo-blog \
  --label com.docker.compose.service=db -v gantry-demo-blog-data:/data \
  gantry-test/health:1 sh -c 'touch /tmp/unhealthy; trap "exit 0" TERM; while true; do sleep 1; done' >/dev/null
dk run -d --name gantry-demo-blog-migrate-1 --label com.docker.compose.project=gantry-demo-blog \
  --label com.docker.compose.service=migrate gantry-test/busybox:1 sh -c 'exit 1' >/dev/null
dk run -d --restart unless-stopped --name gantry-demo-proxy -p 127.0.0.1:18443:443 gantry-test/health:1 >/dev/null
sleep 12   # let replicas start, fail and turn unhealthy

(cd "$root" && ./mvnw -B -q -ntp -DskipTests package >&2)

shoot() {
  local theme="$1"
  cfg="$(mktemp -d)"
  cat >"$cfg/settings.json" <<JSON
{ "version": 1, "theme": "$theme",
  "endpoints": [ { "name": "test engine", "host": "$GANTRY_TEST_DOCKER_HOST", "source": "USER" },
                 { "name": "staging (TLS)", "host": "$GANTRY_TEST_TLS_URL", "caCert": "$GANTRY_TEST_TLS_DIR/ca.pem",
                   "clientCert": "$GANTRY_TEST_TLS_DIR/cert.pem", "clientKey": "$GANTRY_TEST_TLS_DIR/key.pem",
                   "verifyServer": true, "source": "USER" },
                 { "name": "prod swarm", "host": "tcp://127.0.0.1:1", "source": "USER" } ],
  "window": { "x": 0, "y": 0, "width": 1440, "height": 900, "maximized": false,
              "sidebarDivider": 0.16, "detailDivider": 0.70 } }
JSON
  log "running Gantry ($theme)"
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    GANTRY_CONFIG_DIR="$0" GANTRY_JAVA_OPTS="-Dprism.order=sw -Dgantry.theme=$1" "$2/gantry" >"$0/app.log" 2>&1 &
    app=$!
    # Wait for the window and for the first inventory on screen (slow on a loaded machine).
    for i in $(seq 1 240); do grep -q "First inventory painted" "$0/app.log" 2>/dev/null && break; sleep 0.5; done
    for i in $(seq 1 60); do xdotool search --name "^Gantry$" >/dev/null 2>&1 && break; sleep 0.5; done
    sleep 3
    w=$(xdotool search --name "^Gantry$" | head -1)
    xdotool windowactivate --sync "$w" 2>/dev/null || xdotool windowfocus "$w"
    # Keyboard only: narrow the tree, walk to the unhealthy database, then widen the filter again
    # (the selection survives the rebuild).
    xdotool key ctrl+f; sleep 0.5
    xdotool type --delay 100 "gantry-demo-blog-db"; sleep 1.5
    for k in 1 2 3; do xdotool key Down; sleep 0.7; done
    xdotool key ctrl+f; sleep 0.5
    xdotool type --delay 100 "gantry-demo"; sleep 2.5
    import -window root "$3/main-$1.png"
    kill $app; wait $app 2>/dev/null || true
  ' "$cfg" "$theme" "$root" "$out"
  rm -rf "$cfg"; cfg=""
}
# The operations, logs and charts, driven from the main window with its shortcuts (light theme):
# Ctrl+U rolling update (progress while it runs), Ctrl+E exec-restart (result), Ctrl+Shift+P prune
# preview, Ctrl+L the merged service log, Ctrl+K a task container's charts. Escape closes a dialog.
shoot_ops() {
  cfg="$(mktemp -d)"
  cat >"$cfg/settings.json" <<JSON
{ "version": 1, "theme": "light",
  "endpoints": [ { "name": "test engine", "host": "$GANTRY_TEST_DOCKER_HOST", "source": "USER" } ],
  "window": { "x": 0, "y": 0, "width": 1440, "height": 900, "maximized": false,
              "sidebarDivider": 0.14, "detailDivider": 0.55 } }
JSON
  log "running Gantry (operations)"
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    GANTRY_CONFIG_DIR="$0" GANTRY_JAVA_OPTS="-Dprism.order=sw -Dgantry.theme=light" "$1/gantry" >"$0/app.log" 2>&1 &
    app=$!
    for i in $(seq 1 240); do grep -q "First inventory painted" "$0/app.log" 2>/dev/null && break; sleep 0.5; done
    for i in $(seq 1 60); do xdotool search --name "^Gantry$" >/dev/null 2>&1 && break; sleep 0.5; done
    sleep 3
    w=$(xdotool search --name "^Gantry$" | head -1)
    xdotool windowactivate --sync "$w" 2>/dev/null || xdotool windowfocus "$w"
    shot() { sleep "$1"; import -window root "$2/$3.png"; }
    # the web service: filter, then into the tree (stack row first, the service below it)
    xdotool key ctrl+f; sleep 0.5
    xdotool type --delay 80 "gantry-demo_web"; sleep 1.5
    xdotool key Down; sleep 1; xdotool key End; sleep 1.5
    shot 1 "$2" ops-toolbar
    # rolling update to busybox:2, progress while it runs
    xdotool key ctrl+u; sleep 2
    xdotool key ctrl+a; xdotool type --delay 40 "gantry-test/busybox:2"; xdotool key Return
    shot 6 "$2" update-progress
    xdotool key Escape; sleep 1
    # exec-restart on all replicas (preset kill -HUP 1)
    xdotool key ctrl+e; sleep 2; xdotool key Return
    shot 12 "$2" exec-restart
    xdotool key Escape; sleep 1
    # the merged log of the service
    xdotool key ctrl+l
    shot 4 "$2" service-log
    # prune preview
    xdotool key ctrl+shift+p; sleep 2
    for k in 1 2 3 4 5 6; do xdotool key Tab; sleep 0.2; done; xdotool key space
    shot 6 "$2" prune-preview
    xdotool key Escape; sleep 1
    # a task of the api service: its charts
    xdotool key ctrl+f; sleep 0.5; xdotool key ctrl+a
    xdotool type --delay 80 "gantry-demo_api.1"; sleep 1.5
    xdotool key Down; sleep 1; xdotool key End; sleep 0.7; xdotool key Right; sleep 0.7; xdotool key End; sleep 1
    xdotool key ctrl+k
    shot 10 "$2" container-charts
    kill $app; wait $app 2>/dev/null || true
  ' "$cfg" "$root" "$out"
  rm -rf "$cfg"; cfg=""
}

case "${1:-all}" in
  ops) shoot_ops ;;
  *) shoot light; shoot dark; shoot_ops ;;
esac
log "wrote the PNGs in $out"
