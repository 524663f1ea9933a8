using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents;

public sealed class AgentChannelTests
{
    private readonly InMemoryTicketStore _tickets = new();
    private readonly InMemoryUserProfiles _profiles = new();
    private readonly FakeAgentQueue _queue = AgentsQueue();
    private readonly Mock<IAgentCommand> _outboxCommand = new();

    public AgentChannelTests()
    {
        _profiles.SaveAsync(JeanProfile(), default);
        _tickets.Put(Ticket(TicketStatus.InProgress, Alice));
        _outboxCommand.SetupGet(c => c.Name).Returns("outbox");
        _outboxCommand.SetupGet(c => c.HelpKey).Returns(TextKeys.AgentsFactStatus);
        _outboxCommand.Setup(c => c.RunAsync(It.IsAny<Turn>(), It.IsAny<string>(), It.IsAny<Texts>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TurnResult([Reply.Of("outbox ran")]));
    }

    private AgentChannel Channel() =>
        new(_tickets, _queue, AgentParts.Notifier(_tickets, _queue, _profiles), [_outboxCommand.Object], AgentParts.Unrouted(_tickets, _queue), new FakeTimeProvider(Now));

    private async Task<string?> SayAsync(TicketPerson who, string text, string conversation = ThreadId) =>
        Assert.Single((await Channel().HandleAsync(ChannelMessage(who, text, conversation), default)).Replies).Text;

    [Fact]
    public async Task MessageInATicketsThread_GoesToTheRequester_AndIntoTheHistory()
    {
        var answer = await SayAsync(Alice, "Please restart Outlook in safe mode.");

        Assert.Equal("Reply to Jean Dupont added to INC-000042; they will be told in their chat.", answer);
        var last = (await _tickets.GetHistoryAsync(Number, default)).Last();
        Assert.Equal((TicketEventKind.ReplyToRequester, "Please restart Outlook in safe mode.", false), (last.Kind, last.Text, last.Internal));
        var notice = Assert.Single(_tickets.Outbox, d => d.Purpose == RequesterOutbox.NoticePurpose);
        Assert.Contains("Please restart Outlook in safe mode.", notice.Payload, StringComparison.Ordinal);
        Assert.Contains(_tickets.Outbox, d => d.Purpose == QueueOutbox.UpdatePurpose);
    }

    [Theory]
    [InlineData("/note the add-in again")]
    [InlineData("/NOTE   the add-in again")]
    public async Task NotePrefix_KeepsItInternal(string text)
    {
        var answer = await SayAsync(Alice, text);

        Assert.Equal("Internal note added to INC-000042.", answer);
        var last = (await _tickets.GetHistoryAsync(Number, default)).Last();
        Assert.Equal((TicketEventKind.InternalNote, "the add-in again", true), (last.Kind, last.Text, last.Internal));
        Assert.DoesNotContain(_tickets.Outbox, d => d.RecipientUserId == Jean.Id);
    }

    [Fact]
    public async Task NonAgent_IsRefused_AndNothingIsStored()
    {
        var answer = await SayAsync(new TicketPerson(Mallory.Id, null, Mallory.Name), "let me in");

        Assert.StartsWith("Only the service desk's agents", answer, StringComparison.Ordinal);
        Assert.Empty(await _tickets.GetHistoryAsync(Number, default));
    }

    [Fact]
    public async Task Message_Of20000Characters_IsRefused()
    {
        var answer = await SayAsync(Alice, new string('x', 20_000));

        Assert.StartsWith("Please keep this under 4000 characters", answer, StringComparison.Ordinal);
        Assert.Empty(await _tickets.GetHistoryAsync(Number, default));
    }

    [Fact]
    public async Task OutsideATicketThread_TheFirstWordRunsACommand()
    {
        Assert.Equal("outbox ran", await SayAsync(Alice, "Outbox retry INC-1", "19:general@thread.tacv2"));
        _outboxCommand.Verify(c => c.RunAsync(It.IsAny<Turn>(), "retry INC-1", It.IsAny<Texts>(), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("aide")]
    [InlineData("frobnicate")]
    public async Task OutsideATicketThread_AnythingElseListsTheCommands(string text)
    {
        var answer = await SayAsync(Alice, text, "19:general@thread.tacv2;messageid=999");

        // One paragraph per line, so Teams shows a list and not one run-on paragraph; each command with what to type.
        var lines = answer!.Split("\n\n");
        Assert.Contains("- Status (type: outbox)", lines);
        Assert.Contains(lines, l => l.Contains("/note", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains('\n', StringComparison.Ordinal));
        Assert.Equal(text == "frobnicate", answer!.Contains("I don't know the command \"frobnicate\".", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_SaysHowManyTicketsWaitForAQueue()
    {
        var store = new ServiceDesk.Dialogs.Agents.Queue.InMemoryUnroutedStore();
        await store.HoldAsync(new(Now.AddMinutes(-5), "29:jean", null, "network-vpn"), default);
        await store.HoldAsync(new(Now.AddMinutes(-4), "29:jean", null, "printing"), default);
        var unrouted = AgentParts.Unrouted(_tickets, FakeAgentQueue.None(), store, clock: new FakeTimeProvider(Now));
        var channel = new AgentChannel(_tickets, _queue, AgentParts.Notifier(_tickets, _queue, _profiles), [_outboxCommand.Object], unrouted, new FakeTimeProvider(Now));

        var answer = Assert.Single((await channel.HandleAsync(ChannelMessage(Alice, "help", "19:general@thread.tacv2;messageid=999"), default)).Replies).Text;

        Assert.StartsWith("⚠ 2 tickets are waiting for a queue channel", answer, StringComparison.Ordinal);
    }
}
