#!/usr/bin/env bash
# bench/dialog/measure.sh - what one turn of the incident dialog costs our bot, in figures that do not depend on how busy
# the machine is: process CPU time and bytes allocated per turn, and collections per generation, over a fixed number of
# dialogs (not a duration). Same bot as run.sh (Release, durable SQLite in a fresh temp folder, logging at Warning, the
# outbox worker on), same driver (load-incident.mjs, every reply checked), plus the probe (bench/dialog/probe), a startup
# hook that reads the bot's own GC and CPU counters before and after each phase. No peer: compare commits, not bots.
# The bot is published as run.sh publishes it (bench/dialog/publish.sh); BOT_DLL=bot/bin/Release/net10.0/ServiceDesk.Bot.dll
# with SKIP_BUILD=1 measures a plain build instead. AOT=1 measures the Native AOT publish (publish.sh with AOT=1, an
# executable, bench/results/bot-aot/ServiceDesk.Bot): it runs without the probe (Native AOT loads no startup hooks), so
# the figures are the process's own from /proc (CPU per turn, peak RSS), without bytes allocated or collections.
#   bash bench/dialog/measure.sh                         1,500 warm-up dialogs, then 2,500 measured (10,000 turns)
#   DIALOGS=1000 WARMUP_DIALOGS=500 bash bench/dialog/measure.sh
#   BOT_ENV="DOTNET_TieredCompilation=1 DOTNET_TieredPGO=1" bash bench/dialog/measure.sh   extra environment for the bot
#   TRACE=1 bash bench/dialog/measure.sh                 also a thread-time sampling trace of the measured phase (dotnet-trace)
#   ALLOCATIONS=1 bash bench/dialog/measure.sh           also the types allocated per turn (sampled allocation ticks)
#   PERF=1 bash bench/dialog/measure.sh                  also a CPU profile of the measured phase (perf record, jitted code named
#                                                        through the runtime's perf map; read it with perf report -i <file>)
# Env: NO_RUNTIME_ENV (0) NO_PROBE (0) AOT (0) BOT_DLL (bench/results/bot/ServiceDesk.Bot.dll; an executable without .dll is run as it is) DIALOGS (2500) WARMUP_DIALOGS (1500) CONCURRENCY (8) BOT_PORT (3990) SINK_PORT (4021) SKIP_BUILD (0) RESULTS (bench/results)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

DIALOGS=${DIALOGS:-2500}
WARMUP_DIALOGS=${WARMUP_DIALOGS:-1500}
CONCURRENCY=${CONCURRENCY:-8}
BOT_PORT=${BOT_PORT:-3990}
SINK_PORT=${SINK_PORT:-4021}
RESULTS=$(mkdir -p "${RESULTS:-bench/results}" && cd "${RESULTS:-bench/results}" && pwd)
OUT="$RESULTS/measure"
log() { printf '[bench/dialog/measure %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; exit 1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$BOT_PORT" "$SINK_PORT"; do port_busy "$p" && die "127.0.0.1:$p is already in use (BOT_PORT, SINK_PORT)"; done

if [ "${AOT:-0}" = 1 ]; then BOT_DLL=${BOT_DLL:-$RESULTS/bot-aot/ServiceDesk.Bot}; else BOT_DLL=${BOT_DLL:-$RESULTS/bot/ServiceDesk.Bot.dll}; fi
# A .dll runs on the shared runtime with the probe as a startup hook; a native executable (Native AOT) runs as it is,
# and has no probe.
case "$BOT_DLL" in *.dll) NATIVE=0; BOT_CMD=(dotnet "$BOT_DLL") ;; *) NATIVE=1; BOT_CMD=("$BOT_DLL") ;; esac
# The runtime settings the bot is deployed with (bot/runtime.env: the runtime reads them from the environment only);
# NO_RUNTIME_ENV=1 leaves them out, to measure what they buy.
RUNTIME_ENV=$([ "${NO_RUNTIME_ENV:-0}" = 1 ] || grep -Ev '^[[:space:]]*(#|$)' bot/runtime.env | tr '\n' ' ')
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "bench/dialog/publish.sh (Release, linux-x64, $([ "$NATIVE" = 1 ] && echo 'Native AOT' || echo ReadyToRun)) and dotnet build bench/dialog/probe"
    AOT=$NATIVE BOT_PUBLISH_DIR="$(dirname "$BOT_DLL")" bash bench/dialog/publish.sh > /dev/null || die "publish failed"
    timeout 300 dotnet build bench/dialog/probe -c Release -nologo -v q > "$RESULTS/measure-build.log" 2>&1 || { tail -20 "$RESULTS/measure-build.log"; die "build failed"; }
fi
PROBE_DLL=$ROOT/bench/dialog/probe/bin/Release/net10.0/ServiceDesk.Bench.Probe.dll
[ -f "$BOT_DLL" ] && { [ "$NATIVE" = 1 ] || [ -f "$PROBE_DLL" ]; } || die "$BOT_DLL or $PROBE_DLL missing"

# The driver's HTTP client: the peer's pinned undici when the peer is installed, else the same version in bench/results.
NODE_DIR=/work/shared/bench-peer
[ -d "${PEER_DIR:-$NODE_DIR}/node_modules/undici" ] && NODE_DIR=${PEER_DIR:-$NODE_DIR} || {
    NODE_DIR="$RESULTS/node"
    [ -d "$NODE_DIR/node_modules/undici" ] || timeout 300 npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --loglevel=error undici@6.29.1 >/dev/null
}

mkdir -p "$OUT"; rm -f "$OUT"/*
DATA=$(mktemp -d /tmp/servicedesk-measure-XXXXXX)
SOCKET="$DATA/probe.sock"
PROBE_ENV=(DOTNET_STARTUP_HOOKS="$PROBE_DLL" BENCH_PROBE_SOCKET="$SOCKET" BENCH_PROBE_ALLOCATIONS=${ALLOCATIONS:-0})
# NO_PROBE=1 leaves the probe out of a .dll too: the same process as a native one, for a side-by-side comparison.
{ [ "$NATIVE" = 1 ] || [ "${NO_PROBE:-0}" = 1 ]; } && { PROBE_ENV=(); SOCKET=""; }
SINK_PID=""; BOT_PID=""; TRACE_PID=""
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    for pid in "$TRACE_PID" "$BOT_PID" "$SINK_PID"; do [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "$TRACE_PID" "$BOT_PID" "$SINK_PID"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
    case "$DATA" in /tmp/servicedesk-measure-*) rm -rf "$DATA" ;; esac
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

SINK_PORT=$SINK_PORT node bench/dialog/sink.mjs > "$OUT/sink.log" 2>&1 &
SINK_PID=$!
# shellcheck disable=SC2086 # BOT_ENV is a list of NAME=value words
env Bot__AllowUnauthenticatedLocal=true ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT" Storage__Provider=Sqlite Storage__DataFolder="$DATA" \
    Logging__LogLevel__Default=Warning DOTNET_NOLOGO=1 "${PROBE_ENV[@]}" $RUNTIME_ENV ${BOT_ENV:-} \
    $([ "${PERF:-0}" = 1 ] && echo DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0) "${BOT_CMD[@]}" > "$OUT/bot.log" 2>&1 &
BOT_PID=$!
for _ in $(seq 600); do
    port_busy "$BOT_PORT" && port_busy "$SINK_PORT" && { [ -z "$SOCKET" ] || [ -S "$SOCKET" ]; } && break
    kill -0 "$BOT_PID" 2>/dev/null || { cat "$OUT/bot.log"; die "bot exited"; }
    sleep 0.1
done
port_busy "$BOT_PORT" && { [ -z "$SOCKET" ] || [ -S "$SOCKET" ]; } || die "bot not listening after 60 s"
log "$(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo '+changes'), concurrency $CONCURRENCY, runtime: ${RUNTIME_ENV:-defaults} ${BOT_ENV:-}"

if [ "${TRACE:-0}" = 1 ]; then   # the trace starts after the warm-up: the driver waits for the file below
    ( while [ ! -f "$OUT/warmed" ]; do sleep 0.2; done
      exec dotnet-trace collect -p "$BOT_PID" --profile dotnet-sampled-thread-time -o "$OUT/measure.nettrace" > "$OUT/trace.log" 2>&1 ) &
    TRACE_PID=$!
fi
if [ "${PERF:-0}" = 1 ]; then
    ( while [ ! -f "$OUT/warmed" ]; do sleep 0.2; done
      exec perf record -F 999 -g -p "$BOT_PID" -o "$OUT/measure.perf.data" > "$OUT/perf.log" 2>&1 ) &
    TRACE_PID=$!
fi
export WARMED_FILE="$OUT/warmed"
TARGET_URL="http://127.0.0.1:$BOT_PORT/api/messages" SERVICE_URL="http://127.0.0.1:$SINK_PORT" PEER_DIR="$NODE_DIR" \
    CONCURRENCY=$CONCURRENCY DIALOGS=$DIALOGS WARMUP_DIALOGS=$WARMUP_DIALOGS PROBE_SOCKET="$SOCKET" BOT_PID=$BOT_PID \
    CLK_TCK=$(getconf CLK_TCK) RESULT_FILE="$OUT/dialog.json" \
    timeout -k 5 1800 node bench/dialog/load-incident.mjs 2>&1 | tee "$OUT/load.log"
log "load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$TRACE_PID" ]; then
    kill -INT "$TRACE_PID" 2>/dev/null || true; wait "$TRACE_PID" 2>/dev/null || true; TRACE_PID=""
    log "trace or profile in $OUT"
fi
# What the run left in storage (the SQLite file and its write-ahead log), by file.
log "storage after the run: $(du -sh "$DATA" | cut -f1): $(find "$DATA" -type f ! -name '*.sock' -printf '%f %s bytes; ')"
