#!/usr/bin/env bash
# Deploys ServiceDesk.Bot to Azure with the Azure CLI only (the same as `azd up`, for those without azd):
#   1. az deployment sub create: infra/azure/main.bicep (resource group, identity, App Service, Azure Bot, storage,
#      monitoring, Key Vault);
#   2. dotnet publish + zip deploy of the bot (az webapp deploy);
#   3. the Teams app package with the deployed ids, and what to upload and consent to (scripts/azure-next-steps.sh).
# Usage: scripts/deploy.sh --env <name> --location <region> [--subscription <id>] [name=value ...]
#   name=value pairs are passed as template parameters (e.g. botSku=S1 instanceCount=2 customDomain=desk.contoso.com
#   deployOpenAi=true apiKey=<32+ characters>). Needs: az (logged in: az login), dotnet 10 SDK, node 20+.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

ENV_NAME=${AZURE_ENV_NAME:-}
LOCATION=${AZURE_LOCATION:-}
SUBSCRIPTION=${AZURE_SUBSCRIPTION_ID:-}
PARAMETERS=()
while (($#)); do
  case "$1" in
    --env) ENV_NAME=$2; shift 2 ;;
    --location) LOCATION=$2; shift 2 ;;
    --subscription) SUBSCRIPTION=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *=*) PARAMETERS+=("$1"); shift ;;
    *) die "unknown argument '$1' (see scripts/deploy.sh --help)" ;;
  esac
done
[[ -n "$ENV_NAME" ]] || die "--env <name> is required (letters, digits and hyphens; used in resource names)."
[[ -n "$LOCATION" ]] || die "--location <region> is required (e.g. westeurope)."
command -v az >/dev/null || die "the Azure CLI (az) is not installed: https://learn.microsoft.com/cli/azure/install-azure-cli"
command -v dotnet >/dev/null || die "the .NET 10 SDK is not installed."
command -v node >/dev/null || die "node 20+ is not installed (it builds the Teams app package)."
az account show --only-show-errors >/dev/null || die "not logged in to Azure: run az login."
if [[ -n "$SUBSCRIPTION" ]]; then
  az account set --subscription "$SUBSCRIPTION"
fi

mkdir -p artifacts
OUTPUTS=artifacts/azure-outputs.json
say "Provisioning (az deployment sub create, infra/azure/main.bicep) in $LOCATION for environment $ENV_NAME..."
az deployment sub create --only-show-errors \
  --name "servicedesk-$ENV_NAME" --location "$LOCATION" \
  --template-file infra/azure/main.bicep \
  --parameters environmentName="$ENV_NAME" location="$LOCATION" "${PARAMETERS[@]}" \
  --query properties.outputs --output json > "$OUTPUTS"

output() { node -e 'const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(String(o[process.argv[2]].value));' "$OUTPUTS" "$1"; }
RESOURCE_GROUP=$(output AZURE_RESOURCE_GROUP)
WEB_APP=$(output WEB_APP_NAME)

say "Installing the dashboard's chart packages (npm ci)..."
# The dashboard page embeds chart.js from node_modules at build time (no CDN): without it the deployed page draws
# no charts.
npm ci --no-audit --no-fund --silent
say "Publishing the bot (dotnet publish bot -c Release -r linux-x64, precompiled)..."
rm -rf artifacts/publish artifacts/bot.zip
# The App Service plan runs Linux x64 with the .NET runtime installed: publishing for that runtime precompiles the
# bot (ReadyToRun), so a new instance answers its first messages from native code instead of compiling them.
dotnet publish bot/ServiceDesk.Bot.csproj -c Release -r linux-x64 --self-contained false -o artifacts/publish -nologo
node scripts/lib/zip-folder.mjs artifacts/publish artifacts/bot.zip

say "Deploying to $WEB_APP (az webapp deploy, zip)..."
az webapp deploy --only-show-errors --resource-group "$RESOURCE_GROUP" --name "$WEB_APP" \
  --src-path artifacts/bot.zip --type zip

BOT_APP_ID=$(output BOT_APP_ID) BOT_DOMAIN=$(output BOT_DOMAIN) BOT_IDENTITY_PRINCIPAL_ID=$(output BOT_IDENTITY_PRINCIPAL_ID) \
  scripts/azure-next-steps.sh
say "Outputs: $OUTPUTS. Update the bot: scripts/deploy.sh again (or azd deploy). Remove everything: az group delete --name $RESOURCE_GROUP"
