using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ServiceDesk.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Scale-out: two bot processes share one Azurite and one Teams, requests alternating between them. Employees report
/// incidents on either instance (every other turn on the other one, several employees at once), agents work the
/// tickets' channel cards from either, an announcement fans out while both run. Every ticket is created once with its
/// own number, every queue card posted once (again only for an attempt of unknown outcome, the outbox's at-least-once
/// window) and then updated in place, every recipient reached once, and the two
/// instances together keep to the tenant's one request budget.
/// </summary>
public sealed partial class TwoInstancesTests(TwoInstances desk, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<TwoInstances>
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);
    private const string Title = "Email is down for everyone";

    [Fact]
    public async Task Tickets_cards_and_an_announcement_come_out_once_each_when_requests_alternate_between_two_instances()
    {
        // A first turn on each instance, alone: its tables, caches and code paths warm up before the concurrent turns.
        var warmUp = ("29:employee-0", "Employee 0");
        await SayAsync(0, warmUp.Item1, warmUp.Item2, "hello");
        await SayAsync(1, warmUp.Item1, warmUp.Item2, "hello");
        var reporters = Enumerable.Range(1, 6).Select(i => ($"29:employee-{i}", $"Employee {i}")).ToList();
        var numbers = await Task.WhenAll(reporters.Select((e, i) => ReportIncidentAsync(e.Item1, e.Item2, firstInstance: i % 2)));

        Assert.Equal(numbers.Length, numbers.Distinct().Count());
        // The confirmation replaced the review card (the invoke's answer); nothing else announced a creation.
        Assert.DoesNotContain(desk.Teams.Calls, c => c.Method == "POST" && c.Shows(" created"));

        // Each ticket's card reaches the agents' channel; an agent assigns it from either instance; the card changes in place.
        for (var i = 0; i < numbers.Length; i++)
        {
            var (agentId, agentName) = TwoInstances.Agents[i % 2];
            var post = await DeliveredAsync(
                c => c.Method == "POST" && c.Conversation == TwoInstances.QueueChannel && c.Shows(numbers[i]) && c.Card is not null,
                $"the channel card of {numbers[i]}");
            var thread = $"{TwoInstances.QueueChannel};messageid={post.AnsweredId}";
            var answer = await desk.SendAsync(i % 2, TeamsActivities.Click(post.Card!, "agent.assignMe", agentId, agentName, thread, post.AnsweredId));
            Assert.Contains(agentName, answer?.ToJsonString() ?? "", StringComparison.Ordinal);
            await DeliveredAsync(
                c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + post.AnsweredId, StringComparison.Ordinal) && c.Shows(agentName),
                $"the channel card of {numbers[i]} updated in place");
        }

        // Posted once, and again only inside the outbox's documented at-least-once window (bot/Outbox/README.md): an
        // attempt whose outcome the outbox could not know (no answer within the request timeout, a broken connection,
        // a crash mid-delivery, an outcome not recorded or a lease lost before it was) is sent again: Teams' POST has no
        // idempotency key.
        var logs = desk.Output();
        foreach (var number in numbers)
        {
            var posts = desk.Teams.Calls.Count(c => c.Method == "POST" && c.Conversation == TwoInstances.QueueChannel && c.Shows(number) && c.Card is not null);
            var unknown = UnknownQueueCardOutcome(number).Matches(logs).Count;
            Assert.True(posts >= 1 && posts <= 1 + unknown, $"{number}'s channel card posted {posts} times, with {unknown} attempts of unknown outcome"
                + Environment.NewLine + desk.Diagnostics());
        }

        // More employees talk to the bot, on either instance: they become the announcement's recipients too.
        var others = Enumerable.Range(1, 18).Select(i => ($"29:colleague-{i}", $"Colleague {i}")).ToList();
        await Task.WhenAll(others.Select((e, i) => SayAsync(i % 2, e.Item1, e.Item2, "hello")));
        var recipients = reporters.Concat(others).Append(warmUp).Select(e => TeamsActivities.PersonalChat(e.Item1)).ToList();

        // An agent declares an outage on one instance, previews it on the other, publishes it on the first.
        var (adele, adeleName) = TwoInstances.Agents[0];
        var thread0 = $"{TwoInstances.QueueChannel};messageid=outage-root";
        await desk.SendAsync(0, TeamsActivities.Mention(adele, adeleName, thread0, "outage"));
        var form = await desk.Teams.WaitForAsync(
            c => c.Method == "POST" && c.Conversation == thread0 && c.Card is not null && c.Shows("announcement.preview"), "the declare form", ReplyTimeout);
        var inputs = new JsonObject
        {
            ["service"] = "Email",
            ["title"] = Title,
            ["whatUsersSee"] = "Outlook says it cannot connect; mail does not arrive.",
            ["impact"] = "Nobody can send or receive email.",
            ["nextUpdateMinutes"] = "60",
        };
        var preview = CardOf(await desk.SendAsync(1, TeamsActivities.Click(form.Card!, "announcement.preview", adele, adeleName, thread0, form.AnsweredId, inputs)));
        var published = DateTimeOffset.UtcNow;
        var control = CardOf(await desk.SendAsync(0, TeamsActivities.Click(preview, "announcement.publish", adele, adeleName, thread0, form.AnsweredId, inputs)));
        Assert.Contains("Resolve", control.ToJsonString(), StringComparison.Ordinal);

        foreach (var chat in recipients)
        {
            await DeliveredAsync(c => c.Method == "POST" && c.Conversation == chat && c.Shows(Title), $"the announcement in {chat}");
        }

        var announced = desk.Teams.Calls.Where(c => c.Method == "POST" && c.Shows(Title) && c.Conversation!.StartsWith("a:", StringComparison.Ordinal)).ToList();
        Assert.Equal(recipients.Order(), announced.Select(c => c.Conversation!).Order());

        // The tenant's budget is one for both instances: the fan-out's sends, in any 3 s, stay within three seconds' worth
        // of it, plus half a second's for the edges (the gate counts when it grants a slot, and arrivals move by each
        // request's latency, up to hundreds of milliseconds on a loaded machine). Two instances each taking the whole
        // budget would send the 25 announcements and the control card's updates at twice the rate: well over it.
        var sends = desk.Teams.Calls.Where(c => c.ReceivedAt >= published && c.Method is "POST" or "PUT" && c.Conversation is not null).ToList();
        var window = TimeSpan.FromSeconds(3);
        var allowed = (TwoInstances.Budget * 3) + (TwoInstances.Budget / 2);
        var most = MostInAnyWindow(sends, window);
        output.WriteLine($"{numbers.Length} tickets, {announced.Count} recipients; {sends.Count} sends after publishing, at most {most} within 3 s (budget {TwoInstances.Budget}/s, {allowed} allowed)");
        Assert.True(sends.Count > allowed, $"only {sends.Count} sends: too few for the budget check to mean anything");
        Assert.True(most <= allowed, $"{most} sends within 3 s; the budget is {TwoInstances.Budget} per second for both instances together:"
            + Environment.NewLine + string.Join(Environment.NewLine, sends.OrderBy(c => c.ReceivedAt).Select(c => $"{c.ReceivedAt:HH:mm:ss.fff} {c.Method} {c.Conversation}"))
            + Environment.NewLine + desk.Diagnostics());
    }

    /// <summary>Flow 1 by text, every turn on the other instance than the one before; returns the ticket's number.</summary>
    private async Task<string> ReportIncidentAsync(string userId, string name, int firstInstance)
    {
        var instance = firstInstance;
        await SayAsync(instance, userId, name, "my outlook crashes every morning since the update", "Who is affected?");
        await SayAsync(instance = 1 - instance, userId, name, "just me", "How much of your work is blocked?");
        var review = await SayAsync(instance = 1 - instance, userId, name, "part of my work is blocked", "Ready to create your ticket");
        var chat = TeamsActivities.PersonalChat(userId);
        var mark = desk.Teams.Calls.Count;
        var answer = await desk.SendAsync(1 - instance, TeamsActivities.Click(review.Card!, "incident.create", userId, name, chat, review.AnsweredId));
        var created = answer?.ToJsonString() is { } invoked && TicketNumber().Match(invoked) is { Success: true } inAnswer
            ? inAnswer.Value
            : TicketNumber().Match((await NextAsync(chat, mark, c => c.Shows(" created"), "the created ticket")).Body!.ToJsonString()).Value;
        Assert.Matches(TicketNumber(), created);
        return created;
    }

    private async Task<TeamsStandIn.ConnectorCall> SayAsync(int instance, string userId, string name, string text, string? expected = null)
    {
        var chat = TeamsActivities.PersonalChat(userId);
        var mark = desk.Teams.Calls.Count;
        await desk.SendAsync(instance, TeamsActivities.Message(userId, name, text));
        return await NextAsync(chat, mark, c => expected is null || (c.Card is not null && c.Shows(expected)), expected ?? "an answer");
    }

    private async Task<TeamsStandIn.ConnectorCall> NextAsync(string chat, int mark, Func<TeamsStandIn.ConnectorCall, bool> predicate, string what)
    {
        try
        {
            return await desk.Teams.WaitForAsync(
                c => c.Method == "POST" && c.Conversation == chat && predicate(c) && desk.Teams.Calls.Skip(mark).Contains(c), what, ReplyTimeout);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} in {chat}{Environment.NewLine}{desk.Diagnostics()}", timeout);
        }
    }

    /// <summary>Waits for a proactive delivery (through the outbox of either instance); a timeout shows both instances' outbox logs.</summary>
    private async Task<TeamsStandIn.ConnectorCall> DeliveredAsync(Func<TeamsStandIn.ConnectorCall, bool> predicate, string what)
    {
        try
        {
            return await desk.Teams.WaitForAsync(predicate, what, DeliveryTimeout);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}{Environment.NewLine}{desk.Diagnostics()}", timeout);
        }
    }

    private static JsonObject CardOf(JsonObject? invokeAnswer) =>
        invokeAnswer?["value"] as JsonObject ?? throw new InvalidOperationException("No card in the invoke answer: " + invokeAnswer?.ToJsonString());

    private static int MostInAnyWindow(IReadOnlyList<TeamsStandIn.ConnectorCall> calls, TimeSpan window)
    {
        var ordered = calls.OrderBy(c => c.ReceivedAt).ToList();
        var (most, start) = (0, 0);
        for (var end = 0; end < ordered.Count; end++)
        {
            while (ordered[end].ReceivedAt - ordered[start].ReceivedAt >= window)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }

    /// <summary>The outbox's log of an attempt at a ticket's first channel card whose outcome is unknown (<c>OutboxLog</c>).</summary>
    private static Regex UnknownQueueCardOutcome(string number) => new(
        $@"Outbox {Regex.Escape(number)}/(?:v\d+|unrouted)/queue-card \(\w+\)(?: attempt \d+ failed: (?:Timeout|Network)\b|: outcome not recorded|: lease lost|: unexpected error while delivering)",
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"INC-\d{6}")]
    private static partial Regex TicketNumber();
}
