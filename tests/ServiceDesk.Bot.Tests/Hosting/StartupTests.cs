using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>A bad combination of settings stops the bot at start, with a message naming the setting.</summary>
public sealed class StartupTests
{
    [Fact]
    public void Without_an_app_id_and_without_local_mode_the_bot_refuses_to_start_naming_both_settings()
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?> { ["Bot:AllowUnauthenticatedLocal"] = "false" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = error.ToString();
        Assert.Contains("Bot:AppId", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticatedLocal", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_tables_without_a_connection_string_or_endpoint_stops_the_bot_naming_the_settings()
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "AzureTables" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Storage:ConnectionString", error.ToString(), StringComparison.Ordinal);
    }
}
