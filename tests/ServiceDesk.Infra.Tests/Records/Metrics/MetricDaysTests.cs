using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Metrics.Days;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.TestKit;

namespace ServiceDesk.Infra.Tests.Records.Metrics;

/// <summary>
/// The metrics from the facts kept by day (what the API and the dashboard answer) equal the metrics recomputed from
/// every ticket and its history (<see cref="MetricsCalculator"/>), on a generated desk written through the real store,
/// for periods that start and end mid-day, before and after the days' tallies are kept, and after a change.
/// </summary>
public abstract class MetricDaysTests : IDisposable
{
    private static readonly ISlaClock Sla = new SlaClock(Options.Create(new ServiceLevelOptions { RoundTheClock = ["P1"] }));

    // Moved to each change's instant by the generator (backwards too: tickets overlap in time).
    private readonly FakeClock clock = new(GeneratedDesk.Now);
    private ServiceProvider? provider;

    protected abstract ITableService Tables { get; }

    private ServiceProvider Provider => provider ??= Compose();

    private ITicketStore Store => Provider.GetRequiredService<ITicketStore>();

    public static TheoryData<int, int> Periods => new()
    {
        { 30 * 24 * 60, 0 },        // the last 30 days up to now (13:17 past midnight)
        { 7 * 24 * 60 + 95, 0 },    // a week and a bit
        { 3 * 24 * 60, 5 * 24 * 60 + 31 }, // three days ending mid-day in the past
        { 366 * 24 * 60, 0 },       // the longest period: every ticket
        { 24 * 60, 24 * 60 },       // one whole day... ending at 15:17, so two partial days
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task The_figures_from_the_days_equal_those_recomputed_from_every_ticket(int minutes, int endsMinutesAgo)
    {
        await WriteDeskAsync();
        var to = GeneratedDesk.Now - TimeSpan.FromMinutes(endsMinutesAgo);
        var from = to - TimeSpan.FromMinutes(minutes);

        var recomputed = await RecomputeAsync(from, to);
        Assert.True(recomputed.IncidentsResolved > 3 && recomputed.ResolutionSla.Total > 3, "the generated desk resolves incidents in every period tested");
        Assert.Equal(Json(recomputed), Json(await Reader().ReadAsync(from, to, default)));

        // Again, from the kept tallies this time.
        Assert.Equal(Json(recomputed), Json(await Reader().ReadAsync(from, to, default)));
    }

    [Fact]
    public async Task The_generated_desk_has_what_makes_the_metrics_hard()
    {
        await WriteDeskAsync();
        var all = await RecomputeAsync(GeneratedDesk.Now.AddDays(-366), GeneratedDesk.Now);

        Assert.True(all.Trends.Reopened.Met > 0, "reopened incidents");
        Assert.True(all.FirstContactResolution.Met < all.FirstContactResolution.Total - all.Trends.Reopened.Met, "incidents not resolved at first contact beyond the reopened (problem links, reassignments, holds)");
        Assert.True(all.ResponseSla.OpenBreaches > 0 && all.ResolutionSla.OpenBreaches > 0, "open breaches");
        Assert.True(all.ResolutionSla.Met < all.ResolutionSla.Total - all.ResolutionSla.OpenBreaches, "targets missed by finished tickets");
        Assert.True(all.Csat.Rated > 0 && all.Mtta.Count > 0 && all.Backlog.Total > 0);
        Assert.Contains(all.Trends.TopCategories, c => c.Name == "Printing");
    }

    [Fact]
    public async Task A_reopening_moves_the_figures_of_the_days_it_leaves_and_they_still_equal_the_recomputed_ones()
    {
        var desk = await WriteDeskAsync();
        var (from, to) = (GeneratedDesk.Now.AddDays(-MetricsReader.MaxDays), GeneratedDesk.Now);
        var before = await Reader().ReadAsync(from, to, default);

        Assert.NotNull(await desk.ReopenOneAsync());
        var after = await Reader().ReadAsync(from, to, default);

        Assert.Equal(before.IncidentsResolved - 1, after.IncidentsResolved);
        Assert.Equal(Json(await RecomputeAsync(from, to)), Json(after));
    }

    [Fact]
    public async Task The_open_tickets_copy_holds_the_open_tickets_as_stored_and_sweeps_those_gone_an_hour_ago()
    {
        var desk = await WriteDeskAsync();
        var reopened = await desk.ReopenOneAsync();
        var open = Provider.GetRequiredService<OpenTicketWriter>();

        var stored = new List<Ticket>();
        foreach (var number in desk.Numbers)
        {
            stored.Add((await Store.GetAsync(number, default))!);
        }

        var kept = await Provider.GetRequiredService<IMetricDays>().OpenTicketsAsync(default);
        Assert.Equal(
            stored.Where(t => t.Status.IsOpen()).Select(t => JsonSerializer.Serialize(t)).Order(),
            kept!.Select(t => JsonSerializer.Serialize(t)).Order());
        Assert.Contains(kept!, t => t.Number == reopened!.Number);

        var gone = (await Tables.GetTable("Metrics").QueryAsync(new TableQuery(OpenTicketWriter.Partition)))!.Value!.Entities.Count(e => e.GetString("Data") is null);
        Assert.True(gone > 0, "tickets closed after being open leave an empty row");
        clock.Set(GeneratedDesk.Now + OpenTicketWriter.KeepGone + TimeSpan.FromMinutes(1));
        await open.ReadAsync(sweep: true, default);
        Assert.Equal(0, (await Tables.GetTable("Metrics").QueryAsync(new TableQuery(OpenTicketWriter.Partition)))!.Value!.Entities.Count(e => e.GetString("Data") is null));
    }

    [Fact]
    public async Task The_compared_periods_equal_two_reads()
    {
        await WriteDeskAsync();
        var (from, to) = (GeneratedDesk.Now.AddDays(-14), GeneratedDesk.Now);

        var compared = await Reader().ReadComparedAsync(from, to, default);

        Assert.Equal(Json(await RecomputeAsync(from, to)), Json(compared.Current));
        Assert.Equal(Json(await RecomputeAsync(from.AddDays(-14), from)), Json(compared.Previous));
    }

    public void Dispose()
    {
        provider?.Dispose();
        DisposeBackend();
        GC.SuppressFinalize(this);
    }

    protected virtual void DisposeBackend()
    {
    }

    private async Task<GeneratedDesk> WriteDeskAsync()
    {
        var desk = new GeneratedDesk(Store, clock, seed: 14);
        await desk.WriteAsync(tickets: 400);
        await Provider.GetRequiredService<MetricDaysBuild>().BuildAsync(default);
        return desk;
    }

    private MetricsReader Reader() =>
        new(Store, Provider.GetRequiredService<ITicketQueries>(), Provider.GetRequiredService<IDeflectionCounts>(), Sla, clock, Provider.GetRequiredService<IMetricDays>());

    /// <summary>The reference: every ticket with its whole history, through <see cref="MetricsCalculator"/>.</summary>
    private async Task<ServiceMetrics> RecomputeAsync(DateTimeOffset from, DateTimeOffset to)
    {
        var facts = new List<TicketFacts>();
        string? continuation = null;
        do
        {
            var page = (await Provider.GetRequiredService<ITicketQueries>().ListAsync(new TicketFilter(), 100, continuation, default))!;
            foreach (var ticket in page.Tickets)
            {
                facts.Add(new TicketFacts(ticket, await Store.GetHistoryAsync(ticket.Number, default)));
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        var deflections = await Provider.GetRequiredService<IDeflectionCounts>().CountAsync(from, to, default);
        return MetricsCalculator.Calculate(from, to, clock.GetUtcNow(), facts, facts.Select(f => f.Ticket).Where(t => t.Status.IsOpen()), deflections, Sla.Counted);
    }

    private ServiceProvider Compose()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(Tables)
            .AddSingleton<TimeProvider>(clock)
            .AddLogging();
        services.AddServiceDeskRecords();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static string Json(ServiceMetrics metrics) => JsonSerializer.Serialize(metrics);
}

public sealed class SqliteMetricDaysTests : MetricDaysTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(Fixtures.AzuriteCollection.Name)]
public sealed class AzuriteMetricDaysTests(Fixtures.AzuriteFixture azurite) : MetricDaysTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
