using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// Closed is final: a problem that comes back gets a new incident linked to the closed ticket, in one click.
internal sealed partial class MyTicketsFlow
{
    /// <summary>How many times linking the closed ticket is tried again when someone changed it meanwhile.</summary>
    private const int LinkTries = 3;

    /// <summary>
    /// "Open a follow-up" on a closed ticket: a new incident, filled in from it (category, service, impact, urgency and
    /// so priority; the comment typed, else its description), linked both ways, each link in that ticket's history.
    /// The creation is keyed by the closed ticket, so a second click or a retry after a crash finds the same follow-up.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> OpenFollowUpAsync(DialogContext context, Ticket closed, string? note, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (closed.Status != TicketStatus.Closed)
        {
            return [await DetailsAsync(context, closed, null, texts.Get(TextKeys.ItilFollowUpOnlyClosed), cancellationToken).ConfigureAwait(false)];
        }

        if (closed.FollowUp is { } existing && await OwnAsync(context, existing, cancellationToken).ConfigureAwait(false) is { } opened)
        {
            return [await DetailsAsync(context, opened, texts.Get(TextKeys.ItilFollowUpExists, opened.Number, closed.Number), null, cancellationToken).ConfigureAwait(false)];
        }

        var now = context.Now;
        var me = new TicketPerson(context.Turn.From.Id, context.Turn.From.AadObjectId, context.Turn.From.Name);
        var template = FollowUpTemplate(context, closed, note, me);
        var created = new TicketEvent(now, me, TicketEventKind.Created, [new FieldChange("FollowUpOf", null, closed.Number.ToString())], template.Description);
        var queue = await notifier.ForAsync(template, created, cancellationToken).ConfigureAwait(false);
        var followUp = await tickets.CreateOnceAsync(FollowUpDraftKey(closed.Number), new TicketDraft(TicketKind.Incident, template, created), queue, cancellationToken)
            .ConfigureAwait(false);
        await LinkAsync(closed, followUp.Number, me, now, cancellationToken).ConfigureAwait(false);
        return [await DetailsAsync(context, followUp, texts.Get(TextKeys.ItilFollowUpOpened, followUp.Number, closed.Number), null, cancellationToken).ConfigureAwait(false)];
    }

    internal static string FollowUpDraftKey(TicketNumber closed) => "follow-up/" + closed;

    private Ticket FollowUpTemplate(DialogContext context, Ticket closed, string? note, TicketPerson me)
    {
        var texts = context.Texts;
        var title = texts.Get(TextKeys.ItilFollowUpTitle, closed.Number, closed.Title);
        var description = texts.Get(TextKeys.ItilFollowUpDescription, closed.Number, note ?? closed.Description);
        return new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1),
            Version = 0,
            Status = TicketStatus.New,
            Title = title.Length > IncidentLimits.TitleMax ? title[..IncidentLimits.TitleMax] : title,
            Description = description.Length > IncidentLimits.DescriptionMax ? description[..IncidentLimits.DescriptionMax] : description,

            // A request's category is an access resource, not an incident category: its follow-up goes to the general queue.
            Category = closed.Kind == TicketKind.Incident ? closed.Category : Escalation.EscalationFlow.OtherCategory,
            Service = closed.Service,
            Impact = closed.Impact,
            Urgency = closed.Urgency,
            Priority = closed.Priority,
            Requester = me,
            TenantId = closed.TenantId ?? context.Turn.Conversation.TenantId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            FollowUpOf = closed.Number,
            Sla = slaClock.Start(closed.Priority, context.Now),
        };
    }

    /// <summary>The closed ticket names its follow-up (its card and the agents' card show it); retried from a fresh read.</summary>
    private async Task LinkAsync(Ticket closed, TicketNumber followUp, TicketPerson me, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = closed;
        for (var attempt = 0; attempt < LinkTries && current is { FollowUp: null }; attempt++)
        {
            var linked = new TicketEvent(now, me, TicketEventKind.Linked, [new FieldChange("FollowUp", null, followUp.ToString())]);
            var outbox = await notifier.ForAsync(current, linked, cancellationToken).ConfigureAwait(false);
            var result = await tickets.UpdateAsync(current with { FollowUp = followUp, UpdatedAt = now }, linked, outbox, cancellationToken).ConfigureAwait(false);
            current = result.Outcome == TicketUpdateOutcome.Conflict ? result.Ticket : null;
        }
    }
}
