using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements.Employees;

/// <summary>
/// Incidents linked to a major incident, and their resolution together. Linking appends an event to the ticket's
/// history (its queue card shows it) and raises the ticket to P1. When the announcement is resolved, each linked incident still open is resolved
/// through the agents' own path (<see cref="AgentChange"/>, the SLA clock, <see cref="ITicketNotifier"/>: the
/// requester told in their language, the queue card replaced), with a note naming the major incident; then every
/// employee who said "I'm affected too" (or joined from the incident flow) is told it is fixed (<see cref="FixedNotices"/>).
/// Running it again resolves nothing twice (resolved tickets are skipped) and tells nobody twice (outbox keys).
/// </summary>
internal sealed partial class MajorIncidentLinks(
    IAnnouncementStore announcements,
    IMajorIncidentLinkStore links,
    ITicketStore tickets,
    ISlaClock sla,
    ITicketNotifier notifier,
    IUserProfileStore profiles,
    FixedNotices fixedNotices,
    TimeProvider clock,
    ILogger<MajorIncidentLinks> logger) : IMajorIncidentLinks
{
    public const string LinkField = "MajorIncident";
    private const int MaxAttempts = 5;

    private readonly LinkedIncidentResolver resolver = new(tickets, sla, notifier, profiles, clock);

    public async Task<LinkOutcome> LinkAsync(string announcementId, TicketNumber ticket, TicketPerson by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await announcements.GetAsync(announcementId, cancellationToken).ConfigureAwait(false) is not { IsActive: true })
        {
            return LinkOutcome.AnnouncementNotActive;
        }

        var stored = await tickets.GetAsync(ticket, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return LinkOutcome.TicketNotFound;
        }

        if (stored.Kind != TicketKind.Incident || !stored.Status.IsOpen())
        {
            return LinkOutcome.NotLinkable;
        }

        var now = clock.GetUtcNow();
        if (!await links.AddLinkAsync(announcementId, new MajorIncidentLink(ticket, by, now), cancellationToken).ConfigureAwait(false))
        {
            return LinkOutcome.AlreadyLinked;
        }

        var linked = new TicketEvent(now, by, TicketEventKind.Updated, [new FieldChange(LinkField, null, announcementId)]);
        if (stored.Priority == Priority.P1 || !await RaiseToP1Async(stored, linked, now, cancellationToken).ConfigureAwait(false))
        {
            var outbox = await notifier.ForAsync(stored, linked, cancellationToken).ConfigureAwait(false);
            await tickets.AppendEventAsync(ticket, linked, outbox, cancellationToken).ConfigureAwait(false);
        }

        return LinkOutcome.Linked;
    }

    /// <summary>
    /// A major incident is the highest priority there is: a linked incident takes P1, its due times recomputed by the
    /// SLA clock, in the link's own history event. False when the ticket kept changing (or closed): then the link is
    /// only recorded.
    /// </summary>
    private async Task<bool> RaiseToP1Async(Ticket stored, TicketEvent linked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = stored;
        for (var attempt = 1; attempt <= MaxAttempts && current is { Priority: not Priority.P1 } && current.Status.IsOpen(); attempt++)
        {
            var raised = current with { Priority = Priority.P1, UpdatedAt = now };
            raised = raised with { Sla = sla.Update(current, raised, now) };
            var change = linked with { Changes = [.. linked.Changes, new FieldChange("Priority", current.Priority.ToString(), nameof(Priority.P1))] };
            var outbox = await notifier.ForAsync(current, change, cancellationToken).ConfigureAwait(false);
            var result = await tickets.UpdateAsync(raised, change, outbox, cancellationToken).ConfigureAwait(false);
            if (result.Outcome == TicketUpdateOutcome.Updated)
            {
                return true;
            }

            current = result.Ticket;
        }

        return false;
    }

    public async Task<IReadOnlyList<TicketNumber>> ListLinkedAsync(string announcementId, CancellationToken cancellationToken) =>
        [.. (await links.ListLinksAsync(announcementId, cancellationToken).ConfigureAwait(false)).Select(l => l.Ticket)];

    public async Task ResolveLinkedAsync(Announcement resolved, TicketPerson by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(by);
        if (resolved.Status != AnnouncementStatus.Resolved)
        {
            return;
        }

        var requesters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in await links.ListLinksAsync(resolved.Id, cancellationToken).ConfigureAwait(false))
        {
            if (await ResolveTicketAsync(resolved, link.Ticket, by, cancellationToken).ConfigureAwait(false) is { } requester)
            {
                requesters.Add(requester);
            }
        }

        // A requester of a linked incident already hears of it through their ticket: one message each, not two.
        var told = await fixedNotices.TellAffectedAsync(resolved, requesters, cancellationToken).ConfigureAwait(false);
        LogResolvedTogether(resolved.Id, requesters.Count, told);
    }

    /// <summary>Resolves one linked incident if it is still open (retried on a concurrent change); its requester's id, or null.</summary>
    private async Task<string?> ResolveTicketAsync(Announcement resolved, TicketNumber number, TicketPerson by, CancellationToken cancellationToken)
    {
        var outcome = await resolver.ResolveAsync(number, texts => Note(resolved, texts), by, cancellationToken).ConfigureAwait(false);
        if (outcome.GaveUp)
        {
            LogGaveUp(resolved.Id, number.ToString());
        }

        return outcome.Requester;
    }

    /// <summary>The resolution note in the requester's language: which major incident, and what was done if the author said.</summary>
    private static string Note(Announcement resolved, Texts texts)
    {
        var note = texts.Get(TextKeys.AnnouncementsLinksResolutionNote, resolved.Id, resolved.Content.In(texts.Language).Title);
        if (resolved.LatestUpdate is { Kind: AnnouncementUpdateKind.Resolved } resolution && resolution.TextIn(texts.Language) is { Length: > 0 } done)
        {
            note += "\n" + done;
        }

        return note;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Major incident {Id} resolved: {Tickets} linked incidents resolved with it, {Told} affected employees told")]
    private partial void LogResolvedTogether(string id, int tickets, int told);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Major incident {Id}: linked ticket {Number} kept changing; not resolved with it")]
    private partial void LogGaveUp(string id, string number);
}
