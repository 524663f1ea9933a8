#!/usr/bin/env bash
# bench/dashboard/run.sh - the dashboard's data for a year of tickets (issue 14: under 1 s p95):
#   1. build the bot and the bench in Release (npm ci first, so the page's packages are embedded),
#   2. seed TICKETS tickets over DAYS days into a SQLite folder through the records (kept and reused by a rerun with
#      the same figures: the seeding is the slow part),
#   3. run the bot on it and time /api/dashboard/now and /api/dashboard/trends?days=PERIOD, RUNS times each,
#      one request at a time; print p50, p95, max and the bot's processor time per request (also bench/results/dashboard.md).
# Exit 0 only when both p95 are under 1 s.
# Env: TICKETS (100000) DAYS (365) PERIOD (365) RUNS (20) DATA (a folder under /tmp) SKIP_BUILD (0)
#      REUSE_ANY_DATE (0; 1 reuses a folder seeded on an earlier day with the same figures)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
source scripts/lib/common.sh
RESULTS=$(mkdir -p "${RESULTS:-bench/results}" && cd "${RESULTS:-bench/results}" && pwd)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    ensure_npm_tools
    for p in bot bench/dashboard; do
        dotnet build "$p" -c Release -nologo -v q > "$RESULTS/dashboard-build.log" 2>&1 || { tail -20 "$RESULTS/dashboard-build.log"; say "build of $p failed"; exit 1; }
    done
fi

rc=0
dotnet bench/dashboard/bin/Release/net10.0/ServiceDesk.Bench.Dashboard.dll \
    --tickets "${TICKETS:-100000}" --days "${DAYS:-365}" --period "${PERIOD:-365}" --runs "${RUNS:-20}" \
    --data "${DATA:-${TMPDIR:-/tmp}/servicedesk-bench-dashboard}" --bot bot/bin/Release/net10.0/ServiceDesk.Bot.dll \
    $([ "${REUSE_ANY_DATE:-0}" = 1 ] && echo --reuse-any-date) 2>&1 | tee "$RESULTS/dashboard.log" || rc=$?
{ echo "## Dashboard data ($(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD))"; echo; echo "| route | runs | p50 | p95 | max | bot CPU per request | goal < 1 s |"; echo "|---|---|---|---|---|---|---|"; grep -E '^\||^load|^seeded|^reusing|^metric days' "$RESULTS/dashboard.log"; } > "$RESULTS/dashboard.md"
exit "$rc"
