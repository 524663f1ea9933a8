#!/usr/bin/env bash
# THE run command: builds the bot, starts it on embedded defaults (SQLite under .data, unauthenticated local
# mode on loopback only) and the Microsoft 365 Agents Playground pointed at it, then prints the address to open.
# Ctrl-C stops both. Ports: BOT_PORT (3978), PLAYGROUND_PORT (56150).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source scripts/lib/common.sh

BOT_PORT=${BOT_PORT:-3978}
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
CONFIGURATION=${CONFIGURATION:-Debug}
BOT_URL="http://127.0.0.1:$BOT_PORT"
PLAYGROUND_URL="http://localhost:$PLAYGROUND_PORT"
WAIT_SECONDS=${WAIT_SECONDS:-60}

port_in_use "$BOT_PORT" && die "port $BOT_PORT is in use; choose another with BOT_PORT=..."
port_in_use "$PLAYGROUND_PORT" && die "port $PLAYGROUND_PORT is in use; choose another with PLAYGROUND_PORT=..."

ensure_npm_tools
say "Building the bot ($CONFIGURATION)..."
dotnet build bot/ServiceDesk.Bot.csproj -c "$CONFIGURATION" -nologo -v quiet
BOT_DLL="$ROOT/bot/bin/$CONFIGURATION/net10.0/ServiceDesk.Bot.dll"
[[ -f "$BOT_DLL" ]] || die "the build did not produce $BOT_DLL"

BOT_PID="" PLAYGROUND_PID="" SHIM=""
stop_all() {
  trap - INT TERM EXIT
  local pids=() pid i
  for pid in $PLAYGROUND_PID $BOT_PID; do
    kill -0 "$pid" 2>/dev/null && { kill -TERM "$pid" 2>/dev/null || true; pids+=("$pid"); }
  done
  # Give both up to 10 s to stop cleanly, then force them.
  for ((i = 0; i < 100; i++)); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [[ -n "$SHIM" ]] && rm -rf "$SHIM"
  say "Stopped."
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

# Headless machine: the Playground must not fail on a missing browser.
PLAYGROUND_PATH=$PATH
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  SHIM=$(make_xdg_open_shim)
  PLAYGROUND_PATH="$SHIM:$PATH"
fi

say "Starting the bot on $BOT_URL (local mode, data in .data/)..."
# bot/runtime.env: the runtime settings the bot is deployed with (read from the environment only, not runtimeconfig.json).
# shellcheck disable=SC2046 # one NAME=value word per line
ASPNETCORE_URLS="$BOT_URL" Bot__AllowUnauthenticatedLocal=true Agents__Administrators__0=user-id-0 DOTNET_NOLOGO=1 \
  env $(grep -Ev '^[[:space:]]*(#|$)' bot/runtime.env) dotnet "$BOT_DLL" &
BOT_PID=$!

# The Playground writes devTools/ into its working directory: keep that under .data/.
mkdir -p .data/playground
say "Starting the Agents Playground on port $PLAYGROUND_PORT..."
(cd .data/playground && PATH="$PLAYGROUND_PATH" exec node "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "$BOT_URL/api/messages" -c msteams -p "$PLAYGROUND_PORT" --dt) &
PLAYGROUND_PID=$!

wait_for() { # name pid url
  local deadline=$((SECONDS + WAIT_SECONDS))
  until http_ok "$3"; do
    kill -0 "$2" 2>/dev/null || die "$1 exited during start-up (see its output above)."
    ((SECONDS < deadline)) || die "$1 did not answer at $3 within $WAIT_SECONDS s."
    sleep 0.2
  done
}
wait_for "the bot" "$BOT_PID" "$BOT_URL/healthz"
wait_for "the Playground" "$PLAYGROUND_PID" "http://127.0.0.1:$PLAYGROUND_PORT/"

say ""
say "  ServiceDesk.Bot is running. Open $PLAYGROUND_URL"
say "  (bot endpoint $BOT_URL/api/messages; Ctrl-C stops both)"
say ""

# Whichever stops first (or Ctrl-C) ends the run; the traps stop the other.
set +e
wait -n "$BOT_PID" "$PLAYGROUND_PID"
status=$?
set -e
say "A process stopped (exit $status); stopping the other."
exit "$status"
