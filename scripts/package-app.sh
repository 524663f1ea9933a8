#!/usr/bin/env bash
# Builds the Teams app package artifacts/teams-app.zip from settings.
# Required: BOT_APP_ID (the Azure Bot's Microsoft App ID). Optional: APP_ID, APP_VERSION, APP_NAME_SHORT,
# APP_NAME_FULL, DEVELOPER_NAME, WEBSITE_URL, PRIVACY_URL, TERMS_URL, BOT_DOMAIN, OUT.
# Each may also be passed as an argument: --bot-app-id <guid> --app-version 1.0.1 ...
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/package-app.mjs "$@"
