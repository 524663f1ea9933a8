using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.MyTickets;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Which handler answers each card verb: one table, built once at start. A verb claimed by two handlers (or by a
/// handler and the router's own verbs) stops the app at start with both names, instead of the first registered
/// silently winning.
/// </summary>
internal sealed class CardActionTable
{
    /// <summary>The verbs the router answers itself (menu, engine, my tickets, knowledge answers).</summary>
    public static IReadOnlyList<string> RouterVerbs { get; } =
    [
        MenuVerbs.ReportIncident, MenuVerbs.RequestAccess, MenuVerbs.MyTickets, MenuVerbs.AskQuestion,
        MenuVerbs.RequestSoftware, MenuVerbs.RequestHardware, MenuVerbs.NewStarter,
        TicketVerbs.List, TicketVerbs.Open, TicketVerbs.Comment, TicketVerbs.Cancel, TicketVerbs.Confirm, TicketVerbs.Reopen,
        KnowledgeVerbs.Helpful, KnowledgeVerbs.Full, KnowledgeVerbs.Open, KnowledgeVerbs.NotHelpful,
        EngineVerbs.Retry, EngineVerbs.Menu, EngineVerbs.Human, EngineVerbs.Resume, EngineVerbs.Discard,
    ];

    private readonly Dictionary<string, ICardActionHandler> handlers = new(StringComparer.Ordinal);

    public CardActionTable(IEnumerable<ICardActionHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var router = RouterVerbs.ToHashSet(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            foreach (var verb in handler.Verbs)
            {
                if (router.Contains(verb))
                {
                    throw new InvalidOperationException($"Card verb '{verb}' of {handler.GetType().Name} is one of the router's own verbs.");
                }
                if (!this.handlers.TryAdd(verb, handler))
                {
                    throw new InvalidOperationException(
                        $"Card verb '{verb}' is claimed by both {this.handlers[verb].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }
    }

    public IReadOnlyCollection<string> Verbs => handlers.Keys;

    public ICardActionHandler? For(string verb) => handlers.GetValueOrDefault(verb);
}
