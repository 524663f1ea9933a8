#!/usr/bin/env bash
# THE test command: installs the npm tools the tests use, builds the solution in Release and runs every test
# project. Ends with one line "N passed, N failed, N skipped"; exits non-zero on any failure or if nothing passed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

CHROMIUM=/usr/bin/chromium
if [[ ! -x "$CHROMIUM" ]]; then
  die "$CHROMIUM is missing: the end-to-end page test drives Debian's Chromium. Install it with: sudo apt-get install -y chromium"
fi

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Playwright uses /usr/bin/chromium; its own browser download cannot work offline.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

ensure_npm_tools

say "Building ServiceDesk.Bot.sln (Release)..."
dotnet build ServiceDesk.Bot.sln -c Release -nologo

RESULTS=artifacts/test-results
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
say "Running the tests..."
set +e
dotnet test ServiceDesk.Bot.sln -c Release --no-build \
  --logger "console;verbosity=minimal" --logger trx --results-directory "$RESULTS"
test_status=$?
set -e

summary_status=0
node scripts/lib/trx-summary.mjs "$RESULTS" || summary_status=$?
if ((test_status != 0 || summary_status != 0)); then
  exit 1
fi
