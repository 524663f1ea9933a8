using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// <c>link INC-000123</c> in a control card's thread (the major incident is the one whose control card starts the
/// thread), or <c>link MAJ-000001 INC-000123</c> anywhere in the agents' channel: the same as the card's Link
/// incident. <c>link INC-000123 PRB-000012</c> (either order) links the incident to a problem instead. The agents'
/// channel handler has checked that the person is an agent.
/// </summary>
internal sealed class LinkCommand(AnnouncementDesk desk, Problems.ProblemLinkReply problems) : IAgentCommand
{
    public string Name => "link";

    public string HelpKey => TextKeys.AnnouncementsAgentsLinkHelp;

    public async Task<TurnResult> RunAsync(Turn turn, string arguments, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(texts);
        var words = (arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 2 && words.Select(Problems.Problem.ParseId).OfType<string>().FirstOrDefault() is { } problemId)
        {
            var other = Problems.Problem.ParseId(words[0]) is null ? words[0] : words[1];
            return Say(TicketNumber.TryParse(other, out var incident)
                ? await problems.LinkAsync(turn, problemId, incident, texts, cancellationToken).ConfigureAwait(false)
                : texts.Get(TextKeys.AnnouncementsAgentsLinkBadNumber));
        }

        var (id, ticket) = words switch
        {
            [var t] => (null, t),
            [var a, var t] when a.StartsWith("MAJ-", StringComparison.OrdinalIgnoreCase) && a.Length <= 40 => (a.ToUpperInvariant(), t),
            _ => ((string?)null, (string?)null),
        };
        if (!TicketNumber.TryParse(ticket, out var number))
        {
            return Say(texts.Get(TextKeys.AnnouncementsAgentsLinkBadNumber));
        }

        var announcement = id is null
            ? (await desk.Store.ListActiveAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(a =>
                string.Equals(a.ControlPost?.Thread.ConversationId, turn.Conversation.ConversationId, StringComparison.OrdinalIgnoreCase))
            : await desk.Store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (announcement is null)
        {
            return Say(id is null ? texts.Get(TextKeys.AnnouncementsAgentsLinkWhich) : texts.Get(TextKeys.AnnouncementsAgentsNotFound, id));
        }

        var by = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var outcome = await desk.Links.LinkAsync(announcement.Id, number, by, cancellationToken).ConfigureAwait(false);
        if (outcome == LinkOutcome.Linked)
        {
            await desk.RefreshForEveryoneAsync(announcement, cancellationToken).ConfigureAwait(false);
        }

        return Say(AnnouncementDesk.LinkNotice(outcome, number, announcement.Id, texts));
    }

    private static TurnResult Say(string text) => new([Reply.Of(text)]);
}
