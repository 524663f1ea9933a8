using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Directories;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Storage;

namespace ServiceDesk.Infra.Tests.Graph;

public sealed class GraphOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        services.AddTableStorage();
        services.AddDirectory();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static string Failure(Dictionary<string, string?> settings)
    {
        using var provider = Build(settings);
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value).Message;
    }

    [Fact]
    public void Off_TheConfiguredDirectoryAnswers()
    {
        using var provider = Build([]);

        Assert.IsType<ConfiguredDirectory>(provider.GetRequiredService<IDirectory>());
    }

    [Fact]
    public async Task Off_WithoutAnyIdentity_TheAudiencesAndTheInstallerAreComposed_AndAnswerOff()
    {
        using var provider = Build([]);

        var count = await provider.GetRequiredService<IAudienceDirectory>().CountAsync(AnnouncementAudience.Department, "Legal", default);
        var install = await provider.GetRequiredService<ITeamsAppInstaller>().InstallAsync(Guid.NewGuid().ToString(), default);

        Assert.Equal((AudienceStatus.Off, InstallStatus.Off), (count.Status, install.Status));
    }

    [Fact]
    public void On_WithoutAnyIdentity_StopsAtStartNamingTheSettings()
    {
        var message = Failure(new() { ["Graph:Enabled"] = "true" });

        Assert.Contains("Graph:ClientId (or Bot:AppId)", message, StringComparison.Ordinal);
        Assert.Contains("Graph:TenantId (or Bot:TenantId)", message, StringComparison.Ordinal);
        Assert.Contains("Graph:ClientSecret", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://graph.contoso.example/v1.0")]
    [InlineData("not a url")]
    public void On_BaseUrlNeitherHttpsNorLoopback_StopsAtStart(string url)
    {
        var message = Failure(new()
        {
            ["Graph:Enabled"] = "true", ["Graph:ManagedIdentityClientId"] = "mi", ["Graph:BaseUrl"] = url,
        });

        Assert.Contains("Graph:BaseUrl", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Graph:CacheMinutes", "0")]
    [InlineData("Graph:MaxManagerHops", "50")]
    [InlineData("Graph:TimeoutSeconds", "0")]
    public void OutOfRangeSetting_StopsAtStartNamingIt(string setting, string value)
    {
        Assert.Contains(setting, Failure(new() { ["Graph:Enabled"] = "true", ["Graph:ManagedIdentityClientId"] = "mi", [setting] = value }),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("com.contoso.servicedesk")]
    public void InstallApp_WithoutTheCatalogueIdOfTheApp_StopsAtStartNamingIt(string? catalogId)
    {
        var message = Failure(new()
        {
            ["Graph:Enabled"] = "true", ["Graph:ManagedIdentityClientId"] = "mi", ["Graph:InstallApp"] = "true", ["Graph:TeamsAppCatalogId"] = catalogId,
        });

        Assert.Contains("Graph:TeamsAppCatalogId", message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_WithoutItsOwnIdentity_ReusesTheBotsAppRegistration()
    {
        using var provider = Build(new()
        {
            ["Graph:Enabled"] = "true",
            ["Bot:AppId"] = "00000000-0000-0000-0000-0000000000b0",
            ["Bot:TenantId"] = "00000000-0000-0000-0000-0000000000a0",
            ["Bot:ClientSecret"] = "bot-secret",
        });

        var options = provider.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal(("00000000-0000-0000-0000-0000000000b0", "00000000-0000-0000-0000-0000000000a0", "bot-secret"),
            (options.ClientId, options.TenantId, options.ClientSecret));
        Assert.IsType<GraphDirectory>(provider.GetRequiredService<IDirectory>());
    }

    [Fact]
    public void On_BotWithManagedIdentity_ReusesItsIdentity()
    {
        using var provider = Build(new()
        {
            ["Graph:Enabled"] = "true", ["Bot:AppType"] = "UserAssignedMSI", ["Bot:AppId"] = "mi-client-id",
        });

        Assert.Equal("mi-client-id", provider.GetRequiredService<IOptions<GraphOptions>>().Value.ManagedIdentityClientId);
    }
}
