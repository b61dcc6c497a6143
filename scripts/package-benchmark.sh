#!/usr/bin/env bash
# Start-up to the first painted window: the packaged app-image against the plain jar (what ./gantry
# runs), RUNS times each, interleaved, under one Xvfb, against the test engine. Prints each
# run's first-paint-ms (measured by --smoke-test from the moment this script starts the launcher,
# via GANTRY_LAUNCH_EPOCH_MS) and the medians. Run scripts/package-linux.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
image=packaging/target/jpackage/image/Gantry/bin/Gantry
jar=app/target/gantry-app-0.1.0.jar
[ -x "$image" ] && [ -f "$jar" ] || { echo "run scripts/package-linux.sh first" >&2; exit 1; }
if [ -z "${GANTRY_TEST_DOCKER_HOST:-}" ]; then eval "$(scripts/test-engine.sh env)"; fi
export DOCKER_HOST="$GANTRY_TEST_DOCKER_HOST"

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  runs=$1 image=$2 jar=$3
  one() { # label command...
    local label=$1; shift
    local line; line="$(GANTRY_LAUNCH_EPOCH_MS=$(date +%s%3N) "$@" --smoke-test 2>/dev/null | grep "^smoke-test:")"
    local ms; ms="$(sed -n "s/.*first-paint-ms=\([0-9]*\).*/\1/p" <<<"$line")"
    echo "$label $ms    # $line"
  }
  for i in $(seq 1 "$runs"); do
    one packaged "$image"
    one jar java -jar "$jar"
  done' _ "$runs" "$image" "$jar" | tee /dev/stderr | awk '
  $1 == "packaged" || $1 == "jar" { v[$1] = v[$1] " " $2 }
  END {
    for (k in v) {
      n = split(substr(v[k], 2), a, " "); asort(a)
      m = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
      printf "median %-8s %d ms over %d runs:%s\n", k, m, n, v[k]
    }
  }'
echo "load average: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores" >&2
