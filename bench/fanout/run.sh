#!/usr/bin/env bash
# bench/fanout/run.sh - the announcement fan-out of issue 6 through the real bot's outbox, loopback only:
#   1. build the bot and the bench in Release,
#   2. run bench/fanout (it starts the fake Teams connector, seeds every recipient as a profile in a fresh SQLite
#      folder, publishes and broadcasts an announcement as the agents' handler does, runs ServiceDesk.Bot.dll as a
#      child process (its fan-out and outbox workers deliver), kills it with SIGKILL in the kill variant, and checks
#      the connector's log recipient by recipient against the fan-out's records), bounded by `timeout`,
#   3. print the table (also bench/results/fanout.md).
# Exit 0 only when every variant had no loss, no misrouted or unrecorded delivery, and no duplicate outside the
# at-least-once window of the kill.
#
# Env: RECIPIENTS (10000; 300 for a smoke run) VARIANTS (send,update,kill) TENANT_RPS (50: the fake's limit)
#      BOT_TENANT_RPS (the bot's Outbox:TenantRequestsPerSecond; unset = the bot's default) SKIP_BUILD (0)
# Extra arguments go to the bench, e.g. `--set Outbox:BatchSize=100`.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
RECIPIENTS=${RECIPIENTS:-10000}
VARIANTS=${VARIANTS:-send,update,kill}
TENANT_RPS=${TENANT_RPS:-50}
RESULTS=$(mkdir -p "${RESULTS:-bench/results}" && cd "${RESULTS:-bench/results}" && pwd)
log() { printf '[bench/fanout %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "dotnet build bot bench/fanout -c Release"
    for p in bot bench/fanout; do
        timeout 900 dotnet build "$p" -c Release -nologo -v q > "$RESULTS/fanout-build.log" 2>&1 || { tail -20 "$RESULTS/fanout-build.log"; log "build of $p failed"; exit 1; }
    done
fi

EXTRA=()
[ -n "${BOT_TENANT_RPS:-}" ] && EXTRA+=(--set "Outbox:TenantRequestsPerSecond=$BOT_TENANT_RPS")
# Budget: every variant at 20/s at worst, plus a lease expiry and start-ups.
BUDGET=$(( RECIPIENTS * 3 / 20 + 900 ))
log "$RECIPIENTS recipients, variants $VARIANTS, fake connector at $TENANT_RPS/s per tenant, time limit ${BUDGET}s"
rc=0
timeout -k 10 "$BUDGET" dotnet bench/fanout/bin/Release/net10.0/ServiceDesk.Bench.Fanout.dll \
    --recipients "$RECIPIENTS" --variants "$VARIANTS" --tenant-rps "$TENANT_RPS" \
    --bot bot/bin/Release/net10.0/ServiceDesk.Bot.dll "${EXTRA[@]}" "$@" 2>&1 | tee "$RESULTS/fanout.log" || rc=$?
{ echo "## Fan-out ($(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD))"; echo; grep -E '^\||^load|^RESULT|^fan-out' "$RESULTS/fanout.log"; } > "$RESULTS/fanout.md"
exit "$rc"
