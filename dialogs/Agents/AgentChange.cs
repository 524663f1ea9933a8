using System.Globalization;
using System.Text.Json;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// What an agent's button does to a ticket (the ITIL transition): the ticket as changed and the history event, or
/// why it is refused (shown on the card). The SLA clock and the store come after, in the handler.
/// </summary>
internal sealed record AgentChange(Ticket? Changed, TicketEvent? Event, string? Error)
{
    public static AgentChange Refused(string error) => new(null, null, error);

    public static AgentChange For(
        Ticket ticket, string verb, JsonElement data, TicketPerson actor, IReadOnlyList<TicketPerson> agents, DateTimeOffset now, Texts texts)
    {
        var at = ticket with { UpdatedAt = now };
        TicketEvent Event(TicketEventKind kind, IReadOnlyList<FieldChange> changes, string? text = null, bool @internal = false) =>
            new(now, actor, kind, changes, text, @internal);
        FieldChange Status(TicketStatus to) => new("Status", ticket.Status.ToString(), to.ToString());
        FieldChange Assignee(TicketPerson to) => new("Assignee", ticket.Assignee?.Name ?? ticket.Assignee?.Id, to.Name ?? to.Id);

        switch (verb)
        {
            case AgentVerbs.AssignMe when ticket.Assignee?.Id == actor.Id:
                return Refused(texts.Get(TextKeys.AgentsAlreadyYours));
            case AgentVerbs.AssignMe:
                return new(at with { Assignee = actor }, Event(TicketEventKind.Assigned, [Assignee(actor)]), null);
            case AgentVerbs.AssignTo:
                var chosen = CardForm.Field(data, AgentVerbs.AssigneeInput).Text;
                if (agents.FirstOrDefault(a => a.Id == chosen) is not { } agent)
                {
                    return Refused(texts.Get(TextKeys.AgentsPickAgent));
                }

                return new(at with { Assignee = agent }, Event(TicketEventKind.Assigned, [Assignee(agent)]), null);
            case AgentVerbs.Start:
                var started = at with { Status = TicketStatus.InProgress, OnHoldReason = null, Assignee = ticket.Assignee ?? actor };
                return new(started, Event(TicketEventKind.StatusChanged, [Status(TicketStatus.InProgress)]), null);
            case AgentVerbs.Hold:
                if (!Enum.TryParse<OnHoldReason>(CardForm.Field(data, AgentVerbs.HoldReasonInput).Text, ignoreCase: false, out var reason)
                    || !Enum.IsDefined(reason))
                {
                    return Refused(texts.Get(TextKeys.AgentsPickHoldReason));
                }

                return new(at with { Status = TicketStatus.OnHold, OnHoldReason = reason },
                    Event(TicketEventKind.StatusChanged, [Status(TicketStatus.OnHold), new("OnHoldReason", null, reason.ToString())]), null);
            case AgentVerbs.Resolve or AgentVerbs.Fulfil:
                var resolve = verb == AgentVerbs.Resolve;
                var (note, noteError) = Text(data, AgentVerbs.ResolutionInput, required: resolve, texts, TextKeys.AgentsResolveNeedsNote);
                if (noteError is not null)
                {
                    return Refused(noteError);
                }

                var done = resolve ? TicketStatus.Resolved : TicketStatus.Fulfilled;
                return new(at with { Status = done, OnHoldReason = null, ResolvedAt = now, ResolutionNote = note, Assignee = ticket.Assignee ?? actor },
                    Event(resolve ? TicketEventKind.Resolved : TicketEventKind.Fulfilled, [Status(done)], note), null);
            case AgentVerbs.Priority:
                var number = CardForm.Number(data, AgentVerbs.PriorityInput);
                if (number is not (>= 1 and <= 5))
                {
                    return Refused(texts.Get(TextKeys.AgentsPickPriority));
                }

                var priority = (Priority)(int)number.Value;
                if (priority == ticket.Priority)
                {
                    return Refused(texts.Get(TextKeys.AgentsSamePriority));
                }

                var (why, whyError) = Text(data, AgentVerbs.PriorityReasonInput, required: true, texts, TextKeys.AgentsPriorityNeedsReason);
                return whyError is not null
                    ? Refused(whyError)
                    : new(at with { Priority = priority }, Event(TicketEventKind.PriorityChanged, [new("Priority", ticket.Priority.ToString(), priority.ToString())], why), null);
            case AgentVerbs.Reply or AgentVerbs.Note:
                var reply = verb == AgentVerbs.Reply;
                var (text, textError) = Text(data, reply ? AgentVerbs.ReplyInput : AgentVerbs.NoteInput, required: true, texts, TextKeys.AgentsTextRequired);
                return textError is not null
                    ? Refused(textError)
                    : new(at, Event(reply ? TicketEventKind.ReplyToRequester : TicketEventKind.InternalNote, [], text, @internal: !reply), null);
            case AgentVerbs.Cancel:
                var (cancelReason, reasonError) = Text(data, AgentVerbs.CancelReasonInput, required: true, texts, TextKeys.AgentsCancelNeedsReason);
                return reasonError is not null
                    ? Refused(reasonError)
                    : new(at with { Status = TicketStatus.Cancelled, OnHoldReason = null, ClosedAt = now },
                        Event(TicketEventKind.StatusChanged, [Status(TicketStatus.Cancelled)], cancelReason), null);
            case AgentVerbs.Reopen:
                var reopened = ticket.Assignee is null ? TicketStatus.New : TicketStatus.InProgress;
                return new(at with { Status = reopened, ResolvedAt = null, ClosedAt = null, ResolutionNote = null, Rating = null },
                    Event(TicketEventKind.Reopened, [Status(reopened)]), null);
            default:
                return Refused(texts.Get(TextKeys.InvokeUnknownAction));
        }
    }

    /// <summary>A text input: trimmed, required or not, at most <see cref="AgentVerbs.MaxText"/> characters.</summary>
    private static (string? Text, string? Error) Text(JsonElement data, string field, bool required, Texts texts, string requiredKey)
    {
        var value = CardForm.Field(data, field);
        if (value.WrongType)
        {
            return (null, texts.Get(TextKeys.EngineWrongType));
        }

        if (value.Text is { Length: > AgentVerbs.MaxText } tooLong)
        {
            return (null, texts.Get(TextKeys.EngineFieldTooLong, AgentVerbs.MaxText, tooLong.Length.ToString("N0", texts.Culture)));
        }

        return value.IsMissing ? (null, required ? texts.Get(requiredKey) : null) : (value.Text, null);
    }
}
