#!/usr/bin/env bash
# Makes the README screenshots from the running app: starts the test engine, deploys the demo of
# scripts/demo/demo.sh (a swarm stack with healthy, failing, unhealthy and logging replicas, a
# compose-labelled project, standalone containers, things to prune), runs Gantry under Xvfb with
# a window manager (openbox, so that dialogs get the keyboard focus), drives it with its shortcuts
# and writes docs/screenshots/*.png; then it removes the demo.
#
#   scripts/screenshot.sh          the main window in both themes, then the operations and streams
#   scripts/screenshot.sh main     only the main window (light and dark)
#   scripts/screenshot.sh ops      only the operations, logs, charts and alerts (light)
#
# As root it installs xvfb, xauth, imagemagick, libgtk-3-0, xdotool, openbox and xcompmgr when missing.
# GANTRY_SHOTS_NO_BUILD=1 skips the Maven build (when the app is built already).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/screenshots"
log() { echo "[screenshot] $*" >&2; }

# ---------------------------------------------------------------------------------------------
# Inside the X display (the script re-runs itself under xvfb-run): CFG, THEME, OUT set by `session`.
if [ "${1:-}" = --in-display ]; then
  scene="$2"
  # The main window comes up without a frame at 0,0 (as on the user's screen, minus the title bar);
  # dialogs keep their frame and title. openbox focuses new windows; we also activate them by title.
  sed 's|^<applications>$|<applications><application title="Gantry"><decor>no</decor><position force="yes"><x>0</x><y>0</y></position></application>|' \
    /etc/xdg/openbox/rc.xml >"$CFG/openbox-rc.xml"
  openbox --config-file "$CFG/openbox-rc.xml" >"$CFG/openbox.log" 2>&1 &
  wm=$!
  # A compositor, so that transparent popups (the alert notifications) show what is behind them
  # instead of a stale copy of the screen.
  xcompmgr >"$CFG/xcompmgr.log" 2>&1 &
  comp=$!
  sleep 1

  # xdotool helpers. Window names are regular expressions (xdotool search --name).
  key() { xdotool key "$@"; sleep 0.4; }
  typ() { xdotool type --delay 70 "$1"; sleep 0.5; }
  click() { xdotool mousemove "$1" "$2" click 1; sleep 0.6; }
  shot() { import -window root "$OUT/$1.png"; log "wrote $1.png"; }
  window() { # regex [tries]: the id of the visible window with that name, waiting for it
    local i w
    for i in $(seq 1 "${2:-40}"); do
      w=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1) && [ -n "$w" ] && { echo "$w"; return 0; }
      sleep 0.5
    done
    log "no window named /$1/ (the screen then: ${TMPDIR:-/tmp}/gantry-screenshot-failed.png)"
    import -window root "${TMPDIR:-/tmp}/gantry-screenshot-failed.png"; return 1
  }
  activate() { # regex: raise and focus that window (waits for it)
    local w; w=$(window "$1") || return 1
    xdotool windowactivate --sync "$w" 2>/dev/null || xdotool windowfocus --sync "$w"
    sleep 0.5
  }
  close_dialog() { # regex: Escape in the dialog until it is gone (logs when one Escape was not enough)
    local n i
    for n in 1 2 3; do
      activate "$1" || true
      key Escape
      for i in $(seq 1 10); do xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || break 2; sleep 0.3; done
      log "Escape $n did not close /$1/"
    done
    if xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then
      log "closing /$1/ with openbox's Alt+F4"; activate "$1" || true; key alt+F4; sleep 1
    fi
    activate '^Gantry$'
  }
  select_row() { # filter text, then keys to walk from the first match to the row
    key ctrl+f; key ctrl+a; typ "$1"; sleep 1
    shift; local k; for k in "$@"; do key "$k"; sleep 0.3; done
    sleep 1
  }

  GANTRY_CONFIG_DIR="$CFG" GANTRY_JAVA_OPTS="-Dprism.order=sw -Dgantry.theme=$THEME" "$ROOT/gantry" >"$CFG/app.log" 2>&1 &
  app=$!
  trap 'kill $app $comp $wm 2>/dev/null || true' EXIT
  # Wait for the window and for the first inventory on screen (slow on a loaded machine).
  for i in $(seq 1 240); do grep -q "First inventory painted" "$CFG/app.log" 2>/dev/null && break; sleep 0.5; done
  activate '^Gantry$'
  sleep 3

  case "$scene" in
    main)
      # Keyboard only: narrow the tree, walk to the unhealthy database, then widen the filter
      # again (the selection survives the rebuild).
      select_row gantry-demo-blog-db Down Down Down
      key ctrl+f; typ gantry-demo; sleep 2.5
      shot "main-$THEME"
      ;;
    ops)
      # The web service (stack row first, the service below it) and its actions toolbar.
      select_row gantry-demo_web Down End
      shot ops-toolbar
      # Ctrl+E: exec-restart every replica with the preset (kill -HUP 1); Enter runs it.
      key ctrl+e; activate '^Exec-restart '; key Return; sleep 10
      shot ops-exec-restart
      close_dialog '^Exec-restart '
      # Ctrl+U: rolling update to busybox:2, the progress while it runs.
      key ctrl+u; activate '^Update '
      key ctrl+a; typ gantry-test/busybox:2; key Return; sleep 9
      shot ops-update-progress
      close_dialog '^Update '
      # Ctrl+Shift+P: prune. The dialog opens with the focus on Preview; Shift+Tab walks back to
      # the first kind box (stopped containers): untick it, so that the shot shows the demo's
      # dangling images and networks rather than a page of exited task containers; Tab back to
      # Preview and Enter: what goes and what stays (and why).
      key ctrl+shift+p; activate '^Prune '
      for _ in 1 2 3 4 5 6; do key shift+Tab; done
      key space
      for _ in 1 2 3 4 5 6; do key Tab; done
      key Return; sleep 5
      shot ops-prune-preview
      close_dialog '^Prune '
      # Ctrl+L: the merged log of the api service (three replicas, a request line a second each),
      # then a regex search in it: Ctrl+L puts the cursor in the log's search field; type, Enter.
      # The service is collapsed (healthy), so End lands on it.
      select_row gantry-demo_api Down End
      key ctrl+l; sleep 4
      typ 'WARN.*took \d+ms'; key Return; sleep 1.5
      shot logs-service-search
      # Ctrl+K: the charts of the first api task's container (CPU, memory, network, block I/O).
      select_row gantry-demo_api.1 Down End Right End
      key ctrl+k; sleep 14
      shot stats-container-charts
      # The Alerts tab: the rules and what fired (the demo's cache and blog db turn unhealthy).
      click "$ALERTS_TAB_X" "$ALERTS_TAB_Y"; sleep 1.5
      shot alerts-fired
      ;;
  esac
  kill $app 2>/dev/null || true; wait $app 2>/dev/null || true
  exit 0
fi

# ---------------------------------------------------------------------------------------------
mkdir -p "$out"
need=()
for tool in xvfb-run:xvfb xauth:xauth import:imagemagick xdotool:xdotool openbox:openbox xcompmgr:xcompmgr; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
done
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { log "missing ${need[*]}; run as root or install them"; exit 1; }
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "${need[@]}" >/dev/null || { apt-get update -qq >/dev/null; apt-get install -y "${need[@]}" >/dev/null; }
fi

"$root/scripts/test-engine.sh" start >/dev/null
eval "$("$root/scripts/test-engine.sh" env)"
cleanup() {
  "$root/scripts/demo/demo.sh" down || true
  [ -z "${cfg:-}" ] || rm -rf "$cfg"
}
trap cleanup EXIT

"$root/scripts/demo/demo.sh" up
sleep 12   # let replicas start, fail and turn unhealthy

[ "${GANTRY_SHOTS_NO_BUILD:-}" = 1 ] || (cd "$root" && ./mvnw -B -q -ntp -DskipTests package >&2)

# One run of Gantry under Xvfb: theme, scene (main or ops), sidebar and detail dividers. The window
# is 1440x900 at 0,0; the click targets of the ops scene (log search field, Alerts tab) follow
# from that layout.
session() {
  local theme="$1" scene="$2" sidebar="$3" detail="$4"
  cfg="$(mktemp -d)"
  local extra=""
  [ "$scene" = main ] && extra=', { "name": "staging (TLS)", "host": "'"$GANTRY_TEST_TLS_URL"'", "caCert": "'"$GANTRY_TEST_TLS_DIR"'/ca.pem",
                   "clientCert": "'"$GANTRY_TEST_TLS_DIR"'/cert.pem", "clientKey": "'"$GANTRY_TEST_TLS_DIR"'/key.pem",
                   "verifyServer": true, "source": "USER" },
                 { "name": "prod swarm", "host": "tcp://127.0.0.1:1", "source": "USER" }'
  cat >"$cfg/settings.json" <<JSON
{ "version": 1, "theme": "$theme",
  "endpoints": [ { "name": "test engine", "host": "$GANTRY_TEST_DOCKER_HOST", "source": "USER" }${extra} ],
  "window": { "x": 0, "y": 0, "width": 1440, "height": 900, "maximized": false,
              "sidebarDivider": $sidebar, "detailDivider": $detail } }
JSON
  log "running Gantry ($scene, $theme)"
  CFG="$cfg" THEME="$theme" OUT="$out" ROOT="$root" \
    ALERTS_TAB_X=769 ALERTS_TAB_Y=70 \
    xvfb-run -a -s "-screen 0 1440x900x24" "$root/scripts/screenshot.sh" --in-display "$scene" ||
    { log "the $scene run failed; its log:"; tail -20 "$cfg/app.log" >&2 || true; }
  rm -rf "$cfg"; cfg=""
}

case "${1:-all}" in
  main) session light main 0.16 0.70; session dark main 0.16 0.70 ;;
  ops) session light ops 0.14 0.52 ;;
  *) session light main 0.16 0.70; session dark main 0.16 0.70; session light ops 0.14 0.52 ;;
esac
log "wrote the PNGs in $out"
