#!/usr/bin/env bash
# Launch-tests what scripts/package-linux.sh built, against the test engine:
#   1. the app-image's launcher, under Xvfb, with --smoke-test: exit 0, window shown, engine answers
#      (over the unix socket and over mutual TLS), no "Unsupported JavaFX configuration", no
#      native libraries unpacked into the home directory; a screenshot that is not blank;
#   2. the .deb: dpkg -i, the installed launcher and desktop entry, the same smoke test, dpkg -r.
# As root on Debian/Ubuntu it installs what is missing (xvfb xauth imagemagick libgtk-3-0) and
# starts the test engine unless GANTRY_TEST_DOCKER_HOST names one (and under CI=true stops it
# again if it was not running before). The .deb part needs root.
# Screenshots and logs go to packaging/target/smoke/.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
out="$root/packaging/target/smoke"
image="$root/packaging/target/jpackage/image/Gantry"
log() { echo "[package-smoke] $*" >&2; }
die() { log "FAIL: $*"; exit 1; }

need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
command -v import >/dev/null || need+=(imagemagick)
ldconfig -p 2>/dev/null | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null || die "missing ${need[*]}"
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -x "$image/bin/Gantry" ] || die "no app-image at $image: run scripts/package-linux.sh first"

installed=0 started_engine=0
cleanup() {
  if [ "$installed" = 1 ]; then dpkg --purge gantry >/dev/null 2>&1 || true; fi
  if [ "$started_engine" = 1 ] && [ "${CI:-}" = true ]; then scripts/test-engine.sh stop || true; fi
}
trap cleanup EXIT
if [ -z "${GANTRY_TEST_DOCKER_HOST:-}" ]; then
  scripts/test-engine.sh status >/dev/null 2>&1 || started_engine=1
  scripts/test-engine.sh start
  eval "$(scripts/test-engine.sh env)"
fi
rm -rf "$out"; mkdir -p "$out/home"

# smoke NAME LAUNCHER [ENV=VALUE...]: runs the launcher's smoke test under Xvfb with its window
# held open for a screenshot, then checks the status line, the exit code, stderr and the picture.
smoke() {
  local name="$1" launcher="$2"; shift 2
  log "$name: $launcher --smoke-test"
  local rc=0
  env "$@" JAVA_TOOL_OPTIONS="-Duser.home=$out/home" \
    xvfb-run -a -s "-screen 0 1920x1200x24" bash -c '
      "$1" --smoke-test --hold 6 --timeout 120 >"$2.out" 2>"$2.err" & app=$!
      for _ in $(seq 1 1200); do grep -q "^smoke-test:" "$2.out" 2>/dev/null && break; kill -0 $app 2>/dev/null || break; sleep 0.1; done
      sleep 1; import -window root "$2.png" 2>>"$2.err" || true
      wait $app' _ "$launcher" "$out/$name" || rc=$?
  local line; line="$(grep '^smoke-test:' "$out/$name.out" || true)"
  log "$name: exit $rc: $line"
  [ "$rc" -eq 0 ] || { cat "$out/$name.err" >&2; die "$name exited $rc"; }
  [ "$(grep -c '^smoke-test:' "$out/$name.out")" -eq 1 ] || die "$name did not print exactly one status line"
  [[ "$line" == "smoke-test: ok window=shown "* ]] || die "$name: window not shown"
  [[ "$line" == *" engine=unreachable "* ]] && die "$name: the test engine did not answer"
  grep -q 'Unsupported JavaFX configuration' "$out/$name.err" && die "$name: JavaFX was loaded from the class path"
  [ ! -e "$out/home/.openjfx" ] || die "$name: JavaFX unpacked native libraries into the home directory"
  # the window's content area (x,y,width,height, from the status line) must not be one colour
  # x,y may be negative when the window is larger than the screen: crop what is on screen.
  local b; b="$(sed -n 's/.* content-bounds=\(-\{0,1\}[0-9]*\),\(-\{0,1\}[0-9]*\),\([0-9]*\),\([0-9]*\) .*/\1 \2 \3 \4/p' <<<"$line")"
  [ -n "$b" ] || die "$name: no content-bounds in the status line"
  local x y w h; read -r x y w h <<<"$b"
  [ "$x" -lt 0 ] && { w=$((w + x)); x=0; }
  [ "$y" -lt 0 ] && { h=$((h + y)); y=0; }
  local bounds="${w}x${h}+${x}+${y}"
  local sd; sd="$(convert "$out/$name.png" -crop "$bounds" +repage -format '%[fx:standard_deviation]' info:)"
  log "$name: screenshot $out/$name.png, window content $bounds, pixel standard deviation $sd"
  awk -v sd="$sd" 'BEGIN { exit !(sd > 0.01) }' || die "$name: the window's content is blank"
}

start=$(date +%s)
version="$("$image/bin/Gantry" --version 2>/dev/null)"
log "app-image --version: $version"
[[ "$version" == "gantry "[0-9]* ]] || die "--version printed '$version'"

smoke app-image "$image/bin/Gantry" DOCKER_HOST="$GANTRY_TEST_DOCKER_HOST"
smoke app-image-tls "$image/bin/Gantry" DOCKER_HOST="$GANTRY_TEST_TLS_URL" DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH="$GANTRY_TEST_TLS_DIR"

deb="$(ls "$root"/packaging/target/jpackage/installers/gantry_*.deb 2>/dev/null | head -1 || true)"
if [ "$(id -u)" -ne 0 ]; then
  [ "${CI:-}" = true ] && die "the .deb test needs root"
  log "not root: skipping the .deb install test"
else
  [ -n "$deb" ] || die "no .deb in packaging/target/jpackage/installers: run scripts/package-linux.sh first"
  dpkg-query -W -f='${Status}' gantry 2>/dev/null | grep -q ' installed$' && die "a gantry package is already installed here; remove it first (dpkg -r gantry)"
  # dpkg -i does not fetch dependencies: install the missing ones the package declares (xdg-utils, GTK, ...)
  missing=()
  for dep in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/[ (].*//'); do
    dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing the package's missing dependencies: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  log "dpkg -i $(basename "$deb")"
  installed=1
  dpkg -i "$deb" >"$out/dpkg-install.log" 2>&1 || { cat "$out/dpkg-install.log" >&2; die "dpkg -i failed"; }
  [ -x /opt/gantry/bin/Gantry ] || die "the .deb did not install /opt/gantry/bin/Gantry"
  desktop="$(dpkg -L gantry | grep '\.desktop$' | head -1)"
  [ -n "$desktop" ] && grep -q '^Exec=/opt/gantry/bin/Gantry' "$desktop" || die "no desktop entry launching /opt/gantry/bin/Gantry"
  log "desktop entry $desktop; Depends: $(dpkg-query -W -f='${Depends}' gantry | tr ',' '\n' | grep -c .) packages, libgtk-3-0 $(dpkg-query -W -f='${Depends}' gantry | grep -q libgtk-3-0 && echo included)"
  [ "$(gantry --version 2>/dev/null)" = "$version" ] || die "/usr/bin/gantry does not run the installed app"
  smoke deb "/opt/gantry/bin/Gantry" DOCKER_HOST="$GANTRY_TEST_DOCKER_HOST"
  dpkg -r gantry >"$out/dpkg-remove.log" 2>&1 || die "dpkg -r failed"
  installed=0
  [ ! -e /opt/gantry/bin/Gantry ] || die "dpkg -r left /opt/gantry/bin/Gantry behind"
  [ ! -L /usr/bin/gantry ] || die "dpkg -r left the /usr/bin/gantry link behind"
  dpkg --purge gantry >/dev/null 2>&1 || true
  log "dpkg -r gantry: removed"
fi
log "all passed in $(( $(date +%s) - start )) s"
