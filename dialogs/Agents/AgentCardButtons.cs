using System.Globalization;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// The ticket card's buttons, only those its state allows (<see cref="AgentRules"/>), in rows of at most four so
/// Teams shows them all. Buttons that need an input open it below the card (Action.ShowCard) and send it with
/// Action.Execute (Action.Submit fallback); every button's data carries the ticket number and the version shown.
/// </summary>
internal static class AgentCardButtons
{
    public static IEnumerable<CardElement> For(Ticket ticket, AgentCardReader reader)
    {
        var texts = reader.Texts;
        var data = new JsonObject { [AgentVerbs.TicketField] = ticket.Number.ToString(), [AgentVerbs.VersionField] = ticket.Version };
        AdaptiveAction? Button(string verb, string titleKey, ActionStyle? style = null) =>
            AgentRules.Allows(ticket, verb) ? CardActions.Execute(texts.Get(titleKey), verb, data, style) : null;
        AdaptiveAction? Form(string verb, string titleKey, string sendKey, params CardElement[] inputs) =>
            AgentRules.Allows(ticket, verb)
                ? new ShowCardAction(new AdaptiveCard { Body = inputs, Actions = [CardActions.Execute(texts.Get(sendKey), verb, data, ActionStyle.Positive)] })
                {
                    Title = texts.Get(titleKey),
                }
                : null;

        var agents = reader.Agents.Where(a => a.Id != ticket.Assignee?.Id)
            .Select(a => new Choice(a.Name ?? a.Id, a.Id)).Take(100).ToList();
        var work = new[]
        {
            Button(AgentVerbs.AssignMe, TextKeys.AgentsAssignMe, ActionStyle.Positive),
            agents.Count == 0 ? null : Form(AgentVerbs.AssignTo, TextKeys.AgentsAssignTo, TextKeys.AgentsAssignSend,
                new ChoiceSetInput(agents) { Id = AgentVerbs.AssigneeInput, Label = texts.Get(TextKeys.AgentsAssigneeLabel), IsRequired = true, ErrorMessage = texts.Get(TextKeys.AgentsPickAgent), Style = ChoiceInputStyle.Compact }),
            Button(AgentVerbs.Start, TextKeys.AgentsStart),
            Form(AgentVerbs.Hold, TextKeys.AgentsHold, TextKeys.AgentsHoldSend,
                new ChoiceSetInput([.. Enum.GetValues<OnHoldReason>().Select(r => new Choice(AgentTicketCard.HoldReason(texts, r), r.ToString()))])
                {
                    Id = AgentVerbs.HoldReasonInput, Label = texts.Get(TextKeys.AgentsHoldReasonLabel), IsRequired = true, Style = ChoiceInputStyle.Expanded,
                    ErrorMessage = texts.Get(TextKeys.AgentsPickHoldReason),
                    Value = nameof(OnHoldReason.AwaitingRequester),
                }),
        };
        var close = new[]
        {
            Form(AgentVerbs.Resolve, TextKeys.AgentsResolve, TextKeys.AgentsResolveSend, Text(AgentVerbs.ResolutionInput, texts.Get(TextKeys.AgentsResolutionLabel), texts)),
            Form(AgentVerbs.Fulfil, TextKeys.AgentsFulfil, TextKeys.AgentsFulfilSend, Text(AgentVerbs.ResolutionInput, texts.Get(TextKeys.AgentsFulfilmentLabel), texts, required: false)),
            Form(AgentVerbs.Priority, TextKeys.AgentsPriority, TextKeys.AgentsPrioritySend,
                new ChoiceSetInput([.. Enum.GetValues<Priority>().Select(p => new Choice(IncidentCards.PriorityLabel(texts, p), ((int)p).ToString(CultureInfo.InvariantCulture)))])
                {
                    Id = AgentVerbs.PriorityInput, Label = texts.Get(TextKeys.AgentsPriorityLabel), IsRequired = true, Style = ChoiceInputStyle.Compact,
                    ErrorMessage = texts.Get(TextKeys.AgentsPickPriority),
                    Value = ((int)ticket.Priority).ToString(CultureInfo.InvariantCulture),
                },
                Text(AgentVerbs.PriorityReasonInput, texts.Get(TextKeys.AgentsPriorityReasonLabel), texts)),
            Button(AgentVerbs.Reopen, TextKeys.AgentsReopen),
            Form(AgentVerbs.Cancel, TextKeys.AgentsCancel, TextKeys.AgentsCancelSend, Text(AgentVerbs.CancelReasonInput, texts.Get(TextKeys.AgentsCancelReasonLabel), texts)),
        };
        var talk = new List<AdaptiveAction?>
        {
            Form(AgentVerbs.Reply, TextKeys.AgentsReply, TextKeys.AgentsReplySend, Text(AgentVerbs.ReplyInput, texts.Get(TextKeys.AgentsReplyLabel), texts)),
            Form(AgentVerbs.Note, TextKeys.AgentsNote, TextKeys.AgentsNoteSend, Text(AgentVerbs.NoteInput, texts.Get(TextKeys.AgentsNoteLabel), texts)),
        };
        if (ticket.Requester.AadObjectId is { Length: > 0 } aad)
        {
            talk.Add(new OpenUrlAction("https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(aad)) { Title = texts.Get(TextKeys.AgentsChat) });
        }

        // An open incident may be the first sign of an outage: announce it from here (the ticket is linked on publish).
        if (ticket.Kind == TicketKind.Incident && ticket.Status.IsOpen())
        {
            talk.Add(CardActions.Execute(texts.Get(TextKeys.AnnouncementsAgentsDeclareButton), Announcements.AnnouncementVerbs.Declare, data, ActionStyle.Destructive));
        }

        foreach (var row in new IEnumerable<AdaptiveAction?>[] { work, close, talk })
        {
            var actions = row.OfType<AdaptiveAction>().ToList();
            if (actions.Count > 0)
            {
                yield return new ActionSet(actions);
            }
        }
    }

    private static TextInput Text(string id, string label, Texts texts, bool required = true) => new()
    {
        Id = id,
        Label = label,
        IsMultiline = true,
        IsRequired = required,
        MaxLength = AgentVerbs.MaxText,
        ErrorMessage = required ? texts.Get(TextKeys.EngineRequired) : null,
    };
}
