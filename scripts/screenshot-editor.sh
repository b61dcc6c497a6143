#!/usr/bin/env bash
# Screenshots of the compose editor under Xvfb: a positioned error (docs/screenshots/editor-error.png)
# and the deploy diff dialog against the test engine (docs/screenshots/editor-diff.png).
# Usage: scripts/screenshot-editor.sh [error|diff|both]
# Needs: xvfb, xauth, imagemagick, libgtk-3-0; the test engine for the diff (scripts/test-engine.sh env).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -B -q -ntp -pl ui -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="ui/target/test-classes:ui/target/classes:$(cat "$work/cp.txt")"

shot() { # mode png [extra args]
  local mode=$1 png=$2; shift 2
  rm -f "$work/ready"
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    java -Dprism.order=sw -cp "$1" dev.gantry.ui.editor.ComposeEditorDemo "$2" "$3" "$3/ready" "${@:5}" &
    pid=$!
    for i in $(seq 1 240); do [ -f "$3/ready" ] && break; sleep 0.5; done
    sleep 1.5
    import -window root "$4"
    kill $pid' _ "$cp" "$mode" "$work" "$png" "$@"
  echo "wrote $png"
}

which=${1:-both}
[ "$which" = diff ] || shot error "$out/editor-error.png"

if [ "$which" = error ]; then
  :
elif [ -n "${GANTRY_TEST_DOCKER_HOST:-}" ]; then
  stack="gt-editor-shot-$RANDOM"
  echo "$stack" > "$work/stack-name"
  shot diff "$out/editor-diff.png" || true
  docker -H "$GANTRY_TEST_DOCKER_HOST" stack rm "$stack" >/dev/null 2>&1 || true
  for i in $(seq 1 60); do
    [ -z "$(docker -H "$GANTRY_TEST_DOCKER_HOST" network ls -q --filter label=com.docker.stack.namespace="$stack")" ] && break
    sleep 1
  done
else
  echo "GANTRY_TEST_DOCKER_HOST not set: no diff screenshot (eval \"\$(scripts/test-engine.sh env)\")" >&2
fi
