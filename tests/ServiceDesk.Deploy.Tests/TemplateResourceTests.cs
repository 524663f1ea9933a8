using ServiceDesk.Deploy.Tests.Support;

namespace ServiceDesk.Deploy.Tests;

/// <summary>The compiled template declares every resource of the service desk, configured as the bot needs it.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class TemplateResourceTests(CompiledTemplate compiled)
{
    private const string Identity = "Microsoft.ManagedIdentity/userAssignedIdentities";

    private ArmTemplate Template => compiled.Template;

    [Theory]
    [InlineData(Identity)]
    [InlineData("Microsoft.Resources/resourceGroups")]
    [InlineData("Microsoft.Web/serverfarms")]
    [InlineData("Microsoft.Web/sites")]
    [InlineData("Microsoft.BotService/botServices")]
    [InlineData("Microsoft.BotService/botServices/channels")]
    [InlineData("Microsoft.Storage/storageAccounts")]
    [InlineData("Microsoft.OperationalInsights/workspaces")]
    [InlineData("Microsoft.Insights/components")]
    [InlineData("Microsoft.KeyVault/vaults")]
    [InlineData("Microsoft.Web/sites/hostNameBindings")]
    [InlineData("Microsoft.Web/certificates")]
    [InlineData("Microsoft.CognitiveServices/accounts")]
    [InlineData("Microsoft.CognitiveServices/accounts/deployments")]
    public void Template_DeclaresResource(string type) => Assert.NotEmpty(Template.OfType(type));

    [Fact]
    public void AzureBot_IsTheUserAssignedIdentity_WithTheTeamsChannelAndTheWebAppsEndpoint()
    {
        var bot = Template.Single("Microsoft.BotService/botServices");
        var identity = IdentityResourceId();

        Assert.Equal("azurebot", (string?)bot.Property("kind"));
        Assert.Equal("global", (string?)bot.Property("location"));
        Assert.Equal("UserAssignedMSI", bot.Resolved("properties.msaAppType"));
        Assert.Equal($"[reference({identity}, '2024-11-30').clientId]", bot.Resolved("properties.msaAppId"));
        Assert.Equal($"[{identity}]", bot.Resolved("properties.msaAppMSIResourceId"));
        Assert.Equal("[tenant().tenantId]", bot.Resolved("properties.msaAppTenantId"));
        Assert.Matches(@"^\[format\('https://\{0\}/api/messages'", bot.Resolved("properties.endpoint"));
        Assert.Equal(["F0", "S1"], Template.Root["parameters"]!["botSku"]!["allowedValues"]!.AsArray().Select(v => (string)v!));

        var teams = Template.Single("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)teams.Property("properties.channelName"));
        Assert.Equal("true", teams.Resolved("properties.properties.isEnabled"));
    }

    [Theory]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts")] // Storage Table Data Contributor
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults")] // Key Vault Secrets User
    [InlineData("5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", "Microsoft.CognitiveServices/accounts")] // Cognitive Services OpenAI User
    public void RoleAssignment_GivesTheBotIdentityItsRole_OnItsResource(string roleId, string scopeType)
    {
        var assignments = Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => RoleId(a) == roleId).ToList();

        var assignment = Assert.Single(assignments);
        Assert.Equal($"[reference({IdentityResourceId()}, '2024-11-30').principalId]", assignment.Resolved("properties.principalId"));
        Assert.Equal("ServicePrincipal", assignment.Resolved("properties.principalType"));
        Assert.StartsWith($"[resourceId('{scopeType}', ", assignment.Resolved("scope"), StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_RefusesSharedKeysPublicBlobsPlainHttpAndOldTls()
    {
        var storage = Template.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("StorageV2", (string?)storage.Property("kind"));
        Assert.Equal("false", storage.Resolved("properties.allowSharedKeyAccess"));
        Assert.Equal("false", storage.Resolved("properties.allowBlobPublicAccess"));
        Assert.Equal("true", storage.Resolved("properties.supportsHttpsTrafficOnly"));
        Assert.Equal("TLS1_2", storage.Resolved("properties.minimumTlsVersion"));
    }

    [Fact]
    public void WebApp_IsLinuxDotNet10_HttpsOnly_Tls12_NoFtp_AlwaysOn_HealthCheckedOnReadyz_AsTheBotIdentity()
    {
        var site = Template.Single("Microsoft.Web/sites");
        var plan = Template.Single("Microsoft.Web/serverfarms");

        Assert.Equal("true", site.Resolved("properties.httpsOnly"));
        Assert.Equal("DOTNETCORE|10.0", site.Resolved("properties.siteConfig.linuxFxVersion"));
        Assert.Equal("1.2", site.Resolved("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", site.Resolved("properties.siteConfig.ftpsState"));
        Assert.Equal("true", site.Resolved("properties.siteConfig.alwaysOn"));
        Assert.Equal("/readyz", site.Resolved("properties.siteConfig.healthCheckPath"));
        Assert.Equal("UserAssigned", site.Resolved("identity.type"));
        Assert.Equal($"[{IdentityResourceId()}]", site.Resolved("properties.keyVaultReferenceIdentity"));
        Assert.Equal("[format('{0}', parameters('identityId'))]", site.Property("identity.userAssignedIdentities")!.AsObject().Single().Key);
        Assert.Equal($"[{IdentityResourceId()}]", site.Scope.Parameter("identityId"));
        Assert.Equal("true", plan.Resolved("properties.reserved"));
        Assert.Equal("[parameters('instanceCount')]", plan.Resolved("sku.capacity"));
        Assert.All(Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            policy => Assert.Equal("false", policy.Resolved("properties.allow")));
    }

    [Fact]
    public void KeyVault_UsesRbac_WithSoftDelete_AndPurgeProtectionAsAParameter()
    {
        var vault = Template.Single("Microsoft.KeyVault/vaults");

        Assert.Equal("true", vault.Resolved("properties.enableRbacAuthorization"));
        Assert.Equal("true", vault.Resolved("properties.enableSoftDelete"));
        Assert.Equal("[if(parameters('keyVaultPurgeProtection'), true(), null())]", vault.Resolved("properties.enablePurgeProtection"));
    }

    [Fact]
    public void ApplicationInsights_IsWorkspaceBased()
    {
        var insights = Template.Single("Microsoft.Insights/components");
        var workspace = Template.Single("Microsoft.OperationalInsights/workspaces");

        Assert.Equal("web", insights.Resolved("properties.Application_Type"));
        Assert.Equal($"[resourceId('Microsoft.OperationalInsights/workspaces', {ArgumentOf(workspace.Name)})]",
            insights.Resolved("properties.WorkspaceResourceId"));
    }

    [Fact]
    public void OptionalResources_AreConditionsOnTheirParameters()
    {
        Assert.All(Template.OfType("Microsoft.CognitiveServices/accounts").Concat(Template.OfType("Microsoft.CognitiveServices/accounts/deployments")),
            r => Assert.Equal("[parameters('deployOpenAi')]", (string?)r.Property("condition")));
        var domain = Template.Resources().Single(r => r.Type == "Microsoft.Resources/deployments" && r.Name == "custom-domain");
        Assert.Equal("[not(empty(parameters('customDomain')))]", (string?)domain.Property("condition"));
    }

    /// <summary>The identity's resource id as the resources template writes it: resourceId('…userAssignedIdentities', name).</summary>
    private string IdentityResourceId()
    {
        var identity = Template.Single(Identity);
        return $"resourceId('{Identity}', {ArgumentOf(identity.Name)})";
    }

    private static string ArgumentOf(string nameExpression) =>
        nameExpression.StartsWith('[') ? nameExpression[1..^1] : $"'{nameExpression}'";

    private static string? RoleId(ArmResource assignment) =>
        System.Text.RegularExpressions.Regex.Match(assignment.Resolved("properties.roleDefinitionId") ?? string.Empty,
            @"roleDefinitions', variables\('(\w+)'\)\)") is { Success: true } match
            ? (string?)assignment.Scope.Template["variables"]![match.Groups[1].Value]
            : null;
}
