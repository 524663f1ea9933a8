// Log Analytics workspace and a workspace-based Application Insights resource: the bot's OpenTelemetry export
// (APPLICATIONINSIGHTS_CONNECTION_STRING) lands here.
param name string
param location string
param tags object

@minValue(30)
@description('Days logs are kept (30 days are included in the Log Analytics price).')
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: 'log-${name}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

// The connection string holds an ingestion key that only allows sending telemetry; App Service needs it in plain text.
output applicationInsightsConnectionString string = insights.properties.ConnectionString
output workspaceId string = workspace.id
