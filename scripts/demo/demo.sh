#!/usr/bin/env bash
# The demo that scripts/screenshot.sh shows (and that the operations are tried on by hand), on the
# test engine (scripts/test-engine.sh):
#   - the swarm stack gantry-demo (gantry-demo-stack.yml): healthy, failing and unhealthy replicas,
#     and an api service whose three replicas log a request line a second (a WARN to stderr every
#     sixth), so that its merged service log interleaves the replicas;
#   - a compose-labelled project gantry-demo-blog (app, an unhealthy db, a migrate that exited 1)
#     and a standalone container gantry-demo-proxy;
#   - things for the prune preview: a dangling image nothing uses and one a stopped container still
#     uses (both made with `docker commit` and re-tagging, labelled gantry-demo), an unused network
#     gantry-demo-unused and a network gantry-demo-backend that gantry-demo-proxy is attached to.
#
#   scripts/demo/demo.sh up      deploy all of it (removes an earlier demo first)
#   scripts/demo/demo.sh down    remove all of it (only objects named or labelled gantry-demo)
#
# Uses GANTRY_TEST_DOCKER_HOST (eval "$(scripts/test-engine.sh env)"); it never touches another engine.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
log() { echo "[demo] $*" >&2; }
: "${GANTRY_TEST_DOCKER_HOST:?run eval \"\$(scripts/test-engine.sh env)\" first}"
dk() { DOCKER_BUILDKIT=0 docker -H "$GANTRY_TEST_DOCKER_HOST" "$@"; }

down() {
  dk stack rm gantry-demo >/dev/null 2>&1 || true
  local ids
  ids=$(dk ps -aq --filter name=gantry-demo- || true)
  [ -z "$ids" ] || dk rm -f $ids >/dev/null 2>&1 || true
  # the stack's tasks go away asynchronously; its network goes with them
  for _ in $(seq 1 40); do
    dk ps -aq --filter label=com.docker.stack.namespace=gantry-demo | grep -q . || break
    sleep 0.5
  done
  for _ in $(seq 1 20); do dk network ls -q --filter name=gantry-demo_ | grep -q . || break; sleep 0.5; done
  for n in gantry-demo-unused gantry-demo-backend; do dk network rm "$n" >/dev/null 2>&1 || true; done
  dk volume rm gantry-demo-blog-data >/dev/null 2>&1 || true
  # the demo's own images: tagged and dangling, all labelled gantry-demo
  ids=$(dk images -aq --filter label=gantry-demo | sort -u || true)
  [ -z "$ids" ] || dk rmi -f $ids >/dev/null 2>&1 || true
}

prunables() {
  # Three images that differ only in a label, each taking the tag gantry-demo-app:latest from the
  # one before: v1 is dangling but used by the stopped container gantry-demo-legacy (it stays),
  # v2 is dangling and unused (it goes), v3 keeps the tag.
  dk create --name gantry-demo-imgsrc gantry-test/busybox:1 >/dev/null
  dk commit --change 'LABEL gantry-demo=v1' gantry-demo-imgsrc gantry-demo-app:latest >/dev/null
  dk create --name gantry-demo-legacy gantry-demo-app:latest sh -c 'exit 0' >/dev/null
  dk commit --change 'LABEL gantry-demo=v2' gantry-demo-imgsrc gantry-demo-app:latest >/dev/null
  dk commit --change 'LABEL gantry-demo=v3' gantry-demo-imgsrc gantry-demo-app:latest >/dev/null
  dk rm gantry-demo-imgsrc >/dev/null
  dk network create --label gantry-demo=unused gantry-demo-unused >/dev/null
  dk network create --label gantry-demo=backend gantry-demo-backend >/dev/null
  dk network connect gantry-demo-backend gantry-demo-proxy
}

up() {
  down
  log "deploying the demo on $GANTRY_TEST_DOCKER_HOST"
  dk stack deploy -c "$here/gantry-demo-stack.yml" gantry-demo >/dev/null
  dk run -d --restart unless-stopped --name gantry-demo-blog-app-1 --label com.docker.compose.project=gantry-demo-blog \
    --label com.docker.compose.service=app -e DB_PASSWORD=secret -e PORT=8000 -p 127.0.0.1:18000:8000 \
    gantry-test/busybox:1 >/dev/null
  dk run -d --restart unless-stopped --name gantry-demo-blog-db-1 --label com.docker.compose.project=gantry-demo-blog \
    --label com.docker.compose.service=db -v gantry-demo-blog-data:/data \
    gantry-test/health:1 sh -c 'touch /tmp/unhealthy; trap "exit 0" TERM; while true; do sleep 1; done' >/dev/null
  dk run -d --name gantry-demo-blog-migrate-1 --label com.docker.compose.project=gantry-demo-blog \
    --label com.docker.compose.service=migrate gantry-test/busybox:1 sh -c 'exit 1' >/dev/null
  dk run -d --restart unless-stopped --name gantry-demo-proxy -p 127.0.0.1:18443:443 gantry-test/health:1 >/dev/null
  prunables
}

case "${1:-}" in
  up) up ;;
  down) log "removing the demo"; down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
