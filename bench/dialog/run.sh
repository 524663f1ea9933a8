#!/usr/bin/env bash
# bench/dialog/run.sh - dialog turns of ServiceDesk.Bot against the botbuilder-js peer, in one run, loopback only:
#   1. publish our bot in Release for linux-x64, precompiled (bench/dialog/publish.sh),
#   2. run the peer exactly as its own run.sh does (../shared/bench-peer/run.sh, SCENARIOS=dialog),
#   3. start sink.mjs and our bot (durable SQLite in a fresh temp folder, logging at Warning, under /usr/bin/time -v),
#      drive the real incident flow by text with load-incident.mjs (same CONCURRENCY / WARMUP_S / DURATION_S),
#   4. stop exactly the PIDs it started and print both bots in one table (also bench/results/summary.md).
# Every phase is bounded by `timeout`. Exit 0 only when both runs had zero errors.
#
# Env: CONCURRENCY (32) DURATION_S (20) WARMUP_S (30, for both bots: .NET's tiered JIT is still recompiling hot methods
#      for about half a minute under load; WARMUP_S=3 is the peer's own default) BOT_CPUS / LOAD_CPUS (optional taskset lists, used for both bots)
#      PEER_DIR (../shared/bench-peer from the repository root) RESULTS (bench/results)
#      PEER_BOT_PORT (3979) PEER_SINK_PORT (4010) BOT_PORT (3980) SINK_PORT (4011) SKIP_BUILD (0)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

CONCURRENCY=${CONCURRENCY:-32}
DURATION_S=${DURATION_S:-20}
WARMUP_S=${WARMUP_S:-30}
BOT_CPUS=${BOT_CPUS:-}
LOAD_CPUS=${LOAD_CPUS:-}
PEER_BOT_PORT=${PEER_BOT_PORT:-3979}
PEER_SINK_PORT=${PEER_SINK_PORT:-4010}
BOT_PORT=${BOT_PORT:-3980}
SINK_PORT=${SINK_PORT:-4011}
RESULTS=$(mkdir -p "${RESULTS:-bench/results}" && cd "${RESULTS:-bench/results}" && pwd)
PIN_BOT=(); [ -n "$BOT_CPUS" ] && PIN_BOT=(taskset -c "$BOT_CPUS")
PIN_LOAD=(); [ -n "$LOAD_CPUS" ] && PIN_LOAD=(taskset -c "$LOAD_CPUS")

log() { printf '[bench/dialog %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; exit 1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

# The peer lives beside the repository (../shared/bench-peer); from a git worktree, beside the main checkout.
if [ -z "${PEER_DIR:-}" ]; then
    PEER_DIR=../shared/bench-peer
    [ -f "$PEER_DIR/run.sh" ] || PEER_DIR="$(cd "$(git rev-parse --git-common-dir)/.." && pwd)/../shared/bench-peer"
fi
PEER_DIR=$(cd "$PEER_DIR" && pwd) || die "peer not found; set PEER_DIR"
[ -f "$PEER_DIR/run.sh" ] || die "no run.sh in $PEER_DIR"
for p in "$PEER_BOT_PORT" "$PEER_SINK_PORT" "$BOT_PORT" "$SINK_PORT"; do
    port_busy "$p" && die "127.0.0.1:$p is already in use; pick other ports (PEER_BOT_PORT PEER_SINK_PORT BOT_PORT SINK_PORT)"
done
log "$(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg), concurrency $CONCURRENCY, warm-up ${WARMUP_S}s, measured ${DURATION_S}s, peer $PEER_DIR"

# ---- 1. our bot in Release, published ---------------------------------------------------------------------------
BOT_DLL=$RESULTS/bot/ServiceDesk.Bot.dll
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "bench/dialog/publish.sh (dotnet publish -c Release -r linux-x64, framework-dependent, ReadyToRun)"
    BOT_PUBLISH_DIR="$RESULTS/bot" bash bench/dialog/publish.sh > /dev/null || die "publish failed"
fi
[ -f "$BOT_DLL" ] || die "$BOT_DLL missing"

# ---- 2. the peer, by its own run.sh --------------------------------------------------------------------
STATUS=0
PEER_OUT="$RESULTS/peer"
PEER_LOAD_BEFORE=$(loadavg)
log "peer: $PEER_DIR/run.sh SCENARIOS=dialog"
CONCURRENCY=$CONCURRENCY DURATION_S=$DURATION_S WARMUP_S=$WARMUP_S SCENARIOS=dialog OUT="$PEER_OUT" \
    BOT_PORT=$PEER_BOT_PORT SINK_PORT=$PEER_SINK_PORT BOT_CPUS=$BOT_CPUS LOAD_CPUS=$LOAD_CPUS \
    timeout -k 10 $((WARMUP_S + DURATION_S + 900)) bash "$PEER_DIR/run.sh" || { log "peer run reported errors"; STATUS=1; }
PEER_LOAD="$PEER_LOAD_BEFORE → $(loadavg)"
[ -f "$PEER_OUT/dialog.json" ] || die "the peer wrote no dialog.json"

# ---- 3. our bot under the same load ----------------------------------------------------------------------
OUT="$RESULTS/ours"
mkdir -p "$OUT"
rm -f "$OUT"/*
DATA=$(mktemp -d /tmp/servicedesk-bench-XXXXXX)
SINK_PID=""; TIME_PID=""; BOT_PID=""
declare -A STARTED=()   # pid -> start time since boot, so that a recycled pid is never signalled
start_time() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f20; }
stop_pid() {
    local pid=$1 what=$2
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    [ "$(start_time "$pid")" = "${STARTED[$pid]:-}" ] || { log "pid $pid is not the $what we started; not touching it"; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    log "$what (pid $pid) ignored TERM for 10 s; KILL"; kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_pid "$BOT_PID" bot
    [ "$TIME_PID" != "$BOT_PID" ] && stop_pid "$TIME_PID" "time wrapper"
    stop_pid "$SINK_PID" sink
    [ -n "$TIME_PID" ] && wait "$TIME_PID" 2>/dev/null || true
    [ -n "$SINK_PID" ] && wait "$SINK_PID" 2>/dev/null || true
    case "$DATA" in /tmp/servicedesk-bench-*) rm -rf "$DATA" ;; esac
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The runtime settings the bot is deployed with (bot/runtime.env: the runtime reads them from the environment only);
# NO_RUNTIME_ENV=1 leaves them out, to measure what they buy.
RUNTIME_ENV=$([ "${NO_RUNTIME_ENV:-0}" = 1 ] || grep -Ev '^[[:space:]]*(#|$)' bot/runtime.env | tr '\n' ' ')
SINK_PORT=$SINK_PORT PID_FILE="$OUT/sink.pid" "${PIN_LOAD[@]}" node bench/dialog/sink.mjs > "$OUT/sink.log" 2>&1 &
SINK_PID=$!; STARTED[$SINK_PID]=$(start_time "$SINK_PID")
Bot__AllowUnauthenticatedLocal=true ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT" Storage__Provider=Sqlite Storage__DataFolder="$DATA" \
    Logging__LogLevel__Default=Warning DOTNET_NOLOGO=1 env $RUNTIME_ENV \
    "${PIN_BOT[@]}" /usr/bin/time -v -o "$OUT/bot.time-v.txt" dotnet "$BOT_DLL" > "$OUT/bot.log" 2>&1 &
TIME_PID=$!; STARTED[$TIME_PID]=$(start_time "$TIME_PID"); BOT_PID=$TIME_PID
for _ in $(seq 600); do   # up to 60 s for both to listen
    port_busy "$BOT_PORT" && port_busy "$SINK_PORT" && break
    kill -0 "$SINK_PID" 2>/dev/null || { cat "$OUT/sink.log"; die "sink exited"; }
    kill -0 "$TIME_PID" 2>/dev/null || { cat "$OUT/bot.log"; die "bot exited"; }
    sleep 0.1
done
port_busy "$BOT_PORT" && port_busy "$SINK_PORT" || die "sink/bot not listening after 60 s"
BOT_PID=$(pgrep -P "$TIME_PID" | head -1)   # /usr/bin/time's child is the dotnet host that serves
[ -n "$BOT_PID" ] || die "cannot find the bot's pid"
STARTED[$BOT_PID]=$(start_time "$BOT_PID")
log "ours: sink pid $SINK_PID on 127.0.0.1:$SINK_PORT, bot pid $BOT_PID on 127.0.0.1:$BOT_PORT, SQLite in $DATA"

OUR_LOAD_BEFORE=$(loadavg)
rc=0
TARGET_URL="http://127.0.0.1:$BOT_PORT/api/messages" SERVICE_URL="http://127.0.0.1:$SINK_PORT" PEER_DIR="$PEER_DIR" \
    CONCURRENCY=$CONCURRENCY DURATION_S=$DURATION_S WARMUP_S=$WARMUP_S BOT_PID=$BOT_PID SINK_PID=$SINK_PID \
    CLK_TCK=$(getconf CLK_TCK) RESULT_FILE="$OUT/dialog.json" BOT_LABEL="ServiceDesk.Bot $(git rev-parse --short HEAD)" \
    timeout -k 5 $((WARMUP_S + DURATION_S + 90)) "${PIN_LOAD[@]}" node bench/dialog/load-incident.mjs 2>&1 | tee "$OUT/load.log" || rc=$?
OUR_LOAD="$OUR_LOAD_BEFORE → $(loadavg)"
[ "$rc" -eq 0 ] || { log "our run reported errors (exit $rc)"; STATUS=1; }
kill -0 "$BOT_PID" 2>/dev/null || die "our bot died during the run"
DB_SIZE=$(du -sh "$DATA" | cut -f1)

stop_pid "$BOT_PID" bot; wait "$TIME_PID" 2>/dev/null || true
stop_pid "$SINK_PID" sink; wait "$SINK_PID" 2>/dev/null || true
BOT_PID=""; TIME_PID=""; SINK_PID=""
grep -v -E '^\s*$' "$OUT/bot.log" | head -20 || true

# ---- 4. one table ------------------------------------------------------------------------------------------
{
    echo "## Dialog turns: ServiceDesk.Bot vs the botbuilder-js peer ($(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD))"
    echo
    echo "$(nproc) cpus, concurrency $CONCURRENCY, warm-up ${WARMUP_S}s, measured ${DURATION_S}s, BOT_CPUS=${BOT_CPUS:-any} LOAD_CPUS=${LOAD_CPUS:-any}; our SQLite folder after the run: $DB_SIZE"
    echo
    PEER_TIMEV="$PEER_OUT/bot.time-v.txt" OUR_TIMEV="$OUT/bot.time-v.txt" PEER_LOAD="$PEER_LOAD" OUR_LOAD="$OUR_LOAD" \
        node bench/dialog/load-incident.mjs --summary "$PEER_OUT/dialog.json" "$OUT/dialog.json"
} > "$RESULTS/summary.md"
echo; cat "$RESULTS/summary.md"
echo "details: $PEER_OUT/ (peer), $OUT/ (ours), $RESULTS/summary.md"
[ "$STATUS" -eq 0 ] && echo "RESULT: OK" || echo "RESULT: ERRORS (see above)"
exit "$STATUS"
