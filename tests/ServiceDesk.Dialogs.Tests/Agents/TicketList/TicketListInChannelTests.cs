using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.TicketList;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents.TicketList;

/// <summary>The list reached the way agents reach it: typed after mentioning the bot in the channel, and named in <c>help</c>.</summary>
public sealed class TicketListInChannelTests
{
    private readonly TicketListFixture fixture = new();
    private readonly InMemoryTicketStore store = new();
    private readonly FakeAgentQueue queue = AgentsQueue();

    private AgentChannel Channel() => new(
        store, queue, AgentParts.Notifier(store, queue, new InMemoryUserProfiles()),
        [new TicketListCommand(fixture.Reader(), fixture.Queue.Object, new FakeTimeProvider(Now))], AgentParts.Unrouted(store, queue), new FakeTimeProvider(Now));

    private async Task<Reply> SayAsync(string text, string locale = "en-US") =>
        Assert.Single((await Channel().HandleAsync(ChannelMessage(Alice, text, "19:general@thread.tacv2") with { Locale = locale }, default)).Replies);

    [Fact]
    public async Task TicketsAtRisk_TypedInTheChannel_AnswersWithTheList()
    {
        fixture.Add(1, sla: new SlaState(Now.AddHours(-1), Now.AddDays(2)));

        var reply = await SayAsync("Tickets breached");

        Assert.Contains("INC-000001 · Ticket 1", AllText(reply.Card!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "- tickets [filter]: the queue's open tickets, unassigned (the default), mine, at risk or breached, each with Open and Assign to me (type: tickets at risk)")]
    [InlineData("fr-FR", "- tickets [filtre] : les tickets ouverts de la file, non assignés (par défaut), miens, à risque ou dépassés, chacun avec Ouvrir et Me l'attribuer (tapez : tickets à risque)")]
    public async Task Help_NamesTheCommand_WithAnExample(string locale, string line)
    {
        var reply = await SayAsync("help", locale);

        Assert.Contains(line, reply.Text!.Split(AgentChannel.HelpLineBreak));
    }
}
