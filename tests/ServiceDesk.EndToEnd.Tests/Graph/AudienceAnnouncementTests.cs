using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Agents;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// An announcement to the department Finance end to end: the fake Graph holds three enabled Finance people, one
/// disabled, one in Sales and one in Legal; an agent declares it from the channel with the audience
/// "department Finance", the preview counts three, and after Publish exactly those three get it in a 1:1 chat the bot
/// created through the Playground (its log counts who got it), the app installed for them through the fake Graph.
/// </summary>
public sealed class AudienceAnnouncementTests(AudienceDesk desk) : IClassFixture<AudienceDesk>
{
    private const string Title = "The expense tool is down for Finance";

    [Fact]
    public async Task An_announcement_to_the_department_Finance_reaches_exactly_its_people_and_the_preview_counts_them()
    {
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        var channel = config.GeneralChannelId;
        PlaygroundUser User(string id) => config.Users[id];
        string[] finance = [User("user-id-0").AadObjectId, User("user-id-1").AadObjectId, User("user-id-2").AadObjectId];
        desk.Graph.Add(
            new FakeUser(User("user-id-0").AadObjectId, "Alex Wilber", Department: "Finance"),
            new FakeUser(User("user-id-1").AadObjectId, "Megan Bowen", Department: "Finance"),
            new FakeUser(User("user-id-2").AadObjectId, "Adele Vance", Department: "Finance"),
            new FakeUser(User("user-id-3").AadObjectId, "Isaiah Langer", Department: "Sales"),
            new FakeUser(User("user-id-4").AadObjectId, "Patti Fernandez", Enabled: false, Department: "Finance"),
            new FakeUser(User("user-id-5").AadObjectId, "Lynne Robbins", Department: "Legal"));
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var log = await processes.OpenLogAsync(CancellationToken.None);

        // Megan (an administrator) makes the channel the tickets' and the announcements' channel.
        await PlaygroundTeam.InstallBotAsync(processes.Playground, config, CancellationToken.None);
        var setup = await stream.WaitForNewThreadCardAsync(channel, "Use this channel for announcements", GraphRequests.Timeout);
        var megan = new PlaygroundPerson(processes, stream, AudienceDesk.Administrator, setup.ConversationId, "en-US");
        Assert.True((await megan.ExecuteAsync(setup, "queue.use", new JsonObject { ["category"] = "all" })).ReplacedCard.Shows("This channel receives tickets"));
        Assert.True((await megan.ExecuteAsync(setup, "announcement.useChannel")).ReplacedCard.Shows("Announcements channel set"));

        // Adele declares it from the channel for the department Finance.
        var mark = stream.Messages.Count;
        await PlaygroundTeam.MentionBotAsync(processes.Playground, config, User("user-id-2"), channel, "outage", CancellationToken.None);
        var form = await stream.WaitForNewThreadCardAsync(channel, "Declare a major incident", GraphRequests.Timeout, mark);
        var adele = new PlaygroundPerson(processes, stream, "user-id-2", form.ConversationId, "en-US");
        var inputs = new JsonObject
        {
            ["service"] = "Expenses",
            ["title"] = Title,
            ["whatUsersSee"] = "The expense tool shows an error page.",
            ["impact"] = "Expense claims cannot be filed or approved.",
            ["nextUpdateMinutes"] = "60",
            ["audience"] = "Department",
            ["audienceValue"] = "Finance",
        };
        var preview = (await adele.ExecuteAsync(form, "announcement.preview", inputs)).ReplacedCard;
        Assert.True(preview.Shows("This announcement will reach 3 people: the department Finance, as counted by Microsoft Graph."), preview.Readable);
        mark = stream.Messages.Count;
        var control = (await adele.ExecuteAsync(preview, "announcement.publish", inputs)).ReplacedCard;
        Assert.True(control.Shows("Resolve"), control.Readable);

        // The Playground's log says who the announcement was sent to: the 1:1 chats the bot created, by member. This
        // Playground answers a post to a chat created for an Entra object id with 500 UserNotFound (it knows its own
        // user ids only), so the outbox tries again and a person may have several attempts logged; what is checked here
        // is the audience (exactly Finance's people, each tried) and that nobody got two posts the Playground accepted.
        // One delivery a person where the connector accepts them: TwoInstancesTests and OutboxSlowAnswerTests.
        Dictionary<string, (int Tried, int Accepted)> reached = [];
        await Wait.UntilAsync(_ => Task.FromResult((reached = Reached(log, channel)).Count >= finance.Length), GraphRequests.Timeout,
            "the announcement in three chats", processes.Diagnostics);
        Assert.Equal(finance.Order(StringComparer.Ordinal), reached.Keys.Order(StringComparer.Ordinal));
        Assert.All(reached, person => Assert.True(person.Value.Accepted <= 1, $"{person.Value.Accepted} accepted posts of the announcement to {person.Key}"));
        Assert.Equal(finance.Order(StringComparer.Ordinal), desk.Graph.InstalledApps.Keys.Order(StringComparer.Ordinal));
        // The audience is exactly these people: the announcements channel gets no post.
        Assert.DoesNotContain(stream.Messages.Skip(mark), m => m.Action == "createMessage" && m.ConversationId == channel && CardView.From(m)?.Shows(Title) == true);
    }

    /// <summary>
    /// For the member of each 1:1 chat the bot created (by its Entra object id), the announcement posts the bot sent
    /// there outside the channel (where the agents' control card lives; the channel's own posts are checked apart):
    /// how many were logged, and how many distinct posts the Playground accepted (a success answer; an edit in place,
    /// logged as a message too, keeps its post's id).
    /// </summary>
    private static Dictionary<string, (int Tried, int Accepted)> Reached(PlaygroundLog log, string channel)
    {
        var chats = log.Where(e => (string?)e["from"] == PlaygroundLog.FromBot && (string?)e["activityName"] == "createConversation")
            .Where(e => e["response"]?["body"]?["id"] is not null)
            .GroupBy(e => (string)e["response"]!["body"]!["id"]!)
            .ToDictionary(g => g.Key, g => (string?)g.First()["request"]?["body"]?["members"]?[0]?["id"]);
        return log.Where(e => (string?)e["from"] == PlaygroundLog.FromBot && (string?)e["activityName"] == "message"
                && e["request"]?["body"]?.ToJsonString().Contains(Title, StringComparison.Ordinal) == true)
            .Select(e => (Conversation: (string?)e["request"]?["body"]?["conversation"]?["id"] ?? (string?)e["conversationId"] ?? string.Empty,
                Accepted: (int?)e["response"]?["statusCode"] is >= 200 and < 300,
                Post: (string?)e["messageId"] ?? (string?)e["response"]?["body"]?["id"] ?? e.ToJsonString()))
            .Where(post => !post.Conversation.StartsWith(channel, StringComparison.Ordinal))
            .GroupBy(post => chats.GetValueOrDefault(post.Conversation) ?? "(a chat the bot did not create: " + post.Conversation + ")")
            .ToDictionary(g => g.Key, g => (g.Count(), g.Where(post => post.Accepted).Select(post => post.Post).Distinct().Count()));
    }
}
