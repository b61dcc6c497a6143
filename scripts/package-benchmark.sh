#!/usr/bin/env bash
# Start-up to the first painted window: the packaged app-image against the plain jar, which is what
# ./gantry runs once the build is up to date (from Maven, Maven's own start comes on top). RUNS
# times each, interleaved, under one Xvfb, against the test engine. Prints each
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
out=packaging/target/benchmark.txt

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
  done' _ "$runs" "$image" "$jar" | tee "$out"
for label in packaged jar; do
  values="$(awk -v l="$label" '$1 == l && $2 != "" { print $2 }' "$out" | sort -n)"
  n="$(grep -c . <<<"$values" || true)"
  [ "$n" -gt 0 ] || { echo "no $label run painted a window; see $out" >&2; exit 1; }
  median="$(sed -n "$(( (n + 1) / 2 ))p" <<<"$values")"
  echo "median $label: $median ms to the first painted window over $n runs ($(tr '\n' ' ' <<<"$values"))"
done
echo "load average: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
