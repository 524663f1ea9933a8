#!/usr/bin/env bash
# bench/dialog/coldstart.sh - cold start: from spawning the bot (published as run.sh runs it, bench/dialog/publish.sh; durable SQLite in an empty folder, logging
# at Warning) to its answer to a first `help`, its reply checked at sink.mjs; five runs, each a new process, and the median.
#   bash bench/dialog/coldstart.sh
#   RUNS=9 BOT_ENV="DOTNET_TieredPGO=0" bash bench/dialog/coldstart.sh
#   AOT=1 bash bench/dialog/coldstart.sh                    the Native AOT publish (publish.sh with AOT=1), an executable
# Env: NO_RUNTIME_ENV (0) AOT (0) BOT_DLL (bench/results/bot/ServiceDesk.Bot.dll, bench/results/bot-aot/ServiceDesk.Bot with AOT=1;
#      with SKIP_BUILD=1 any other build; a path without .dll is an executable and is run as it is) RUNS (5) BOT_PORT (3991) SINK_PORT (4022) SKIP_BUILD (0) BOT_ENV (extra environment for the bot, NAME=value words)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
BOT_PORT=${BOT_PORT:-3991}
SINK_PORT=${SINK_PORT:-4022}
log() { printf '[bench/dialog/coldstart %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$BOT_PORT" "$SINK_PORT"; do port_busy "$p" && { log "127.0.0.1:$p is already in use"; exit 1; }; done
if [ "${AOT:-0}" = 1 ]; then BOT_DLL=${BOT_DLL:-bench/results/bot-aot/ServiceDesk.Bot}; else BOT_DLL=${BOT_DLL:-bench/results/bot/ServiceDesk.Bot.dll}; fi
# The runtime settings the bot is deployed with (bot/runtime.env: the runtime reads them from the environment only);
# NO_RUNTIME_ENV=1 leaves them out, to measure what they buy.
RUNTIME_ENV=$([ "${NO_RUNTIME_ENV:-0}" = 1 ] || grep -Ev '^[[:space:]]*(#|$)' bot/runtime.env | tr '\n' ' ')
export BOT_ENV="$RUNTIME_ENV ${BOT_ENV:-}"   # coldstart.mjs passes BOT_ENV to the bot; the caller's words come last and win
case "$BOT_DLL" in /*) ;; *) BOT_DLL="$ROOT/$BOT_DLL" ;; esac
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    case "$BOT_DLL" in *.dll) NATIVE=0 ;; *) NATIVE=1 ;; esac
    log "bench/dialog/publish.sh (Release, linux-x64, $([ "$NATIVE" = 1 ] && echo 'Native AOT' || echo ReadyToRun))"
    AOT=$NATIVE BOT_PUBLISH_DIR="$(dirname "$BOT_DLL")" bash bench/dialog/publish.sh > /dev/null || { log "publish failed"; exit 1; }
fi
SINK_PID=""
trap '[ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT
SINK_PORT=$SINK_PORT node bench/dialog/sink.mjs > /dev/null 2>&1 &
SINK_PID=$!
for _ in $(seq 100); do port_busy "$SINK_PORT" && break; sleep 0.1; done
log "$(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo '+changes'), runtime: ${BOT_ENV}"
CLK_TCK=$(getconf CLK_TCK) BOT_DLL=$BOT_DLL BOT_PORT=$BOT_PORT SERVICE_URL="http://127.0.0.1:$SINK_PORT" \
    timeout 600 node bench/dialog/coldstart.mjs
log "load average $(cut -d' ' -f1-3 /proc/loadavg)"
