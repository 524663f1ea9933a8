using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// Messages to the bot in a channel (it only hears @mentions there). In a ticket's thread the text goes to the
/// requester as a reply, or stays internal when it starts with <c>/note</c>; both land in the ticket's history.
/// Anywhere else the first word names a command (<see cref="IAgentCommand"/>); anything else lists them. Agents only.
/// </summary>
internal sealed class AgentChannel(
    ITicketStore tickets, IAgentQueue queue, ITicketNotifier notifier, IEnumerable<IAgentCommand> commands, Queue.IUnroutedTickets unrouted, TimeProvider clock)
{
    private const string NotePrefix = "/note";
    private const string HelpCommand = "help";
    private const string AideCommand = "aide";

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = Texts.For(turn.Locale);
        if (!await queue.IsAgentAsync(turn.From, cancellationToken).ConfigureAwait(false))
        {
            return Say(texts.Get(TextKeys.AgentsChannelNotAgent));
        }

        var text = turn.Text?.Trim() ?? string.Empty;
        if (text.Length > AgentVerbs.MaxText)
        {
            return Say(texts.Get(TextKeys.EngineFieldTooLong, AgentVerbs.MaxText, text.Length.ToString("N0", texts.Culture)));
        }

        var number = await tickets.FindByThreadAsync(turn.Conversation.ConversationId, cancellationToken).ConfigureAwait(false);
        if (number is { } ticketNumber)
        {
            return await InThreadAsync(turn, ticketNumber, text, texts, cancellationToken).ConfigureAwait(false);
        }

        var (word, arguments) = text.Split(' ', 2, StringSplitOptions.TrimEntries) switch
        {
            [var w, var rest] => (w, rest),
            [var w] => (w, string.Empty),
            _ => (string.Empty, string.Empty),
        };
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, word, StringComparison.OrdinalIgnoreCase));
        if (command is not null)
        {
            return await command.RunAsync(turn, arguments, texts, cancellationToken).ConfigureAwait(false);
        }

        // An agent is here: tickets that waited for a queue configured since go now, and help says how many still wait.
        await unrouted.RouteAsync(cancellationToken).ConfigureAwait(false);
        var waiting = await unrouted.CountAsync(cancellationToken).ConfigureAwait(false);
        var asked = word.Length == 0 || string.Equals(word, HelpCommand, StringComparison.OrdinalIgnoreCase) || string.Equals(word, AideCommand, StringComparison.OrdinalIgnoreCase);
        return Say(Help(texts, asked ? null : word, waiting));
    }

    private async Task<TurnResult> InThreadAsync(Turn turn, TicketNumber number, string text, Texts texts, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (ticket is null || !ticket.InTenant(turn.Conversation.TenantId))
        {
            return Say(texts.Get(TextKeys.TicketsNotFound, number));
        }

        var isNote = text.StartsWith(NotePrefix, StringComparison.OrdinalIgnoreCase)
            && (text.Length == NotePrefix.Length || char.IsWhiteSpace(text[NotePrefix.Length]));
        var body = isNote ? text[NotePrefix.Length..].Trim() : text;
        if (body.Length == 0)
        {
            return Say(texts.Get(TextKeys.AgentsThreadEmpty));
        }

        var verb = isNote ? AgentVerbs.Note : AgentVerbs.Reply;
        if (!AgentRules.Allows(ticket, verb))
        {
            return Say(texts.Get(TextKeys.AgentsNotNow, Flows.MyTickets.TicketCards.Status(texts, ticket.Status)));
        }

        var actor = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var change = new TicketEvent(clock.GetUtcNow(), actor, isNote ? TicketEventKind.InternalNote : TicketEventKind.ReplyToRequester, [], body, isNote);
        var outbox = await notifier.ForAsync(ticket, change, cancellationToken).ConfigureAwait(false);
        var result = await tickets.AppendEventAsync(number, change, outbox, cancellationToken).ConfigureAwait(false);
        return result.Outcome == TicketUpdateOutcome.Updated
            ? Say(isNote ? texts.Get(TextKeys.AgentsNoteSaved, number) : texts.Get(TextKeys.AgentsReplySent, number, ticket.Requester.Name ?? ticket.Requester.Id))
            : Say(texts.Get(TextKeys.TicketsNotFound, number));
    }

    /// <summary>
    /// One paragraph per line (a single line break is joined into one paragraph by Teams' Markdown): the commands as a
    /// list, each with an example to type.
    /// </summary>
    private string Help(Texts texts, string? unknown, int waiting)
    {
        var lines = new List<string>();
        if (unknown is not null)
        {
            lines.Add(texts.Get(TextKeys.AgentsUnknownCommand, Cards.CardText.Literal(unknown)));
        }

        if (waiting > 0)
        {
            lines.Add(texts.Count(CountKeys.AgentsHelpWaiting, waiting));
        }

        lines.Add(texts.Get(TextKeys.AgentsHelpIntro));
        lines.AddRange(commands.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => HelpLine(texts, c)));
        lines.Add(texts.Get(TextKeys.AgentsHelpThread));
        return string.Join(HelpLineBreak, lines);
    }

    internal const string HelpLineBreak = "\n\n";

    private static string HelpLine(Texts texts, IAgentCommand command)
    {
        var exampleKey = CountKeys.AgentsHelpExamplePrefix + command.Name;
        var example = texts.Has(exampleKey) ? texts.Get(exampleKey) : command.Name;
        return "- " + texts.Get(TextKeys.AgentsHelpLine, texts.Get(command.HelpKey), example);
    }

    private static TurnResult Say(string text) => new([Reply.Of(text)]);
}
