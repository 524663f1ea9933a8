using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>The clock a local run moves by a file (Bot:LocalClockFile), and its refusal outside local mode.</summary>
public sealed class LocalClockTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void In_local_mode_the_clock_is_the_real_time_plus_the_span_in_the_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "3.00:00:00");
            using var provider = new ServiceCollection().AddSingleton(TimeProvider.System)
                .AddLocalClock(Settings(("Bot:LocalClockFile", file), ("Bot:AllowUnauthenticatedLocal", "true"))).BuildServiceProvider();

            var moved = provider.GetRequiredService<TimeProvider>().GetUtcNow() - DateTimeOffset.UtcNow;

            Assert.InRange(moved, TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Without_the_file_setting_the_system_clock_stays()
    {
        using var provider = new ServiceCollection().AddSingleton(TimeProvider.System).AddLocalClock(Settings()).BuildServiceProvider();

        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Outside_local_mode_the_setting_stops_the_bot_at_start_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddLocalClock(Settings(("Bot:LocalClockFile", "/tmp/clock"))));

        Assert.Contains("Bot:LocalClockFile", error.Message, StringComparison.Ordinal);
    }
}
