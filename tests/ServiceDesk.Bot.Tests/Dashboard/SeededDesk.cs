using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Api;
using ServiceDesk.Bot.Tests.Auth;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// The bot host (API key on, the agents of <see cref="QuarterSeed"/>) over a seeded quarter, its clock left at
/// <see cref="QuarterSeed.TestNow"/>: shared by the dashboard's tests, seeded once. Entra tokens of the app are accepted
/// too, signed by a key its local OpenID metadata publishes.
/// </summary>
public sealed class SeededDesk : IAsyncLifetime
{
    public const int Tickets = 5_000;
    public const int Answers = 1_500;

    /// <summary>The audience of the tab's tokens (the app's application id URI).</summary>
    public const string Audience = "api://desk.test/c0ffee00-1234-4abc-8def-001122334455";

    private readonly MovableClock _clock = new(QuarterSeed.TestNow);
    private readonly TestSigningKey _signingKey = new("desk-key-1", 0);
    private OpenIdMetadataServer _metadata = null!;

    internal BotHostFactory Factory { get; private set; } = null!;

    /// <summary>A valid Entra token for the app, of the person <paramref name="oid"/> (valid for an hour of real time).</summary>
    public string TokenOf(string oid)
    {
        var claims = ApiAuthTests.Claims(audience: Audience);
        claims["oid"] = oid;
        return TestTokens.Mint(_signingKey.SecurityKey, claims);
    }

    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _metadata.PublishEntraKeys(_signingKey);
        Factory = new BotHostFactory(
            new Dictionary<string, string?>
            {
                ["Api:Keys:0"] = ApiAuthTests.Key,
                ["Api:Entra:TenantId"] = ApiAuthTests.Tenant,
                ["Api:Entra:Audience"] = Audience,
                ["Api:Entra:Authority"] = $"{_metadata.BaseAddress}/entra/{ApiAuthTests.Tenant}/v2.0",
            },
            services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(_clock);
                services.AddSingleton<IAgentQueue>(new TestAgentQueue(null, QuarterSeed.Agents));
            });
        var services = Factory.Services;
        var watch = Stopwatch.StartNew();
        await new QuarterSeed(services.GetRequiredService<ITicketStore>(), services.GetRequiredService<IDeflectionLog>(), _clock).SeedAsync(Tickets, Answers);
        SeedTime = watch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _metadata.DisposeAsync();
    }

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

[CollectionDefinition(Name)]
public sealed class SeededDeskCollection : ICollectionFixture<SeededDesk>
{
    public const string Name = "Seeded desk";
}
