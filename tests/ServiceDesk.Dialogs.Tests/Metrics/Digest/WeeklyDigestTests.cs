using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Metrics.Digest;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Metrics.Digest;

/// <summary>
/// The weekly digest: due on its day and hour, sent once per week whatever the instances and restarts, the week's
/// figures against the week before, and off unless configured. Digests are due Mondays 08:00 UTC; 30 Nov 2026 is a Monday.
/// </summary>
public sealed class WeeklyDigestTests
{
    private static readonly DateTimeOffset Monday0900 = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private readonly DigestParts parts = new(Monday0900);

    private List<OutboxDraft> Posts => [.. parts.Outbox.Drafts.Where(d => d.Purpose == DigestOutbox.Purpose)];

    [Fact]
    public async Task Without_a_day_of_week_the_digest_is_off_and_writes_nothing()
    {
        parts.Options.DayOfWeek = null;

        Assert.Equal(DigestOutcome.Off, await parts.Instance().RunOnceAsync(default));
        Assert.Empty(parts.Outbox.Drafts);
        Assert.Empty(parts.Sent.Weeks);
    }

    [Fact]
    public async Task Once_due_the_card_is_posted_as_a_new_thread_in_the_agents_channel_and_the_week_recorded()
    {
        Assert.Equal(DigestOutcome.Sent, await parts.Instance().RunOnceAsync(default));

        var post = Assert.Single(Posts);
        Assert.Equal((OutboxKind.NewChannelThread, FakeAgentQueue.General), (post.Kind, post.Target));
        Assert.Equal("digest/2026-11-30/post", post.IdempotencyKey);
        Assert.Equal(["2026-11-30"], parts.Sent.Weeks);
        Assert.Equal([null], parts.Queue.AskedCategories);
    }

    [Fact]
    public async Task A_second_pass_a_restart_and_a_second_instance_send_nothing_more_that_week()
    {
        await parts.Instance().RunOnceAsync(default);
        parts.Clock.Advance(TimeSpan.FromDays(6));

        Assert.Equal(DigestOutcome.AlreadySent, await parts.Instance().RunOnceAsync(default));
        Assert.Equal(DigestOutcome.AlreadySent, await parts.Instance().RunOnceAsync(default));
        Assert.Single(Posts);
    }

    [Fact]
    public async Task Two_instances_looking_at_once_write_one_card()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => parts.Instance().RunOnceAsync(default))));

        Assert.Single(Posts);
        Assert.Contains(DigestOutcome.Sent, outcomes);
        Assert.Equal(["2026-11-30"], parts.Sent.Weeks);
    }

    [Fact]
    public async Task A_crash_between_the_outbox_and_the_record_is_finished_by_the_next_pass_without_a_second_card()
    {
        var crashing = new CrashingOnceDigestStore(parts.Sent);

        await Assert.ThrowsAsync<IOException>(() => parts.Instance(crashing).RunOnceAsync(default));
        Assert.Single(Posts);
        Assert.Empty(parts.Sent.Weeks);

        Assert.Equal(DigestOutcome.Sent, await parts.Instance(crashing).RunOnceAsync(default));
        Assert.Single(Posts);
        Assert.Equal(["2026-11-30"], parts.Sent.Weeks);
    }

    [Fact]
    public async Task Before_the_hour_the_previous_week_is_due_and_the_next_week_comes_at_its_hour()
    {
        parts.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(1.5)); // Monday 7 Dec, 07:30
        await parts.Instance().RunOnceAsync(default);
        Assert.Equal(["digest/2026-11-30/post"], Posts.Select(p => p.IdempotencyKey));

        parts.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(DigestOutcome.Sent, await parts.Instance().RunOnceAsync(default));
        Assert.Equal(["digest/2026-11-30/post", "digest/2026-12-07/post"], Posts.Select(p => p.IdempotencyKey));
    }

    [Fact]
    public async Task Without_an_agents_channel_nothing_is_recorded_and_the_next_pass_tries_again()
    {
        parts.Queue.Channel = null;
        Assert.Equal(DigestOutcome.NoChannel, await parts.Instance().RunOnceAsync(default));
        Assert.Empty(parts.Sent.Weeks);

        parts.Queue.Channel = new(FakeAgentQueue.General, null);
        Assert.Equal(DigestOutcome.Sent, await parts.Instance().RunOnceAsync(default));
    }

    [Theory]
    [InlineData("en-US", "Service desk, week of 23 Nov to 29 Nov", "Incidents created", "Open the dashboard")]
    [InlineData("fr-FR", "Centre de services, semaine du 23 nov. au 29 nov.", "Incidents créés", "Ouvrir le tableau de bord")]
    public async Task The_card_compares_the_week_with_the_one_before_in_the_channels_language(string locale, string title, string created, string button)
    {
        parts.Queue.Channel = new(FakeAgentQueue.General, null, Locale: locale);
        Seed();
        await parts.Problems.CreateAsync("VPN drops every hour", "vpn", Agent1, At(20, 9), default);

        await parts.Instance().RunOnceAsync(default);

        var payload = Assert.Single(Posts).Payload;
        var card = CardOf(payload);
        Assert.Equal(title, ((TextBlock)card.Body[0]).Text);
        var facts = card.Body.OfType<FactSet>().SelectMany(f => f.Facts).ToList();
        Assert.Contains(new Fact(created, "2 (1)"), facts);
        Assert.Contains(new Fact(Texts.For(locale).Get(TextKeys.MetricsIncidentsResolved), "1 (1)"), facts);
        Assert.Contains(new Fact(Texts.For(locale).Get(TextKeys.MetricsCsat), "5.0/5 (2.0/5)".Replace(".", locale == "fr-FR" ? "," : ".", StringComparison.Ordinal)), facts);
        Assert.Contains(new Fact("vpn", "2 (–)"), facts);
        Assert.Contains(facts, f => f.Title == "P2"); // the P2 that missed its response target this week
        Assert.Contains("PRB-000001", payload, StringComparison.Ordinal);
        var open = Assert.IsType<OpenUrlAction>(Assert.Single(card.Actions!));
        Assert.Equal((button, "https://bot.example/dashboard"), (open.Title, open.Url));
    }

    [Fact]
    public async Task The_digest_card_renders_without_warnings_in_English_and_French()
    {
        Seed();
        await parts.Problems.CreateAsync("VPN drops every hour", "vpn", Agent1, At(20, 9), default);
        var cards = new List<AdaptiveCard>();
        foreach (var locale in new[] { "en-US", "fr-FR" })
        {
            var run = new DigestParts(Monday0900);
            run.Tickets.AddRange(parts.Tickets);
            await run.Problems.CreateAsync("VPN drops every hour", "vpn", Agent1, At(20, 9), default);
            run.Queue.Channel = new(FakeAgentQueue.General, null, Locale: locale);
            await run.Instance().RunOnceAsync(default);
            cards.Add(CardOf(Assert.Single(run.Outbox.Drafts).Payload));
        }

        var reports = await ServiceDesk.TestKit.CardRenderer.RenderAsync(cards);

        Assert.All(reports, r => Assert.Null(r.Error));
        Assert.All(reports, r => Assert.Empty(r.AllEvents.Select(e => e.ToString())));
        Assert.Contains("Ouvrir le tableau de bord", System.Net.WebUtility.HtmlDecode(reports[1].Html!), StringComparison.Ordinal);
    }

    /// <summary>This week (23–29 Nov): two incidents on vpn, one resolved rated 5, one P2 past its response target; the week before: one resolved rated 2.</summary>
    private void Seed()
    {
        parts.Tickets.Add(Ticket("INC-000001", Priority.P3, At(24, 9), TicketStatus.Resolved,
            new SlaState(At(24, 13), At(27, 9), RespondedAt: At(24, 10)), At(25, 9), 5) with { Service = "vpn" });
        parts.Tickets.Add(Ticket("INC-000002", Priority.P2, At(26, 9), TicketStatus.New, new SlaState(At(26, 9, 30), At(26, 17))) with { Service = "vpn" });
        parts.Tickets.Add(Ticket("INC-000003", Priority.P3, At(17, 9), TicketStatus.Resolved,
            new SlaState(At(17, 13), At(20, 9), RespondedAt: At(17, 10)), At(18, 9), 2) with { Service = "email" });
    }

    private static AdaptiveCard CardOf(string payload)
    {
        using var json = System.Text.Json.JsonDocument.Parse(payload);
        var content = json.RootElement.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        return CardJson.Deserialize(content)!;
    }
}
