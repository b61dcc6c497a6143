#!/usr/bin/env bash
# Logs/stats benchmarks (issue 5), side by side in one run, medians; writes target/bench-logs.md.
# Needs the test engine: eval "$(scripts/test-engine.sh env)" (or this script starts it).
# Usage: scripts/bench-logs.sh [containers=100] [window_seconds=30]
# STEPS (env) picks steps, default "model engine open rss stats"; hold an exclusive CPU lock per call,
# e.g. STEPS="rss" flock -x /tmp/gantry-cpu.lock scripts/bench-logs.sh
# Not part of the test suite: the mains live in test sources but are not *Test classes.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
WINDOW=${2:-30}
if [ -z "${GANTRY_TEST_DOCKER_HOST:-}" ]; then
  scripts/test-engine.sh start >/dev/null
  eval "$(scripts/test-engine.sh env)"
fi
export GANTRY_TEST_DOCKER_HOST
export PATH="$(dirname "$(command -v docker)"):$PATH"

cpfile=$(mktemp)
out=$(mktemp)
trap 'rm -f "$cpfile" "$out"' EXIT
./mvnw -B -q -ntp -pl ui -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
CP="ui/target/test-classes:ui/target/classes:docker-adapter/target/test-classes:$(cat "$cpfile")"
FX="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1200-32 -Dprism.order=sw -Djava.awt.headless=true"
HEAP="-Xmx300m -XX:+UseSerialGC"
# the options ./gantry runs the app with (its `lean` set)
LEAN="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MinHeapSize=24m -XX:InitialHeapSize=64m -XX:MaxNewSize=12m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Djdk.nio.maxCachedBufferSize=65536"
STEPS=" ${STEPS:-model engine open rss stats} "
step() { [[ "$STEPS" == *" $1 "* ]]; }

if step model; then
  echo "[bench] search and model ingest" >&2
  java -Xmx1g -cp "$CP" dev.gantry.adapter.docker.LogIngestBench model | grep "^RESULT" >>"$out" || echo "[bench] step failed: see above" >&2
fi
if step engine; then
  echo "[bench] engine ingest vs docker logs" >&2
  java -Xmx1g -cp "$CP" dev.gantry.adapter.docker.LogIngestBench engine | grep "^RESULT" >>"$out" || echo "[bench] step failed: see above" >&2
fi
if step open; then
  echo "[bench] open 1M-line log" >&2
  java $FX -Xmx1g -cp "$CP" dev.gantry.bench.LogViewBench open 2>/dev/null | grep "^RESULT" >>"$out" || echo "[bench] step failed: see above" >&2
fi
if step rss; then
  echo "[bench] peak RSS ($HEAP)" >&2
  java $FX $HEAP -cp "$CP" dev.gantry.bench.LogViewBench rss 2>/dev/null | grep "^RESULT" >>"$out" || echo "[bench] step failed: see above" >&2
  echo "[bench] peak RSS (./gantry's lean options: $LEAN)" >&2
  java $FX $LEAN -cp "$CP" dev.gantry.bench.LogViewBench rss 2>/dev/null | grep "^RESULT" | sed 's/^RESULT \([a-z0-9_]*\)_mb /RESULT \1_lean_mb /' >>"$out" \
    || echo "[bench] step failed: see above" >&2
fi
if step stats; then
  echo "[bench] stats cost with $N containers, ${WINDOW}s windows" >&2
  java -Xmx256m -cp "$CP" dev.gantry.adapter.docker.StatsCostBench "$N" "$WINDOW" | grep "^RESULT" >>"$out" || echo "[bench] step failed: see above" >&2
fi

v() { awk -v k="$1" '$2==k {print $3}' "$out"; }
f0() { local x; x=$(v "$1"); if [ -z "$x" ]; then printf 'n/a'; else printf "%'.0f" "$x"; fi; }
f1() { local x; x=$(v "$1"); if [ -z "$x" ]; then printf 'n/a'; else printf '%.1f' "$x"; fi; }
load=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p target
{
  echo "# Logs, stats and alerts benchmarks (issue 5)"
  echo
  echo "Run by \`scripts/bench-logs.sh $N $WINDOW\` on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load average at the end $load"
  echo "(the machine is shared with other builds: the engine and CLI figures beside ours were measured in the same run)."
  echo "Medians of 3 runs (engine ingest), 5 (model ingest, open), 7 (search); CPU figures are one ${WINDOW}-second window each,"
  echo "in % of one core, from /proc/<pid>/stat (dockerd, docker CLI) and the JVM's process CPU time (Gantry)."
  echo
  echo "| Figure | Gantry | Reference | Target |"
  echo "|---|---|---|---|"
  echo "| Log ingest, engine → model (1M lines, one container) | $(f0 ingest_engine_to_model_lines_per_s) lines/s | \`docker logs\` > /dev/null: $(f0 docker_logs_to_devnull_lines_per_s) lines/s | ≥ 100,000 lines/s |"
  echo "| Log ingest, model only (batches of 5,000) | $(f0 ingest_model_only_lines_per_s) lines/s | | |"
  echo "| Open a 1M-line log, last screen shown (headless) | $(f0 open_1m_lines_last_screen_ms) ms | | ≤ 1 s |"
  echo "| Regex search over 1M lines (\`status=5\\d\\d .*timeout\`, $(f0 search_1m_lines_hits) hits) | $(f0 search_1m_lines_ms) ms | | ≤ 1 s |"
  echo "| Peak RSS, 1M-line log + 10 charts of 1 h history ($HEAP) | $(f0 peak_rss_1m_lines_10_charts_mb) MB | | ≤ 350 MB |"
  echo "| Peak RSS, same, ./gantry's lean options ($LEAN) | $(f0 peak_rss_1m_lines_10_charts_lean_mb) MB | | ≤ 350 MB |"
  echo "| dockerd CPU, nothing watching (baseline) | | $(f1 dockerd_cpu_baseline_pct) % | |"
  echo "| dockerd CPU, $N containers, one-shot every 2 s (default) | $(f1 dockerd_cpu_oneshot_2s_pct) % | \`docker stats\`: $(f1 dockerd_cpu_docker_stats_cli_pct) % | baseline + ≤ 5 % |"
  echo "| dockerd CPU, $N containers, one-shot every 1 s | $(f1 dockerd_cpu_oneshot_1s_pct) % | | |"
  echo "| dockerd CPU, $N containers, one stream each (1/s) | $(f1 dockerd_cpu_stream_pct) % | | |"
  echo "| Own CPU, one-shot every 2 s | $(f1 own_cpu_oneshot_2s_pct) % | \`docker stats\` CLI: $(f1 own_cpu_docker_stats_cli_pct) % | ≤ 3 % |"
  echo "| Own CPU, one-shot every 1 s | $(f1 own_cpu_oneshot_1s_pct) % | | |"
  echo "| Own CPU, streaming | $(f1 own_cpu_stream_pct) % | | |"
  echo "| Samples/s: one-shot 2 s / 1 s / stream | $(f1 samples_per_s_oneshot_2s) / $(f1 samples_per_s_oneshot_1s) / $(f1 samples_per_s_stream) | | |"
  echo
  echo "Raw results:"
  echo
  echo '```'
  cat "$out"
  echo '```'
} > target/bench-logs.md
echo "[bench] wrote target/bench-logs.md" >&2
