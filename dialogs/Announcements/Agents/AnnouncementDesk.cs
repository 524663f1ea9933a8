using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// What the announcement handlers and the watch share: who may act (agents), the control card with its live counts
/// and linked incidents, and its replacement in place for everyone (the invoke answer only changes the clicking
/// agent's view; the outbox PUT changes the posted card for all). The fan-out and the links come from other areas
/// of the same composition root, which registers them always.
/// </summary>
internal sealed class AnnouncementDesk(
    IAnnouncementStore store, IAnnouncementBroadcaster broadcaster, IMajorIncidentLinks links, IAgentQueue queue, IOutboxStore outbox)
{
    public IAnnouncementStore Store => store;

    public IAnnouncementBroadcaster Broadcaster => broadcaster;

    public IMajorIncidentLinks Links => links;

    public Task<bool> IsAgentAsync(Turn turn, CancellationToken cancellationToken) => queue.IsAgentAsync(turn.From, cancellationToken);

    /// <summary>The control card in <paramref name="texts"/> and <paramref name="zone"/>, with the counts as they are now.</summary>
    public async Task<AdaptiveCard> ControlCardAsync(Announcement announcement, Texts texts, TimeZoneInfo zone, string? notice, CancellationToken cancellationToken)
    {
        var (delivery, linked) = await StateAsync(announcement, cancellationToken).ConfigureAwait(false);
        return AnnouncementControlCard.Build(announcement, delivery, texts, zone, notice, linked);
    }

    /// <summary>Replaces the posted control card for everyone (channel language, UTC); nothing when none is known.</summary>
    public async Task RefreshForEveryoneAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        if (announcement.ControlPost is not { } post)
        {
            return;
        }

        var (delivery, linked) = await StateAsync(announcement, cancellationToken).ConfigureAwait(false);
        var card = AnnouncementControlCard.Build(announcement, delivery, Texts.For(post.Locale), TimeZoneInfo.Utc, linked: linked);
        await outbox.EnqueueAsync(ControlCardOutbox.Update(announcement, post, delivery, linked.Count, card), cancellationToken).ConfigureAwait(false);
    }

    private async Task<(AnnouncementDelivery Delivery, IReadOnlyList<Tickets.TicketNumber> Linked)> StateAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        if (announcement.PublishedAt is null)
        {
            return (AnnouncementDelivery.None, []);
        }

        var delivery = await Broadcaster.DeliveryAsync(announcement.Id, cancellationToken).ConfigureAwait(false);
        var linked = await Links.ListLinkedAsync(announcement.Id, cancellationToken).ConfigureAwait(false);
        return (delivery, linked);
    }

    /// <summary>An invoke answered with a card replaces the clicked card for this agent; an Action.Submit gets it as a message.</summary>
    public static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);

    /// <summary>A message answer leaves the clicked card as it was.</summary>
    /// <summary>
    /// The announcement an agent's click is about: the card's id and version read, the clicker an agent, the
    /// announcement found; otherwise <see cref="AgentClick.Refusal"/> is the answer (and nothing changes).
    /// </summary>
    public async Task<AgentClick> ReadClickAsync(Turn turn, CardAction action, Texts texts, CancellationToken cancellationToken)
    {
        if (AnnouncementForm.Identity(action.Data) is not var (id, version))
        {
            return AgentClick.Refused(TurnResult.Refused(action, texts.Get(TextKeys.AnnouncementsAgentsInvalidCard)));
        }

        if (!await IsAgentAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            return AgentClick.Refused(TurnResult.Refused(action, texts.Get(TextKeys.AnnouncementsAgentsNotAgent)));
        }

        var stored = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? AgentClick.Refused(TurnResult.Refused(action, texts.Get(TextKeys.AnnouncementsAgentsNotFound, id)))
            : new AgentClick(stored, version, null);
    }

    /// <summary>What linking <paramref name="number"/> did, for the agent.</summary>
    public static string LinkNotice(LinkOutcome outcome, Tickets.TicketNumber number, string announcementId, Texts texts) => outcome switch
    {
        LinkOutcome.Linked => texts.Get(TextKeys.AnnouncementsAgentsLinked, number),
        LinkOutcome.AlreadyLinked => texts.Get(TextKeys.AnnouncementsAgentsAlreadyLinked, number),
        LinkOutcome.TicketNotFound => texts.Get(TextKeys.AnnouncementsAgentsLinkNotFound, number),
        LinkOutcome.NotLinkable => texts.Get(TextKeys.AnnouncementsAgentsNotLinkable, number),
        _ => texts.Get(TextKeys.AnnouncementsAgentsNotActive, announcementId),
    };

    /// <summary>Who made the latest change, for "changed by … since your card".</summary>
    public static string LastChangedBy(Announcement current) =>
        (current.LatestUpdate?.By ?? current.Author) is var person ? person.Name ?? person.Id : string.Empty;
}

/// <summary>What an agent's click is about (the stored announcement and the card's version), or the refusal to answer.</summary>
internal sealed record AgentClick(Announcement? Stored, int Version, TurnResult? Refusal)
{
    public static AgentClick Refused(TurnResult refusal) => new(null, 0, refusal);
}
