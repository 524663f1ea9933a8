using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents.TicketList;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.LanguageModel;

/// <summary>"Similar tickets": keyword search over open and resolved tickets (and meaning, with an embedding model), each a link, a major incident offered.</summary>
public sealed class SimilarTicketsTests
{
    private readonly InMemoryTicketStore _tickets = new();

    private Ticket Add(int sequence, string title, TicketStatus status, string? service = "outlook", string? tenant = null)
    {
        var ticket = Ticket(status) with { Number = new TicketNumber(TicketKind.Incident, sequence), Title = title, Description = title, Service = service, TenantId = tenant };
        _tickets.Put(ticket);
        return ticket;
    }

    [Fact]
    public async Task FindAsync_OpenAndResolvedTicketsSharingWords_NotOthers_NorAnotherTenantsOnes()
    {
        var ticket = Add(1, "Outlook crashes at start", TicketStatus.New);
        Add(2, "Outlook crashes when opening", TicketStatus.InProgress);
        Add(3, "outlook crash at startup again", TicketStatus.Resolved);
        Add(4, "Printer jammed on floor 2", TicketStatus.New, "printer");
        Add(5, "Outlook crashes at start", TicketStatus.New, tenant: "other-tenant");

        var found = await new SimilarTickets(_tickets, NoLanguageModel.Instance).FindAsync(ticket, default);

        Assert.Equal([2, 3], found.Select(t => t.Number.Sequence).Order());
    }

    [Fact]
    public async Task Card_EachTicketOpensItsCard_AndSeveralOpenOnTheServiceOfferAMajorIncident()
    {
        var ticket = Add(1, "Outlook crashes at start", TicketStatus.New);
        Add(2, "Outlook crashes when opening", TicketStatus.InProgress);
        Add(3, "Outlook crashes for the whole team", TicketStatus.New);
        var handler = new AgentAssistHandler(_tickets, AgentsQueue(), new ScriptedAssist(null, null), new SimilarTickets(_tickets, NoLanguageModel.Instance), AgentParts.Cards);

        var result = await handler.HandleAsync(Click(Alice, AssistVerbs.Similar, number: ticket.Number, version: ticket.Version, locale: "fr-FR"), default);

        var card = Assert.Single(result.Replies).Card!;
        Assert.False(result.Replies[0].AiGenerated);
        Assert.Equal([TicketListVerbs.Open, TicketListVerbs.Open, ServiceDesk.Dialogs.Announcements.AnnouncementVerbs.Declare], Verbs(card));
        Assert.Contains("Plusieurs tickets similaires sont ouverts sur outlook", AllText(card), StringComparison.Ordinal);
        Assert.Equal("Déclarer un incident majeur", Assert.Single(card.Actions!).Title);
    }

    [Fact]
    public void Card_OneOpenAndOneResolved_NoMajorIncident_AndNoneFoundSaysSo()
    {
        var ticket = Ticket(TicketStatus.New) with { Service = "outlook" };
        var resolved = ticket with { Number = new TicketNumber(TicketKind.Incident, 7), Status = TicketStatus.Resolved };
        var open = ticket with { Number = new TicketNumber(TicketKind.Incident, 8) };

        var some = AgentAssistCards.Similar(ticket, [open, resolved], Texts.English);
        var none = AgentAssistCards.Similar(ticket, [], Texts.English);

        Assert.Equal([TicketListVerbs.Open, TicketListVerbs.Open], Verbs(some));
        Assert.Null(some.Actions);
        Assert.Contains("No similar ticket found, open or resolved.", AllText(none), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_WithAnEmbeddingModel_FindsTicketsCloseInMeaningThatShareNoWord()
    {
        var ticket = Add(1, "Screen stays black", TicketStatus.New, "monitor");
        Add(2, "Monitor shows no signal", TicketStatus.InProgress, "hardware");
        Add(3, "Printer jammed on floor 2", TicketStatus.New, "printer");
        var meaning = new ScriptedMeaning(text => text.StartsWith("Monitor", StringComparison.Ordinal) ? 0.8 : 0.1);

        var withModel = await new SimilarTickets(_tickets, meaning).FindAsync(ticket, default);
        var without = await new SimilarTickets(_tickets, NoLanguageModel.Instance).FindAsync(ticket, default);

        Assert.Equal([2], withModel.Select(t => t.Number.Sequence));
        Assert.Empty(without);
        Assert.StartsWith("Screen stays black", meaning.Asked.Single().Text, StringComparison.Ordinal);
        Assert.Equal(2, meaning.Asked.Single().Candidates.Count);
    }

    [Fact]
    public async Task FindAsync_EmbeddingModelGivesNothing_RanksByWordsAlone()
    {
        var ticket = Add(1, "Outlook crashes at start", TicketStatus.New);
        Add(2, "Outlook crashes when opening", TicketStatus.InProgress);
        Add(4, "Printer jammed on floor 2", TicketStatus.New, "printer");

        var found = await new SimilarTickets(_tickets, new ScriptedMeaning(null)).FindAsync(ticket, default);

        Assert.Equal([2], found.Select(t => t.Number.Sequence));
    }

    /// <summary>An embedding model that scores each candidate by <c>score</c>; null: no answer.</summary>
    private sealed class ScriptedMeaning(Func<string, double>? score) : IMeaningSimilarity
    {
        public List<(string Text, IReadOnlyList<string> Candidates)> Asked { get; } = [];

        public bool Available => true;

        public Task<IReadOnlyList<double>?> CompareAsync(string text, IReadOnlyList<string> candidates, CancellationToken cancellationToken)
        {
            Asked.Add((text, candidates));
            return Task.FromResult<IReadOnlyList<double>?>(score is null ? null : [.. candidates.Select(score)]);
        }
    }
}
