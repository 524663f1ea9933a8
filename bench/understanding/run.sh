#!/usr/bin/env bash
# The project's own understanding evaluation: every labelled set in bench/understanding/sets, dev and held out, through
# the real service desk (embedded defaults: SQLite in a temporary folder, the repository's knowledge folder).
#   bash bench/understanding/run.sh            figures, then every miss
#   bash bench/understanding/run.sh --brief    figures only
#   bash bench/understanding/run.sh --json     figures as JSON
#   bash bench/understanding/run.sh --gate     exit 1 when a figure is below its threshold (Gate.cs)
#   bash bench/understanding/run.sh --sets DIR the labelled sets of another folder (same file names)
#   bash bench/understanding/run.sh --no-aliases  the articles without their hand-written aliases
#   bash bench/understanding/run.sh --cv [--grid]  k-fold cross-validation of the intent classifier (and combinations)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet build bench/understanding -c Release -nologo -v quiet >/dev/null
exec dotnet bench/understanding/bin/Release/net10.0/ServiceDesk.Bench.Understanding.dll "$@"
