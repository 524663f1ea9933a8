#!/usr/bin/env bash
# After a deployment to Azure: builds the Teams app package with the deployed ids and prints what to do next.
# Reads the deployment's outputs from the environment: BOT_APP_ID, BOT_DOMAIN, BOT_IDENTITY_PRINCIPAL_ID (azd sets
# them for its hooks; scripts/deploy.sh exports them). Run by `azd up` / `azd deploy` (postdeploy hook) and deploy.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

[[ -n "${BOT_APP_ID:-}" ]] || die "BOT_APP_ID is not set (the deployment output: the bot identity's client id)."
[[ -n "${BOT_DOMAIN:-}" ]] || die "BOT_DOMAIN is not set (the deployment output: the bot's host name)."

say "Building the Teams app package for bot $BOT_APP_ID at $BOT_DOMAIN..."
BOT_APP_ID="$BOT_APP_ID" BOT_DOMAIN="$BOT_DOMAIN" scripts/package-app.sh

cat <<TEXT

ServiceDesk.Bot is deployed: https://$BOT_DOMAIN/api/messages (health: https://$BOT_DOMAIN/readyz)

Upload artifacts/teams-app.zip to Microsoft Teams:
  - for everyone: Teams admin center > Teams apps > Manage apps > Upload new app, then allow it
    (and pin or pre-install it with a setup policy if you like);
  - for a pilot: Teams > Apps > Manage your apps > Upload an app > Upload a custom app.
  Then add it to the service desk's team and click the setup card in the queue channel.
  For a new version of the package raise APP_VERSION (APP_VERSION=1.0.1 scripts/package-app.sh).

Microsoft Graph (the directory: profiles, managers, group owners) is off until Graph__Enabled=true. It needs the
application permissions User.Read.All and GroupMember.Read.All (README: Microsoft Graph permissions); without one,
that feature falls back to appsettings.json and the agents' setup card says so. An administrator grants them:
  - on an app registration (Bot:AppType SingleTenant):
      az ad app permission admin-consent --id <app id>
  - on this deployment's managed identity, which has no app registration, each application permission is an app
    role assignment on its service principal ${BOT_IDENTITY_PRINCIPAL_ID:-<principal id>}:
      az rest --method POST --uri https://graph.microsoft.com/v1.0/servicePrincipals/${BOT_IDENTITY_PRINCIPAL_ID:-<principal id>}/appRoleAssignments \\
        --body '{"principalId":"${BOT_IDENTITY_PRINCIPAL_ID:-<principal id>}","resourceId":"<id of: az ad sp show --id 00000003-0000-0000-c000-000000000000 --query id -o tsv>","appRoleId":"<permission id>"}'
TEXT
