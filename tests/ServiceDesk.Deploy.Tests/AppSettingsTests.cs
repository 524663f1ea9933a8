using ServiceDesk.Bot.Hosting;
using ServiceDesk.Deploy.Tests.Support;
using ServiceDesk.Infra.Storage;

namespace ServiceDesk.Deploy.Tests;

/// <summary>The web app's settings are what the bot needs in Azure, and only names the bot (or a library it ships) reads.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class AppSettingsTests(CompiledTemplate compiled)
{
    private const string IdentityClientId =
        "[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', format('id-{0}', variables('name'))), '2024-11-30').clientId]";

    private IReadOnlyList<AppSetting> Settings => AppSettings.Of(compiled.Template);

    [Theory]
    [InlineData("Bot__AppId", IdentityClientId)]
    [InlineData("Bot__AppType", "UserAssignedMSI")]
    [InlineData("Bot__TenantId", "[tenant().tenantId]")]
    [InlineData("Storage__Provider", "AzureTables")]
    [InlineData("Storage__Credential", "ManagedIdentity")]
    [InlineData("Storage__ClientId", IdentityClientId)]
    [InlineData("AZURE_CLIENT_ID", IdentityClientId)]
    public void AppSetting_HasTheValueTheBotNeedsInAzure(string name, string expected) =>
        Assert.Equal(expected, Assert.Single(Settings, s => s.Name == name).Value);

    [Fact]
    public void StorageEndpoint_IsTheAccountsTableEndpoint()
    {
        var endpoint = Assert.Single(Settings, s => s.Name == "Storage__Endpoint").Value;
        var storage = compiled.Template.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal($"[reference(resourceId('Microsoft.Storage/storageAccounts', {storage.Name[1..^1]}), '{storage.Json["apiVersion"]}').primaryEndpoints.table]", endpoint);
    }

    [Fact]
    public void TelemetryConnection_IsTheApplicationInsightsConnectionString()
    {
        var connection = Assert.Single(Settings, s => s.Name == "APPLICATIONINSIGHTS_CONNECTION_STRING").Value;
        var insights = compiled.Template.Single("Microsoft.Insights/components");

        Assert.Equal("[reference(resourceId('Microsoft.Resources/deployments', 'monitoring'), '2025-04-01').outputs.applicationInsightsConnectionString.value]", connection);
        Assert.Equal($"[reference(resourceId('Microsoft.Insights/components', {insights.Name[1..^1]}), '2020-02-02').ConnectionString]",
            insights.Scope.Template["outputs"]!["applicationInsightsConnectionString"]!["value"]!.ToString());
    }

    [Fact]
    public void AppSettings_AreEachBoundByTheBotOrReadByALibraryItShips()
    {
        var unknown = Settings.Where(s => !BotSettingKeys.Knows(s.Key) && !PlatformSettings.ReaderAssembly.ContainsKey(s.Name) && !RuntimeSettings.FromFile.ContainsKey(s.Name))
            .Select(s => s.Name);

        Assert.Empty(unknown);
        Assert.Equal(Settings.Count, Settings.Select(s => s.Name.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void RuntimeSettings_AreTheOnesEveryLauncherSets()
    {
        // bot/runtime.env is what scripts/run.sh and the benches set; Azure must run the bot the same way.
        Assert.NotEmpty(RuntimeSettings.FromFile);
        Assert.All(RuntimeSettings.FromFile, pair => Assert.Equal(pair.Value, Assert.Single(Settings, s => s.Name == pair.Key).Value));
        Assert.All(Settings.Where(s => s.Name.StartsWith("DOTNET_", StringComparison.Ordinal)), s => Assert.True(RuntimeSettings.FromFile.ContainsKey(s.Name), s.Name));
    }

    [Fact]
    public void BotSettingKeys_KnowTheBotsSectionsAndNothingElse()
    {
        // The reflection that decides "known" must itself see the bot's settings, and refuse others.
        Assert.True(BotSettingKeys.Knows("Bot:AppId"));
        Assert.True(BotSettingKeys.Knows("storage:endpoint"));
        Assert.True(BotSettingKeys.Knows("Api:Keys:3"));
        Assert.True(BotSettingKeys.Knows("Storage:Records:NumberBlockSize"));
        Assert.False(BotSettingKeys.Knows("Bot:AppSecret"));
        Assert.False(BotSettingKeys.Knows("Storage:AccountKey"));
        Assert.False(BotSettingKeys.Knows("Api:Keys"));
    }

    [Fact]
    public void EnumSettings_ParseAsTheBotsOptions()
    {
        Assert.Equal(BotAppType.UserAssignedMSI, Enum.Parse<BotAppType>(Value("Bot__AppType")));
        Assert.Equal(StorageProvider.AzureTables, Enum.Parse<StorageProvider>(Value("Storage__Provider")));
        Assert.Equal(StorageCredentialKind.ManagedIdentity, Enum.Parse<StorageCredentialKind>(Value("Storage__Credential")));
    }

    private string Value(string name) => Assert.Single(Settings, s => s.Name == name).Value;
}
