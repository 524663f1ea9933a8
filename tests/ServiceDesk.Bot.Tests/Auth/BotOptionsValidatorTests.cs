using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Protocol.Auth;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>A bad identity setting stops the app at start, with a message naming the setting.</summary>
public sealed class BotOptionsValidatorTests
{
    private static Dictionary<string, string?> SingleTenantBot() => new()
    {
        ["Bot:AppId"] = TestTokens.AppId,
        ["Bot:AppType"] = "SingleTenant",
        ["Bot:TenantId"] = TestTokens.BotTenant,
        ["Bot:ClientSecret"] = "not-a-real-secret",
    };

    private static string StartFailure(Dictionary<string, string?> settings)
    {
        using var services = AuthHarness.BuildServices(settings);
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        return error.Message;
    }

    private static void Starts(Dictionary<string, string?> settings)
    {
        using var services = AuthHarness.BuildServices(settings);
        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.NotNull(services.GetRequiredService<IInboundAuthenticator>());
    }

    [Fact]
    public void NoAppId_WithoutLocalMode_StopsTheAppNamingBothSettings()
    {
        var message = StartFailure([]);

        Assert.Contains("Bot:AppId is missing", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticatedLocal=true", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAppId_InLocalMode_Starts() =>
        Starts(new() { ["Bot:AllowUnauthenticatedLocal"] = "true" });

    [Theory]
    [InlineData("SingleTenant")]
    [InlineData("UserAssignedMSI")]
    public void TenantBoundAppType_WithoutTenantId_StopsTheAppNamingTenantId(string appType)
    {
        var settings = SingleTenantBot();
        settings["Bot:AppType"] = appType;
        settings.Remove("Bot:TenantId");

        Assert.Contains("Bot:TenantId", StartFailure(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void NonHttpsAuthorityHost_StopsTheAppNamingIt()
    {
        var settings = SingleTenantBot();
        settings["Bot:EntraAuthorityHost"] = "http://login.example.com/";

        Assert.Contains("Bot:EntraAuthorityHost", StartFailure(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void MultiTenant_WithoutAnyTenantConfigured_StopsTheAppNamingAllowedTenants()
    {
        var settings = SingleTenantBot();
        settings["Bot:AppType"] = "MultiTenant";
        settings.Remove("Bot:TenantId");

        Assert.Contains("Bot:AllowedTenants", StartFailure(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void MultiTenant_WithAllowedTenants_Starts()
    {
        var settings = SingleTenantBot();
        settings["Bot:AppType"] = "MultiTenant";
        settings.Remove("Bot:TenantId");
        settings["Bot:AllowedTenants:0"] = "72f988bf-86f1-41af-91ab-2d7cd011db47";

        Starts(settings);
    }

    [Theory]
    [InlineData("SingleTenant")]
    [InlineData("MultiTenant")]
    public void SecretBasedAppType_WithoutSecretOrCertificate_StopsTheAppNamingBoth(string appType)
    {
        var settings = SingleTenantBot();
        settings["Bot:AppType"] = appType;
        settings.Remove("Bot:ClientSecret");

        var message = StartFailure(settings);

        Assert.Contains("Bot:ClientSecret", message, StringComparison.Ordinal);
        Assert.Contains("Bot:CertificatePath", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleTenant_WithACertificateInsteadOfASecret_Starts()
    {
        var settings = SingleTenantBot();
        settings.Remove("Bot:ClientSecret");
        settings["Bot:CertificatePath"] = "/etc/bot/cert.pfx";
        Starts(settings);
    }

    [Fact]
    public void UserAssignedManagedIdentity_WithoutSecret_Starts()
    {
        var settings = SingleTenantBot();
        settings["Bot:AppType"] = "UserAssignedMSI";
        settings.Remove("Bot:ClientSecret");
        Starts(settings);
    }

    [Theory]
    [InlineData("Bot:BotFrameworkOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:BotFrameworkOpenIdMetadataUrl", "not a url")]
    [InlineData("Bot:EntraOpenIdMetadataUrl", "http://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration")]
    public void MetadataAddress_NotHttps_StopsTheAppNamingIt(string setting, string value)
    {
        var settings = SingleTenantBot();
        settings[setting] = value;

        Assert.Contains(setting, StartFailure(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void MetadataAddress_OverHttpOnLoopback_Starts()
    {
        var settings = SingleTenantBot();
        settings["Bot:BotFrameworkOpenIdMetadataUrl"] = "http://127.0.0.1:5000/openidconfiguration";
        settings["Bot:EntraOpenIdMetadataUrl"] = "http://localhost:5000/{tenant}/v2.0/.well-known/openid-configuration";
        Starts(settings);
    }

    [Fact]
    public void SigningKeyRefreshInterval_OverADay_StopsTheAppNamingIt()
    {
        var settings = SingleTenantBot();
        settings["Bot:SigningKeyRefreshInterval"] = "2.00:00:00";

        Assert.Contains("Bot:SigningKeyRefreshInterval", StartFailure(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void AddInboundAuthentication_CalledTwice_RegistersTheValidatorOnce()
    {
        var services = new ServiceCollection();
        services.AddInboundAuthentication();
        services.AddInboundAuthentication();

        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<BotOptions>) && d.ImplementationType == typeof(BotOptionsValidator));
    }
}
