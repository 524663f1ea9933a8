using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public void AddConnectorClient_ResolvesTheClientAndTheEntraTokenProvider()
    {
        using var provider = ConnectorHarness.Build(ConnectorHarness.Authenticated());

        Assert.IsType<ConnectorClient>(provider.GetRequiredService<IConnectorClient>());
        Assert.IsType<EntraConnectorTokenProvider>(provider.GetRequiredService<IConnectorTokenProvider>());
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void AddConnectorClient_MissingSecret_FailsAtStartNamingTheSetting()
    {
        var settings = ConnectorHarness.Authenticated();
        settings.Remove("Bot:ClientSecret");
        using var provider = ConnectorHarness.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Bot:ClientSecret", error.Message);
    }

    [Fact]
    public void AddConnectorClient_OutOfRangeRetrySetting_FailsAtStart()
    {
        var settings = ConnectorHarness.Authenticated();
        settings["Connector:MaxAttempts"] = "0";
        using var provider = ConnectorHarness.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MaxAttempts", error.Message);
    }
}
