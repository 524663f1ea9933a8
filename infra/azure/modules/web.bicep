// The App Service plan (Linux) and the bot's web app on .NET 10, running as the user-assigned identity.
param name string
param siteName string
param location string
param tags object
param sku string
param instanceCount int
param identityId string
param identityClientId string
param tenantId string
param tableEndpoint string
param applicationInsightsConnectionString string
@description('Versionless Key Vault secret URI of the API key, or empty for no API key.')
param apiKeySecretUri string

// The settings are literal lists (one per concern) so the compiled template shows every name the bot is given.
// Names use App Service's `Section__Key` form, read by the bot as `Section:Key`.
var botSettings = [
  { name: 'Bot__AppId', value: identityClientId }
  { name: 'Bot__AppType', value: 'UserAssignedMSI' }
  { name: 'Bot__TenantId', value: tenantId }
]
var storageSettings = [
  { name: 'Storage__Provider', value: 'AzureTables' }
  { name: 'Storage__Endpoint', value: tableEndpoint }
  { name: 'Storage__Credential', value: 'ManagedIdentity' }
  { name: 'Storage__ClientId', value: identityClientId }
]
var platformSettings = [
  // OpenTelemetry export to Application Insights.
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
  // Azure.Identity's default credential picks the user-assigned identity (the app has no system identity).
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  // The runtime settings of bot/runtime.env (the runtime reads them from the environment only): keep both the same.
  { name: 'DOTNET_GCgen0size', value: '0x800000' }
  { name: 'MALLOC_ARENA_MAX', value: '2' }
]
var apiKeySettings = [
  { name: 'Api__Keys__0', value: '@Microsoft.KeyVault(SecretUri=${apiKeySecretUri})' }
]

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'asp-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: sku, capacity: instanceCount }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references are read with the bot's identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet ServiceDesk.Bot.dll'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      healthCheckPath: '/readyz'
      appSettings: concat(botSettings, storageSettings, platformSettings, empty(apiKeySecretUri) ? [] : apiKeySettings)
    }
  }
}

// Deployments authenticate with Entra ID (azd, az webapp deploy); no publishing passwords.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

output siteName string = site.name
output planId string = plan.id
output defaultHostName string = site.properties.defaultHostName
output customDomainVerificationId string = site.properties.customDomainVerificationId
