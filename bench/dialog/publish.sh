#!/usr/bin/env bash
# bench/dialog/publish.sh - the bot as the benches run it: `dotnet publish` in Release for linux-x64, framework-dependent,
# which the project precompiles (ReadyToRun) when a runtime identifier is given; into bench/results/bot (git-ignored).
# Prints the path of ServiceDesk.Bot.dll on its last line. Used by run.sh, measure.sh and coldstart.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
OUT=${BOT_PUBLISH_DIR:-$ROOT/bench/results/bot}
mkdir -p "$(dirname "$OUT")"
timeout 900 dotnet publish bot/ServiceDesk.Bot.csproj -c Release -r linux-x64 --self-contained false -o "$OUT" -nologo -v q \
    > "$(dirname "$OUT")/publish.log" 2>&1 || { tail -20 "$(dirname "$OUT")/publish.log" >&2; echo "publish failed" >&2; exit 1; }
echo "$OUT/ServiceDesk.Bot.dll"
