using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Api;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// The bot host (API key on, the agents of <see cref="QuarterSeed"/>) over a seeded quarter, its clock left at
/// <see cref="QuarterSeed.Now"/>: shared by the dashboard's tests, seeded once.
/// </summary>
public sealed class SeededDesk : IAsyncLifetime
{
    public const int Tickets = 5_000;
    public const int Answers = 1_500;

    private readonly MovableClock _clock = new(QuarterSeed.Now);

    public SeededDesk() =>
        Factory = new BotHostFactory(
            new Dictionary<string, string?> { ["Api:Keys:0"] = ApiAuthTests.Key },
            services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(_clock);
                services.AddSingleton<IAgentQueue>(new TestAgentQueue(null, QuarterSeed.Agents));
            });

    internal BotHostFactory Factory { get; }

    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        var services = Factory.Services;
        var watch = Stopwatch.StartNew();
        await new QuarterSeed(services.GetRequiredService<ITicketStore>(), services.GetRequiredService<IDeflectionLog>(), _clock).SeedAsync(Tickets, Answers);
        SeedTime = watch.Elapsed;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>GET with the API key: the status and the JSON body.</summary>
    public async Task<(System.Net.HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", ApiAuthTests.Key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
