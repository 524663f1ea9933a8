#!/usr/bin/env bash
# bench/dialog/publish.sh - the bot as the benches run it: `dotnet publish` in Release for linux-x64, framework-dependent,
# which the project precompiles (ReadyToRun) when a runtime identifier is given; into bench/results/bot (git-ignored).
# Prints the path of ServiceDesk.Bot.dll on its last line. Used by run.sh, measure.sh and coldstart.sh.
#   AOT=1 bash bench/dialog/publish.sh   Native AOT instead (-p:PublishAot=true): one executable, no runtime to install,
#                                        into bench/results/bot-aot; prints the executable's path. Needs clang and
#                                        zlib1g-dev (the native link) besides the SDK; the ILCompiler packages come
#                                        from the registry with the restore.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
if [ "${AOT:-0}" = 1 ]; then
    OUT=${BOT_PUBLISH_DIR:-$ROOT/bench/results/bot-aot}
    command -v clang > /dev/null || { echo "Native AOT needs clang (apt-get install -y clang zlib1g-dev)" >&2; exit 1; }
    # Trim and AOT analysis warnings are reported, not errors, for this publish: those left are on paths the bench
    # does not run (bench/README.md, issue 17, seventh pass). The ILC step alone takes minutes on two cores.
    ARGS=(-p:PublishAot=true -p:TreatWarningsAsErrors=false)
    BIN=ServiceDesk.Bot
    LIMIT=3000
else
    OUT=${BOT_PUBLISH_DIR:-$ROOT/bench/results/bot}
    ARGS=(--self-contained false)
    BIN=ServiceDesk.Bot.dll
    LIMIT=900
fi
mkdir -p "$(dirname "$OUT")"
timeout "$LIMIT" dotnet publish bot/ServiceDesk.Bot.csproj -c Release -r linux-x64 "${ARGS[@]}" -o "$OUT" -nologo -v q \
    > "$(dirname "$OUT")/publish.log" 2>&1 || { tail -20 "$(dirname "$OUT")/publish.log" >&2; echo "publish failed" >&2; exit 1; }
echo "$OUT/$BIN"
