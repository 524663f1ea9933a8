// Everything inside the resource group. The identity and every role assignment given to it live in this one
// template, so the compiled template shows directly which principal gets which role on which resource.
param environmentName string
param location string
param tags object
param botSku string
param appServicePlanSku string
param instanceCount int
param customDomain string
param keyVaultPurgeProtection bool
@secure()
param apiKey string
@secure()
param modelApiKey string
param deployOpenAi bool
param openAiModelName string
param openAiModelVersion string
param openAiCapacity int

// Built-in role definition ids (the same in every tenant).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var cognitiveServicesOpenAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

var suffix = uniqueString(subscription().id, resourceGroup().id, environmentName)
var name = toLower('sd-${take(environmentName, 20)}')
var siteName = 'app-${name}-${take(suffix, 6)}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${name}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    location: location
    tags: tags
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: 'st${suffix}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource storageTableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: 'kv-${take(suffix, 13)}'
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Purge protection can only be switched on (null leaves it off).
    enablePurgeProtection: keyVaultPurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource vaultSecretsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource apiKeySecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = if (!empty(apiKey)) {
  parent: vault
  name: 'api-key-0'
  properties: { value: apiKey }
}

resource modelKeySecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = if (!empty(modelApiKey)) {
  parent: vault
  name: 'model-api-key'
  properties: { value: modelApiKey }
}

resource openAi 'Microsoft.CognitiveServices/accounts@2026-09-01' = if (deployOpenAi) {
  name: 'oai-${suffix}'
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'oai-${suffix}'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource openAiDeployment 'Microsoft.CognitiveServices/accounts/deployments@2026-09-01' = if (deployOpenAi) {
  parent: openAi
  name: openAiModelName
  sku: { name: 'GlobalStandard', capacity: openAiCapacity }
  properties: {
    model: { format: 'OpenAI', name: openAiModelName, version: openAiModelVersion }
  }
}

resource openAiRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (deployOpenAi) {
  name: guid(openAi.id, identity.id, cognitiveServicesOpenAiUser)
  scope: openAi
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAiUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    name: name
    siteName: siteName
    location: location
    tags: tags
    sku: appServicePlanSku
    instanceCount: instanceCount
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: tenant().tenantId
    tableEndpoint: storage.properties.primaryEndpoints.table
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    apiKeySecretUri: empty(apiKey) ? '' : apiKeySecret!.properties.secretUri
  }
  // Key Vault references resolve at start: the identity must already read secrets and tables.
  dependsOn: [vaultSecretsRole, storageTableRole]
}

module domain 'modules/custom-domain.bicep' = if (!empty(customDomain)) {
  name: 'custom-domain'
  params: {
    siteName: siteName
    location: location
    tags: tags
    hostName: customDomain
    planId: web.outputs.planId
  }
}

var botDomain = empty(customDomain) ? web.outputs.defaultHostName : customDomain

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${name}-${take(suffix, 6)}'
    sku: botSku
    endpoint: 'https://${botDomain}/api/messages'
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: tenant().tenantId
    tags: tags
  }
}

output botAppId string = identity.properties.clientId
output identityPrincipalId string = identity.properties.principalId
output botDomain string = botDomain
output botEndpoint string = 'https://${botDomain}/api/messages'
output botServiceName string = bot.outputs.name
output webAppName string = web.outputs.siteName
output customDomainVerificationId string = web.outputs.customDomainVerificationId
output tableEndpoint string = storage.properties.primaryEndpoints.table
output keyVaultName string = vault.name
output openAiEndpoint string = deployOpenAi ? openAi!.properties.endpoint : ''
output openAiDeployment string = deployOpenAi ? openAiDeployment.name : ''
