using System.Diagnostics;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Storage.Tables;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

public sealed class GraphFailureTests
{
    private static readonly DirectoryPerson JeanInTeams = new("29:jean", Jean, "Jean");

    [Fact]
    public async Task Forbidden_TurnsTheFeatureOff_FallsBackToTheConfiguredDirectory_AndStopsAsking()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont", Marie), new FakeUser(Marie, "Marie Martin"));
        h.Graph.Script($"/users/{Jean}/manager", FakeGraph.Forbidden);

        var first = await h.Directory.GetManagerAsync(JeanInTeams, default);
        var second = await h.Directory.GetManagerAsync(JeanInTeams, default);

        Assert.Equal("29:desk-lead", first.Person!.Id);
        Assert.Equal("29:desk-lead", second.Person!.Id);
        Assert.Equal(1, h.Graph.Count("/users/"));
        Assert.Equal([DirectoryFeature.People], h.Provider.GetRequiredService<GraphPermissions>().Missing);
        Assert.Equal([new DirectoryPermissionGap(DirectoryFeature.People, "User.Read.All")], h.Directory.MissingPermissions());
    }

    [Fact]
    public async Task Forbidden_IsLoggedOnce_NamingThePermission_HoweverOftenTheFeatureIsAskedForAfter()
    {
        var logs = new LanguageModel.CapturedLogs();
        await using var h = await GraphHarness.StartAsync(configure: s => s.AddLogging(b => b.AddProvider(logs)));
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont", Marie), new FakeUser(Marie, "Marie Martin"));
        h.Graph.Script($"/users/{Jean}/manager", FakeGraph.Forbidden);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("29:desk-lead", (await h.Directory.GetManagerAsync(JeanInTeams, default)).Person!.Id);
        }

        var refused = Assert.Single(logs.Entries, e => e.Message.Contains("Graph refused", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, refused.Level);
        Assert.Contains("User.Read.All", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jean", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForbiddenOwners_TurnOnlyTheOwnersFeatureOff()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));
        h.Graph.Script($"/groups/{Group}/owners", FakeGraph.Forbidden);

        var owners = await h.Directory.GetGroupOwnersAsync(Group, default);
        var person = await h.Directory.FindPersonAsync(Jean, default);

        Assert.Equal(DirectoryOutcome.NotFound, owners.Outcome);
        Assert.Equal(DirectoryOutcome.Found, person.Outcome);
        Assert.Equal([DirectoryFeature.GroupOwners], h.Provider.GetRequiredService<GraphPermissions>().Missing);
    }

    [Fact]
    public async Task Throttled_WaitsWhatRetryAfterSays_ThenAnswers()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));
        h.Graph.Script($"/users/{Jean}", FakeGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfter: "1"));
        var clock = Stopwatch.StartNew();

        var found = await h.Directory.FindPersonAsync(Jean, default);

        Assert.Equal(DirectoryOutcome.Found, found.Outcome);
        Assert.Equal(2, h.Graph.Count("/users/"));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task ServiceUnavailableOnce_IsRetried()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));
        h.Graph.Script($"/users/{Jean}", FakeGraph.Error(503, "serviceNotAvailable", "Service unavailable."));

        Assert.Equal(DirectoryOutcome.Found, (await h.Directory.FindPersonAsync(Jean, default)).Outcome);
        Assert.Equal(2, h.Graph.Count("/users/"));
    }

    [Fact]
    public async Task ServiceUnavailableEveryTime_IsUnavailableAfterTheRetries()
    {
        await using var h = await GraphHarness.StartAsync();
        var down = FakeGraph.Error(503, "serviceNotAvailable", "Service unavailable.");
        h.Graph.Script($"/users/{Jean}/manager", down, down, down, down, down);

        Assert.Equal(DirectoryOutcome.Unavailable, (await h.Directory.GetManagerAsync(JeanInTeams, default)).Outcome);
        Assert.Equal(4, h.Graph.Count("/users/"));
        Assert.Empty(h.Provider.GetRequiredService<GraphPermissions>().Missing);
    }

    [Fact]
    public async Task RetryAfterPastTheTimeBudget_IsUnavailable_NotAStuckCall()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:TimeoutSeconds"] = "1" });
        h.Graph.Script($"/users/{Jean}", FakeGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfter: "120"));
        var clock = Stopwatch.StartNew();

        Assert.Equal(DirectoryOutcome.Unavailable, (await h.Directory.FindPersonAsync(Jean, default)).Outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("{\"@odata.context\":\"x\",\"id\":\"11111111-0000-0000-0000-000000000001\",\"displayName\":\"Jean")]
    [InlineData("<html><body>Gateway</body></html>")]
    [InlineData("{\"displayName\":\"Jean without an id\"}")]
    [InlineData("[1,2,3]")]
    public async Task MalformedOrPartialBody_IsUnavailable_NeverAnException(string body)
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Script($"/users/{Jean}", new FakeAnswer(200, body));

        Assert.Equal(DirectoryOutcome.Unavailable, (await h.Directory.FindPersonAsync(Jean, default)).Outcome);
    }

    [Fact]
    public async Task PartialManagerWithoutAccountEnabled_IsTakenAsAnEnabledManager()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Script($"/users/{Jean}/manager",
            new FakeAnswer(200, "{\"@odata.type\":\"#microsoft.graph.user\",\"id\":\"" + Marie + "\",\"displayName\":\"Marie Martin\"}"));

        var found = await h.Directory.GetManagerAsync(JeanInTeams, default);

        Assert.Equal(Marie, found.Person!.Id);
        Assert.Null(found.Person.Profile!.Mail);
    }

    [Fact]
    public async Task NoToken_EntraUnreachableOrAWrongSecret_IsUnavailable_NeverAnException()
    {
        await using var h = await GraphHarness.StartAsync(credential: new RefusedCredential());

        Assert.Equal(DirectoryOutcome.Unavailable, (await h.Directory.FindPersonAsync(Jean, default)).Outcome);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task GraphDown_AStaleCachedAnswerStillServes()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:CacheMinutes"] = "1" });
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));
        await h.Directory.FindPersonAsync(Jean, default);
        await ExpireAsync(h, "user", Jean);
        var down = FakeGraph.Error(503, "serviceNotAvailable", "Service unavailable.");
        h.Graph.Script($"/users/{Jean}", down, down, down, down);

        var found = await h.Directory.FindPersonAsync(Jean, default);

        Assert.Equal("Jean Dupont", found.Person!.Name);
        Assert.Equal(5, h.Graph.Count("/users/"));
    }

    /// <summary>Moves a cached answer's expiry into the past, as time passing would.</summary>
    private static async Task ExpireAsync(GraphHarness h, string kind, string id)
    {
        var table = h.Provider.GetRequiredService<ITableService>().GetTable("GraphDirectory");
        var entity = (await table.GetAsync(kind, id)).Value!;
        entity["ExpiresAt"] = DateTimeOffset.UtcNow.AddMinutes(-1);
        Assert.True((await table.UpdateAsync(entity, entity.ETag!)).IsOk);
    }

    /// <summary>Entra refusing the app's secret.</summary>
    private sealed class RefusedCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("AADSTS7000215: Invalid client secret provided.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("AADSTS7000215: Invalid client secret provided.");
    }
}
