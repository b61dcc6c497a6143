#!/usr/bin/env bash
# A private Docker Engine for Gantry's tests: its own data-root, exec-root, pidfile and unix
# socket under one short directory, plus a mutual-TLS listener on tcp://127.0.0.1:PORT, local test
# images (no registry needed) and a single-node swarm.
#
#   scripts/test-engine.sh start     install what is missing (as root), start, prepare; idempotent
#   scripts/test-engine.sh stop      stop the daemon and everything it started
#   scripts/test-engine.sh restart   stop then start, keeping data (swarm state survives)
#   scripts/test-engine.sh env       print the variables the tests read (eval "$(... env)")
#   scripts/test-engine.sh status    exit 0 when the engine answers
#
# It never touches the user's own daemon: everything lives under $GANTRY_ENGINE_DIR.
set -euo pipefail

D="${GANTRY_ENGINE_DIR:-/tmp/gantry-engine}"   # keep short: unix socket paths are limited to 108 bytes
PORT="${GANTRY_ENGINE_TLS_PORT:-23761}"
SOCK="$D/docker.sock"
TLS="$D/tls"
SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

log() { echo "[test-engine] $*" >&2; }
die() { log "error: $*"; exit 1; }

docker_cli() {
  # The distribution's client matches dockerd 20.10 and builds with the classic builder;
  # the newer client on PATH works too.
  local bin=/usr/bin/docker
  [ -x "$bin" ] || bin="$(command -v docker || true)"
  [ -n "$bin" ] || die "no docker client found"
  DOCKER_BUILDKIT=0 "$bin" -H "unix://$SOCK" "$@"
}

install_missing() {
  local need=()
  command -v dockerd >/dev/null || need+=(docker.io)
  [ -x /bin/busybox ] || command -v busybox >/dev/null || need+=(busybox-static)
  command -v openssl >/dev/null || need+=(openssl)
  command -v iptables >/dev/null || need+=(iptables)
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "missing ${need[*]}; run as root or install them"
  command -v apt-get >/dev/null || die "missing ${need[*]} and no apt-get to install them"
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
}

make_certs() {
  [ -f "$TLS/client/cert.pem" ] && [ -f "$TLS/rogue/cert.pem" ] && return 0
  log "generating TLS material in $TLS"
  rm -rf "$TLS"; mkdir -p "$TLS/server" "$TLS/client" "$TLS/rogue" "$TLS/work"
  local w="$TLS/work"
  ca() { # dir subject
    openssl genrsa -out "$1/ca-key.pem" 2048 2>/dev/null
    openssl req -new -x509 -days 3650 -key "$1/ca-key.pem" -subj "/CN=$2" -out "$1/ca.pem" 2>/dev/null
  }
  leaf() { # cadir outdir name ext
    openssl genrsa -out "$2/key.pem" 2048 2>/dev/null
    openssl req -new -key "$2/key.pem" -subj "/CN=$3" -out "$w/$3.csr" 2>/dev/null
    printf '%s\n' "$4" >"$w/$3.ext"
    openssl x509 -req -days 3650 -in "$w/$3.csr" -CA "$1/ca.pem" -CAkey "$1/ca-key.pem" \
      -CAcreateserial -extfile "$w/$3.ext" -out "$2/cert.pem" 2>/dev/null
  }
  mkdir -p "$w/ca" "$w/rogue-ca"
  ca "$w/ca" "Gantry Test CA"
  ca "$w/rogue-ca" "Gantry Rogue CA"
  leaf "$w/ca" "$TLS/server" localhost \
    "$(printf 'subjectAltName = DNS:localhost,IP:127.0.0.1\nextendedKeyUsage = serverAuth')"
  leaf "$w/ca" "$TLS/client" client "extendedKeyUsage = clientAuth"
  leaf "$w/rogue-ca" "$TLS/rogue" rogue-client "extendedKeyUsage = clientAuth"
  cp "$w/ca/ca.pem" "$TLS/server/ca.pem"
  cp "$w/ca/ca.pem" "$TLS/client/ca.pem"
  cp "$w/rogue-ca/ca.pem" "$TLS/rogue/ca.pem"
  chmod 600 "$TLS"/*/key.pem
}

running() {
  [ -f "$D/docker.pid" ] && kill -0 "$(cat "$D/docker.pid")" 2>/dev/null
}

answers() { docker_cli version >/dev/null 2>&1; }

start_daemon() {
  if running && answers; then return 0; fi
  mkdir -p "$D/root" "$D/exec"
  log "starting dockerd on unix://$SOCK and tcp://127.0.0.1:$PORT (TLS)"
  nohup dockerd \
    --data-root "$D/root" --exec-root "$D/exec" --pidfile "$D/docker.pid" \
    -H "unix://$SOCK" -H "tcp://127.0.0.1:$PORT" \
    --tlsverify --tlscacert "$TLS/server/ca.pem" --tlscert "$TLS/server/cert.pem" --tlskey "$TLS/server/key.pem" \
    >"$D/dockerd.log" 2>&1 &
  for _ in $(seq 1 240); do
    answers && { wait_for_manager; return 0; }
    sleep 0.25
  done
  tail -20 "$D/dockerd.log" >&2 || true
  die "dockerd did not answer within 60 s (log: $D/dockerd.log)"
}

# After a restart the daemon answers before its swarm manager has elected itself leader; tests
# that run right after would see "not a swarm manager". Wait for it (only when in a swarm).
wait_for_manager() {
  local state; state="$(docker_cli info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null || true)"
  [ "$state" = active ] || return 0
  for _ in $(seq 1 240); do
    docker_cli node ls >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  log "warning: the swarm manager was not ready within 60 s"
}

make_images() {
  local have
  have="$(docker_cli images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null || true)"
  local bb; bb="$(command -v busybox || echo /bin/busybox)"
  for v in 1 2; do
    grep -qx "gantry-test/busybox:$v" <<<"$have" && continue
    log "making gantry-test/busybox:$v"
    local root="$D/image-$v"
    rm -rf "$root"; mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/proc" "$root/sys" "$root/dev"
    cp "$bb" "$root/bin/busybox"
    for applet in $("$bb" --list); do
      [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
    done
    echo "$v" >"$root/version"
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
    tar -C "$root" -c . | docker_cli import \
      --change 'ENV PATH=/bin' \
      --change 'CMD ["/bin/sh","-c","echo gantry-test v$(cat /version); trap \"exit 0\" TERM INT; while true; do sleep 1; done"]' \
      - "gantry-test/busybox:$v" >/dev/null
    rm -rf "$root"
  done
  if ! grep -qx "gantry-test/health:1" <<<"$have"; then
    log "making gantry-test/health:1 (healthy until /tmp/unhealthy exists)"
    local ctx="$D/health-build"
    rm -rf "$ctx"; mkdir -p "$ctx"
    cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM gantry-test/busybox:1
HEALTHCHECK --interval=1s --timeout=1s --retries=1 CMD test ! -f /tmp/unhealthy
DOCKERFILE
    docker_cli build -q -t gantry-test/health:1 "$ctx" >/dev/null
    rm -rf "$ctx"
  fi
}

init_swarm() {
  local state; state="$(docker_cli info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null || true)"
  [ "$state" = active ] && return 0
  log "initialising a single-node swarm"
  docker_cli swarm init --advertise-addr 127.0.0.1 >/dev/null
}

cmd_start() {
  install_missing
  mkdir -p "$D"
  make_certs
  start_daemon
  make_images
  init_swarm
  log "ready: unix://$SOCK and tcp://127.0.0.1:$PORT"
}

cmd_stop() {
  if running; then
    local pid; pid="$(cat "$D/docker.pid")"
    log "stopping dockerd ($pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 240); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then
      log "dockerd did not stop in 60 s, killing"
      kill -KILL "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    fi
  fi
  # Whatever this engine started (its managed containerd, shims) lives under our exec-root.
  local left; left="$(pgrep -f -- "$D/exec" || true)"
  [ -n "$left" ] && { kill -TERM $left 2>/dev/null || true; sleep 1; kill -KILL $left 2>/dev/null || true; }
  rm -f "$D/docker.pid" "$SOCK"
  return 0
}

cmd_env() {
  cat <<EOF
export GANTRY_TEST_DOCKER_HOST=unix://$SOCK
export GANTRY_TEST_TLS_URL=tcp://127.0.0.1:$PORT
export GANTRY_TEST_TLS_DIR=$TLS/client
export GANTRY_TEST_TLS_ROGUE_DIR=$TLS/rogue
export GANTRY_TEST_ENGINE_SCRIPT=$SELF
EOF
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; start_daemon ;;
  env) cmd_env ;;
  status) answers ;;
  *) echo "usage: $0 start|stop|restart|env|status" >&2; exit 2 ;;
esac
