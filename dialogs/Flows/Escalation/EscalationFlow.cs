using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Escalation;

/// <summary>
/// "Talk to a human": creates a ticket marked for a human (<see cref="Ticket.NeedsHuman"/>) whose description is the
/// conversation so far, and starts its thread in the agents' queue, so the agent who takes it need not ask again.
/// Asking again shortly after (a double click, an impatient second ask) adds to the same ticket instead of a second one.
/// Asked from the incident form, the ticket keeps the impact, urgency (so the priority) and category answered so far.
/// </summary>
internal sealed class EscalationFlow(ITicketStore tickets, PriorityMatrix matrix, ISlaClock slaClock, ITicketNotifier notifier)
{
    public const string OtherCategory = "other";
    private const int MaxDescription = 4_000;

    /// <summary>How long an open escalation ticket is reused rather than a new one made.</summary>
    public static readonly TimeSpan ReuseWindow = TimeSpan.FromMinutes(30);

    public async Task<IReadOnlyList<Reply>> EscalateAsync(DialogContext context, ActiveDialog? active, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var turn = context.Turn;
        var requester = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var lines = new List<string> { texts.Get(TextKeys.EscalationDescription) };
        if (active is not null)
        {
            // With no form in progress it is what the bot could not understand, said just before.
            if (active.Name != ActiveDialog.NoDialog)
            {
                lines.Add(texts.Get(TextKeys.EscalationDuring, active.Name));
            }

            lines.AddRange(active.Transcript.Select(l => "> " + l));
            if (DraftFields(active, texts) is { Count: > 0 } fields)
            {
                // The form's own answers too (what the first message pre-filled is in no transcript line).
                lines.Add(texts.Get(TextKeys.EscalationDraft));
                lines.AddRange(fields.Select(f => $"- {f.Name}: {f.Value}"));
            }
        }

        var description = Cut(string.Join("\n", lines));
        if (await RecentEscalationAsync(turn.From.Id, context.Now, cancellationToken).ConfigureAwait(false) is { } open)
        {
            if (active is { Transcript.Count: > 0 })
            {
                // The conversation since then goes to the same ticket (and its thread), not to a second one.
                var comment = new TicketEvent(context.Now, requester, TicketEventKind.Comment, [], description);
                var outbox = await notifier.ForAsync(open, comment, cancellationToken).ConfigureAwait(false);
                await tickets.AppendEventAsync(open.Number, comment, outbox, cancellationToken).ConfigureAwait(false);
            }

            return [Reply.Of(texts.Get(TextKeys.AgentsEscalationAgain, open.Number))];
        }

        // What the employee already said in the form they were filling keeps its weight: a P1 summary stays a P1.
        var (impact, urgency, category) = DraftSays(active);
        var priority = matrix.For(impact, urgency);
        var template = new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1),
            Version = 0,
            Status = TicketStatus.New,
            Title = texts.Get(TextKeys.EscalationTitle),
            Description = description,
            Category = category,
            Impact = impact,
            Urgency = urgency,
            Priority = priority,
            Requester = requester,
            TenantId = context.Turn.Conversation.TenantId,
            NeedsHuman = true,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            Sla = slaClock.Start(priority, context.Now),
        };
        var created = new TicketEvent(context.Now, requester, TicketEventKind.Created, [], Text: template.Description);
        var queue = await notifier.ForAsync(template, created, cancellationToken).ConfigureAwait(false);
        var ticket = await tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, created), queue, cancellationToken).ConfigureAwait(false);
        var routed = await notifier.HasQueueAsync(ticket, cancellationToken).ConfigureAwait(false);
        return [Reply.Of(texts.Get(routed ? TextKeys.EscalationCreated : TextKeys.EscalationCreatedUnrouted, ticket.Number))];
    }

    /// <summary>This person's open "talk to a human" ticket made within <see cref="ReuseWindow"/>, if any.</summary>
    private async Task<Ticket?> RecentEscalationAsync(string requesterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var page = await tickets.ListByRequesterAsync(requesterId, 10, null, cancellationToken).ConfigureAwait(false);
        return page.Tickets.FirstOrDefault(t => t.NeedsHuman && t.Status.IsOpen() && now - t.CreatedAt <= ReuseWindow);
    }

    /// <summary>
    /// The impact, urgency and category the active dialog's draft holds (the incident flow's answers), read from its
    /// stored state by name; what it does not hold is the default for "talk to a human": low impact, medium urgency.
    /// </summary>
    private static (Impact Impact, Urgency Urgency, string Category) DraftSays(ActiveDialog? active)
    {
        var state = active?.State ?? default;
        T? Read<T>(string name) where T : struct, Enum =>
            state.ValueKind == System.Text.Json.JsonValueKind.Object && state.TryGetProperty(name, out var value)
                && value.ValueKind == System.Text.Json.JsonValueKind.String && Enum.TryParse<T>(value.GetString(), out var parsed) && Enum.IsDefined(parsed)
                ? parsed : null;
        var category = state.ValueKind == System.Text.Json.JsonValueKind.Object && state.TryGetProperty("category", out var c)
            && c.ValueKind == System.Text.Json.JsonValueKind.String && c.GetString() is { Length: > 0 } named
            ? named : OtherCategory;
        return (Read<Impact>("impact") ?? Impact.Low, Read<Urgency>("urgency") ?? Urgency.Medium, category);
    }

    /// <summary>
    /// Fields a draft holds that tell an agent what it was about (any flow's), by their stored names, each with the label
    /// its form shows, in the employee's language as the rest of the ticket.
    /// </summary>
    private static readonly (string Name, string Label)[] Told =
    [
        ("title", TextKeys.IncidentFieldTitle), ("description", TextKeys.IncidentFieldDescription), ("service", TextKeys.EscalationFieldService),
        ("resourceId", AccessTextKeys.ResourceLabel), ("level", AccessTextKeys.LevelLabel), ("justification", AccessTextKeys.JustificationLabel),
        ("asked", TextKeys.EscalationFieldAsked),
    ];

    private static List<(string Name, string Value)> DraftFields(ActiveDialog active, Texts texts)
    {
        var state = active.State;
        if (active.Name == ActiveDialog.NoDialog || state.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return [];
        }

        return [.. Told.Select(f => (Label: texts.Get(f.Label), Value: state.TryGetProperty(f.Name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null))
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => (f.Label, f.Value!))];
    }

    private static string Cut(string text) => text.Length > MaxDescription ? text[..MaxDescription] : text;
}
