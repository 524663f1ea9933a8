using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Escalation;

/// <summary>
/// "Talk to a human": creates a ticket marked for a human (<see cref="Ticket.NeedsHuman"/>) whose description is the
/// conversation so far, so the agent who takes it (the agents' channel, issue 5) need not ask again.
/// </summary>
internal sealed class EscalationFlow(ITicketStore tickets, PriorityMatrix matrix, ISlaClock slaClock)
{
    public const string OtherCategory = "other";
    private const int MaxDescription = 4_000;

    public async Task<IReadOnlyList<Reply>> EscalateAsync(DialogContext context, ActiveDialog? active, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var turn = context.Turn;
        var requester = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var lines = new List<string> { texts.Get(TextKeys.EscalationDescription) };
        if (active is not null)
        {
            lines.Add(texts.Get(TextKeys.EscalationDuring, active.Name));
            lines.AddRange(active.Transcript.Select(l => "> " + l));
        }

        var description = string.Join("\n", lines);
        var priority = matrix.For(Impact.Low, Urgency.Medium);
        var template = new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1),
            Version = 0,
            Status = TicketStatus.New,
            Title = texts.Get(TextKeys.EscalationTitle),
            Description = description.Length > MaxDescription ? description[..MaxDescription] : description,
            Category = OtherCategory,
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = priority,
            Requester = requester,
            NeedsHuman = true,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            Sla = slaClock.Start(priority, context.Now),
        };
        var created = new TicketEvent(context.Now, requester, TicketEventKind.Created, [], Text: template.Description);
        var ticket = await tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, created), null, cancellationToken).ConfigureAwait(false);
        return [Reply.Of(texts.Get(TextKeys.EscalationCreated, ticket.Number))];
    }
}
