// Second step of the custom domain: the same host name binding, now served over TLS with the managed certificate
// (a template cannot declare one binding twice, hence this module).
param siteName string
param hostName string
param thumbprint string

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource binding 'Microsoft.Web/sites/hostNameBindings@2025-03-01' = {
  parent: site
  name: hostName
  properties: {
    siteName: siteName
    hostNameType: 'Verified'
    sslState: 'SniEnabled'
    thumbprint: thumbprint
  }
}
