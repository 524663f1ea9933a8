using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Turns;

// Not "...Agents.Queue": that namespace would hide the agents tests' Queue members in ServiceDesk.Dialogs.Tests.Agents.
namespace ServiceDesk.Dialogs.Tests.Agents.QueueSetup;

public sealed class QueueSetupHandlerTests
{
    private const string TeamId = "19:team-general@thread.tacv2";
    private const string ChannelId = "19:network-desk@thread.tacv2";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly InMemoryQueueStore store = new();
    private readonly Mock<ITeamRoster> roster = new(MockBehavior.Strict);
    private readonly AgentQueueOptions options = new() { Administrators = ["00000000-0000-0000-0000-0000000000ad"] };

    private readonly Mock<IUnroutedTickets> unrouted = new();

    private readonly List<DirectoryPermissionGap> missingPermissions = [];

    private QueueSetupHandler Handler() => new(
        store, roster.Object, new IncidentCatalogue(Options.Create(TestCatalogue.Options)), Options.Create(options),
        unrouted.Object, new FakeTimeProvider(Now), NullLogger<QueueSetupHandler>.Instance, Directory());

    private IDirectory Directory()
    {
        var directory = new Mock<IDirectory>();
        directory.Setup(d => d.MissingPermissions()).Returns(() => missingPermissions);
        return directory.Object;
    }

    private static Turn Click(object? category, bool invoke = true, string userId = "29:owner", string? aad = null, string locale = "en-US",
        ConversationKind kind = ConversationKind.Channel, string? teamId = TeamId)
    {
        var data = new JsonObject { ["verb"] = QueueVerbs.Use };
        if (category is not null)
        {
            data[QueueVerbs.CategoryField] = JsonValue.Create(category);
        }

        return new Turn(
            TurnKind.CardAction, "act-1", new Person(userId, aad, "Camille Owner"),
            new ConversationReference("https://smba.example/emea/", ChannelId + ";messageid=1700000000001", "tenant-1", "msteams", kind, "28:bot", teamId, ChannelId),
            locale, null, null, new CardAction(QueueVerbs.Use, JsonSerializer.SerializeToElement(data), invoke), Now);
    }

    private void RosterSays(TeamRole role) =>
        roster.Setup(r => r.RoleOfAsync(It.Is<ConversationReference>(c => c.TeamId == TeamId && c.ConversationId == ChannelId), It.IsAny<Person>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(role);

    private static string Texts(AdaptiveCard card) => string.Join(" | ", card.Body.OfType<TextBlock>().Select(t => t.Text));

    [Fact]
    public async Task Installed_in_a_team_posts_the_setup_card_with_every_category_and_the_button()
    {
        var result = await Handler().InstalledAsync(Click(null) with { Kind = TurnKind.Installed, Action = null }, ServiceDesk.Dialogs.Localization.Texts.French, default);

        var card = Assert.Single(result.Replies).Card!;
        var choices = Assert.Single(card.Body.OfType<ChoiceSetInput>());
        Assert.Equal(["all", "workstation", "software", "email", "network-vpn", "printing", "account-password", "phone", "other", "access-requests", "software-requests", "hardware-requests", "new-starters"],
            choices.Choices.Select(c => c.Value));
        Assert.Contains("Incidents : Réseau et VPN", choices.Choices.Select(c => c.Title));
        Assert.Equal(2, card.Actions!.Count);
        var button = Assert.IsType<ExecuteAction>(card.Actions[0]);
        Assert.Equal(("queue.use", "Utiliser ce canal pour les tickets"), (button.Verb, button.Title));
        Assert.IsType<SubmitAction>(button.Fallback);
        var announcements = Assert.IsType<ExecuteAction>(card.Actions[1]);
        Assert.Equal(("announcement.useChannel", "Utiliser ce canal pour les annonces"), (announcements.Verb, announcements.Title));
    }

    [Fact]
    public async Task Installed_with_a_Graph_permission_missing_the_setup_card_says_which_what_happens_instead_and_how_to_grant_it()
    {
        missingPermissions.Add(new DirectoryPermissionGap(DirectoryFeature.GroupOwners, "GroupMember.Read.All"));

        var result = await Handler().InstalledAsync(Click(null) with { Kind = TurnKind.Installed, Action = null }, ServiceDesk.Dialogs.Localization.Texts.English, default);

        var text = Texts(Assert.Single(result.Replies).Card!);
        Assert.Contains("Microsoft Graph refused the permission GroupMember.Read.All: the owners of a resource's Entra group are not asked", text, StringComparison.Ordinal);
        Assert.Contains("Grant admin consent", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installed_with_every_Graph_permission_the_setup_card_says_nothing_of_Graph()
    {
        var result = await Handler().InstalledAsync(Click(null) with { Kind = TurnKind.Installed, Action = null }, ServiceDesk.Dialogs.Localization.Texts.English, default);

        Assert.DoesNotContain("Graph", Texts(Assert.Single(result.Replies).Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_owner_chooses_the_channel_for_a_category_and_the_card_becomes_a_confirmation()
    {
        RosterSays(TeamRole.Owner);

        var result = await Handler().HandleAsync(Click("Network-VPN"), CancellationToken.None);

        Assert.Contains("Incidents: Network and VPN: new tickets start a thread in this channel. Chosen by Camille Owner.", Texts(result.Invoke!.Card!));
        Assert.Null(result.Invoke.Card!.Actions);
        var stored = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal(("network-vpn", ChannelId, ChannelId, TeamId, "29:owner", Now), (stored.Category, stored.Channel.ConversationId, stored.Channel.TeamsChannelId, stored.Channel.TeamId, stored.SetById, stored.SetAt));
    }

    [Theory]
    [InlineData(TeamRole.Member, "Only an owner of this team")]
    [InlineData(TeamRole.NotMember, "Only an owner of this team")]
    [InlineData(TeamRole.Unknown, "couldn't read this team's members")]
    public async Task Anyone_but_an_owner_is_refused_clearly_and_nothing_is_stored(TeamRole role, string expected)
    {
        RosterSays(role);

        var result = await Handler().HandleAsync(Click("all"), CancellationToken.None);

        Assert.Null(result.Invoke!.Card);
        Assert.Contains(expected, result.Invoke.Message, StringComparison.Ordinal);
        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_administrator_by_entra_object_id_is_accepted_without_asking_the_roster()
    {
        var result = await Handler().HandleAsync(Click("access-requests", userId: "29:admin", aad: "00000000-0000-0000-0000-0000000000AD"), CancellationToken.None);

        Assert.Contains("Access requests to fulfil", Texts(result.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal(QueueCategories.AccessRequests, Assert.Single(await store.ListAsync(CancellationToken.None)).Category);
        roster.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task The_submit_fallback_without_a_choice_means_every_ticket_and_answers_in_french()
    {
        RosterSays(TeamRole.Owner);

        var result = await Handler().HandleAsync(Click(null, invoke: false, locale: "fr-FR"), CancellationToken.None);

        Assert.Null(result.Invoke);
        Assert.Contains("Tous les tickets : les nouveaux tickets ouvrent un fil dans ce canal.", Texts(Assert.Single(result.Replies).Card!), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await store.ListAsync(CancellationToken.None)).Category);
    }

    [Theory]
    [InlineData("printers-and-toasters")]
    [InlineData(42)]
    public async Task A_forged_category_gets_the_card_back_with_a_notice(object category)
    {
        var result = await Handler().HandleAsync(Click(category), CancellationToken.None);

        Assert.Contains("I don't know this choice any more", Texts(result.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(ConversationKind.Personal, TeamId)]
    [InlineData(ConversationKind.GroupChat, null)]
    [InlineData(ConversationKind.Channel, null)]
    public async Task Outside_a_team_channel_the_click_is_refused(ConversationKind kind, string? teamId)
    {
        var result = await Handler().HandleAsync(Click("all", kind: kind, teamId: teamId), CancellationToken.None);

        Assert.Contains("Tickets go to a channel of a team", result.Invoke!.Message, StringComparison.Ordinal);
        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }
}
