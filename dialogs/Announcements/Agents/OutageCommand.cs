using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// <c>outage</c> in the agents' channel: opens a draft (so the form's Preview and Publish carry an id and a version,
/// and a double click publishes once) and answers with the declare form. The agents' channel handler has checked
/// that the person is an agent.
/// </summary>
internal sealed class OutageCommand(IAnnouncementStore store, AnnouncementAudiences audiences, TimeProvider clock) : IAgentCommand
{
    public string Name => "outage";

    public string HelpKey => TextKeys.AnnouncementsAgentsHelp;

    public async Task<TurnResult> RunAsync(Turn turn, string arguments, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(texts);
        var author = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var draft = await store.CreateAsync(Empty, author, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new TurnResult([Reply.Of(AnnouncementDeclareCard.Build(texts, draft: draft, audience: audiences.Form(draft, texts)))]);
    }

    /// <summary>A draft starts empty; nothing is checked or sent until Preview or Publish.</summary>
    internal static AnnouncementContent Empty { get; } = new(string.Empty, new AnnouncementText(string.Empty, string.Empty, string.Empty), null, null);
}
