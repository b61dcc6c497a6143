#!/usr/bin/env bash
# The test command. Starts the private test engine (scripts/test-engine.sh) unless the caller names a
# disposable engine in GANTRY_TEST_DOCKER_HOST, then runs every module's tests against it.
# Extra arguments go to Maven, e.g. scripts/test.sh -pl docker-adapter -Dtest=TlsConnectionTest
set -euo pipefail
cd "$(dirname "$0")/.."

started_engine=0
if [ -z "${GANTRY_TEST_DOCKER_HOST:-}" ]; then
  if [ "$(id -u)" -eq 0 ] || command -v dockerd >/dev/null; then
    scripts/test-engine.sh start
    started_engine=1
    eval "$(scripts/test-engine.sh env)"
  else
    echo "[test] no GANTRY_TEST_DOCKER_HOST and cannot start a private engine: engine tests will be skipped (they fail under CI=true)" >&2
  fi
fi
if [ "$started_engine" = 1 ] && [ "${CI:-}" = true ]; then
  trap 'scripts/test-engine.sh stop || true' EXIT
fi

./mvnw -B -ntp verify "$@"
