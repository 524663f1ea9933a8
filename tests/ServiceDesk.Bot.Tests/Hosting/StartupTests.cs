using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>
/// A bad combination of settings stops the bot at start, with a message naming the setting. The real bot runs as a
/// child process: an in-memory host (WebApplicationFactory) that fails to start can surface the race of its deferred
/// host (an ObjectDisposedException) instead of the start-up error, which is not what an operator sees.
/// </summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Without_an_app_id_and_without_local_mode_the_bot_refuses_to_start_naming_both_settings()
    {
        var output = await StartExpectingFailureAsync(new Dictionary<string, string> { ["Bot:AllowUnauthenticatedLocal"] = "false" });

        Assert.Contains("Bot:AppId", output, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticatedLocal", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_tables_without_a_connection_string_or_endpoint_stops_the_bot_naming_the_settings()
    {
        var output = await StartExpectingFailureAsync(new Dictionary<string, string> { ["Storage:Provider"] = "AzureTables" });

        Assert.Contains("Storage:ConnectionString", output, StringComparison.Ordinal);
        Assert.Contains("Storage:Endpoint", output, StringComparison.Ordinal);
    }

    /// <summary>Starts the bot, which must exit by itself with a non-zero code; returns what it wrote.</summary>
    private static async Task<string> StartExpectingFailureAsync(IDictionary<string, string> settings)
    {
        var folder = Directory.CreateTempSubdirectory("sdbot-startup-").FullName;
        try
        {
            await using var bot = BotProcess.Start(folder, settings);
            Assert.True(await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the bot kept running: " + bot.Output);
            Assert.NotEqual(0, bot.ExitCode);
            return bot.Output;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
