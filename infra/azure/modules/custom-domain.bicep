// Optional custom host name with a free App Service managed certificate. The DNS records must exist first
// (CNAME <host> -> <app>.azurewebsites.net and TXT asuid.<host> = the app's custom domain verification id).
param siteName string
param location string
param tags object
param hostName string
param planId string

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

// A managed certificate needs the host name bound first; the binding is then switched to SNI with it.
resource binding 'Microsoft.Web/sites/hostNameBindings@2025-03-01' = {
  parent: site
  name: hostName
  properties: {
    siteName: siteName
    hostNameType: 'Verified'
    sslState: 'Disabled'
  }
}

resource certificate 'Microsoft.Web/certificates@2025-03-01' = {
  name: '${hostName}-${siteName}'
  location: location
  tags: tags
  properties: {
    serverFarmId: planId
    canonicalName: hostName
  }
  dependsOn: [binding]
}

module sni 'custom-domain-sni.bicep' = {
  name: 'custom-domain-sni'
  params: {
    siteName: siteName
    hostName: hostName
    thumbprint: certificate.properties.thumbprint
  }
}
