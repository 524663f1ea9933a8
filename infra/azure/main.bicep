// ServiceDesk.Bot on Azure: one resource group holding the bot's identity, App Service, Azure Bot (Teams channel),
// Table Storage, monitoring and Key Vault. Compatible with the Azure Developer CLI (azd up) and with
// `az deployment sub create` (scripts/deploy.sh). No client secret exists anywhere: the bot authenticates to Bot
// Framework, Table Storage, Key Vault and Azure OpenAI with its user-assigned managed identity.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the environment (azd: AZURE_ENV_NAME); used in resource names and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Azure region of every resource (the Azure Bot itself is global).')
param location string

@description('Resource group to create or reuse; default rg-<environmentName>.')
param resourceGroupName string = ''

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free on both) or S1.')
param botSku string = 'F0'

@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3'])
@description('App Service plan SKU (Linux). B1 is the smallest tier with Always On.')
param appServicePlanSku string = 'B1'

@minValue(1)
@maxValue(30)
@description('Instances of the bot (scale-out). Instances share storage and the Teams rate budget; Basic allows up to 3.')
param instanceCount int = 1

@description('Optional custom host name (e.g. servicedesk.contoso.com) with a free managed certificate. Its DNS must point to the app first (CNAME to <app>.azurewebsites.net, TXT asuid.<host> = the customDomainVerificationId output).')
param customDomain string = ''

@description('Turn on Key Vault purge protection (cannot be turned off again; a purged-protected vault blocks `azd down --purge` for its retention period).')
param keyVaultPurgeProtection bool = false

@secure()
@description('Optional key for the read-only API (Api:Keys:0, at least 32 characters), kept in Key Vault.')
param apiKey string = ''

@secure()
@description('Optional language-model API key, kept in Key Vault as secret model-api-key for the language-model settings.')
param modelApiKey string = ''

@description('Create an Azure OpenAI account and model deployment the bot reaches with its identity (no key).')
param deployOpenAi bool = false

@description('Azure OpenAI model deployed when deployOpenAi is true.')
param openAiModelName string = 'gpt-4o-mini'

@description('Version of that model.')
param openAiModelVersion string = '2024-07-18'

@minValue(1)
@description('Capacity of the model deployment, in thousands of tokens per minute.')
param openAiCapacity int = 10

var tags = { 'azd-env-name': environmentName, application: 'servicedesk-bot' }

resource group 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'servicedesk-resources'
  scope: group
  params: {
    environmentName: environmentName
    location: location
    tags: tags
    botSku: botSku
    appServicePlanSku: appServicePlanSku
    instanceCount: instanceCount
    customDomain: customDomain
    keyVaultPurgeProtection: keyVaultPurgeProtection
    apiKey: apiKey
    modelApiKey: modelApiKey
    deployOpenAi: deployOpenAi
    openAiModelName: openAiModelName
    openAiModelVersion: openAiModelVersion
    openAiCapacity: openAiCapacity
  }
}

// azd exports these as environment variables (azd env get-values); scripts/deploy.sh reads them too.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output BOT_APP_ID string = resources.outputs.botAppId
output BOT_IDENTITY_PRINCIPAL_ID string = resources.outputs.identityPrincipalId
output BOT_DOMAIN string = resources.outputs.botDomain
output BOT_ENDPOINT string = resources.outputs.botEndpoint
output BOT_SERVICE_NAME string = resources.outputs.botServiceName
output WEB_APP_NAME string = resources.outputs.webAppName
output WEB_APP_CUSTOM_DOMAIN_VERIFICATION_ID string = resources.outputs.customDomainVerificationId
output STORAGE_TABLE_ENDPOINT string = resources.outputs.tableEndpoint
output KEY_VAULT_NAME string = resources.outputs.keyVaultName
output AZURE_OPENAI_ENDPOINT string = resources.outputs.openAiEndpoint
output AZURE_OPENAI_DEPLOYMENT string = resources.outputs.openAiDeployment
