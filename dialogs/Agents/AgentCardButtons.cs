using System.Globalization;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// The ticket card's buttons: those its state allows (<see cref="AgentRules"/>), taken from <see cref="Table"/> in its
/// order. The first <see cref="Shown"/> are buttons on the card; the others wait behind "More" (an Action.ShowCard
/// opening a row of them), so the card reads at a glance. Buttons that need an input open it below the card
/// (Action.ShowCard) and send it with Action.Execute (Action.Submit fallback); every button's data carries the ticket
/// number and the version shown. A new action is one row in the table.
/// </summary>
internal static class AgentCardButtons
{
    /// <summary>Teams shows four buttons side by side in a card as wide as a channel post; a fifth wraps or clips.</summary>
    public const int Shown = 4;

    /// <summary>The chat link is no verb (it opens Teams, the bot never hears of it).</summary>
    private const string ChatRow = "chat";

    /// <summary>What a row makes: the button for a ticket, or null when it does not apply beyond the rules (no one to assign to).</summary>
    private delegate AdaptiveAction? Make(Ticket ticket, AgentCardReader reader, JsonObject data);

    /// <summary>One action of the card, by the verb <see cref="AgentRules"/> checks.</summary>
    private sealed record Row(string Verb, Make Build);

    /// <summary>In the order of what an agent does first: taking the ticket, closing it, talking, then the rest.</summary>
    private static readonly Row[] Table =
    [
        new(AgentVerbs.AssignMe, (t, r, d) => Button(AgentVerbs.AssignMe, TextKeys.AgentsAssignMe, r, d, ActionStyle.Positive)),
        new(AgentVerbs.Start, (t, r, d) => Button(AgentVerbs.Start, TextKeys.AgentsStart, r, d)),
        new(AgentVerbs.Resolve, (t, r, d) => Form(AgentVerbs.Resolve, TextKeys.AgentsResolve, TextKeys.AgentsResolveSend, r, d,
            Text(AgentVerbs.ResolutionInput, r.Texts.Get(TextKeys.AgentsResolutionLabel), r.Texts))),
        new(AgentVerbs.Fulfil, (t, r, d) => Form(AgentVerbs.Fulfil, TextKeys.AgentsFulfil, TextKeys.AgentsFulfilSend, r, d,
            Text(AgentVerbs.ResolutionInput, r.Texts.Get(TextKeys.AgentsFulfilmentLabel), r.Texts, required: false))),
        new(AgentVerbs.Reopen, (t, r, d) => Button(AgentVerbs.Reopen, TextKeys.AgentsReopen, r, d)),
        new(AgentVerbs.Reply, (t, r, d) => Form(AgentVerbs.Reply, TextKeys.AgentsReply, TextKeys.AgentsReplySend, r, d,
            Text(AgentVerbs.ReplyInput, r.Texts.Get(TextKeys.AgentsReplyLabel), r.Texts))),
        new(AgentVerbs.Hold, (t, r, d) => Form(AgentVerbs.Hold, TextKeys.AgentsHold, TextKeys.AgentsHoldSend, r, d, HoldReason(r.Texts))),
        new(AgentVerbs.Note, (t, r, d) => Form(AgentVerbs.Note, TextKeys.AgentsNote, TextKeys.AgentsNoteSend, r, d,
            Text(AgentVerbs.NoteInput, r.Texts.Get(TextKeys.AgentsNoteLabel), r.Texts))),
        new(AgentVerbs.AssignTo, AssignTo),
        new(AgentVerbs.Priority, (t, r, d) => Form(AgentVerbs.Priority, TextKeys.AgentsPriority, TextKeys.AgentsPrioritySend, r, d,
            PriorityChoice(t, r.Texts), Text(AgentVerbs.PriorityReasonInput, r.Texts.Get(TextKeys.AgentsPriorityReasonLabel), r.Texts))),
        new(AgentVerbs.Cancel, (t, r, d) => Form(AgentVerbs.Cancel, TextKeys.AgentsCancel, TextKeys.AgentsCancelSend, r, d,
            Text(AgentVerbs.CancelReasonInput, r.Texts.Get(TextKeys.AgentsCancelReasonLabel), r.Texts))),
        new(ChatRow, (t, r, d) => t.Requester.AadObjectId is { Length: > 0 } aad
            ? new OpenUrlAction("https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(aad)) { Title = r.Texts.Get(TextKeys.AgentsChat) }
            : null),
        // An open incident may be the first sign of an outage: announce it from here (the ticket is linked on publish).
        new(Announcements.AnnouncementVerbs.Declare, (t, r, d) =>
            CardActions.Execute(r.Texts.Get(TextKeys.AnnouncementsAgentsDeclareButton), Announcements.AnnouncementVerbs.Declare, d, ActionStyle.Destructive)),
        // Incidents that share a cause: link this one to a problem record (always behind "More": an open incident has more actions).
        new(Problems.ProblemVerbs.Link, (t, r, d) => Form(Problems.ProblemVerbs.Link, TextKeys.ProblemsLinkButton, TextKeys.ProblemsLinkSend, r, d,
            new TextInput
            {
                Id = Problems.ProblemVerbs.ProblemInput, Label = r.Texts.Get(TextKeys.ProblemsLinkLabel), Placeholder = "PRB-000012", MaxLength = 20,
                IsRequired = true, ErrorMessage = r.Texts.Get(TextKeys.ProblemsBadId),
            })),
        // The language model's help, last (behind "More"), only when a model is configured: nothing on the ticket changes.
        new(Assist.AssistVerbs.Summary, (t, r, d) => Button(Assist.AssistVerbs.Summary, TextKeys.AssistSummaryButton, r, d)),
        new(Assist.AssistVerbs.Draft, (t, r, d) => Button(Assist.AssistVerbs.Draft, TextKeys.AssistDraftButton, r, d)),
        new(Assist.AssistVerbs.Similar, (t, r, d) => Button(Assist.AssistVerbs.Similar, TextKeys.AssistSimilarButton, r, d)),
    ];

    /// <summary>The verbs of the table, in its order (the card's order).</summary>
    public static IReadOnlyList<string> Order { get; } = [.. Table.Select(r => r.Verb)];

    public static IEnumerable<CardElement> For(Ticket ticket, AgentCardReader reader)
    {
        var data = new JsonObject { [AgentVerbs.TicketField] = ticket.Number.ToString(), [AgentVerbs.VersionField] = ticket.Version };
        var actions = Table.Where(r => Allows(ticket, r.Verb) && (reader.Assisted || !Assist.AssistVerbs.All.Contains(r.Verb))).Select(r => r.Build(ticket, reader, data)).OfType<AdaptiveAction>().ToList();
        if (actions.Count == 0)
        {
            yield break;
        }

        // "More" holds at least two: one button behind "More" would take the place of the button it hides.
        var shown = actions.Count <= Shown ? actions : actions[..(Shown - 1)];
        var more = actions.Count <= Shown ? [] : actions[(Shown - 1)..];
        if (more.Count > 0)
        {
            // Rows of four, as on the card: the host config allows five actions per set and a wide row clips labels.
            var rows = more.Chunk(Shown).Select(row => (CardElement)new ActionSet([.. row])).ToList();
            shown.Add(new ShowCardAction(new AdaptiveCard { Body = rows }) { Title = reader.Texts.Get(TextKeys.AgentsMore) });
        }

        yield return new ActionSet(shown);
    }

    /// <summary>The rules, plus what only the card knows: declaring an outage or linking to a problem fits an open incident.</summary>
    private static bool Allows(Ticket ticket, string verb) => verb switch
    {
        Announcements.AnnouncementVerbs.Declare or Problems.ProblemVerbs.Link => ticket.Kind == TicketKind.Incident && ticket.Status.IsOpen(),
        ChatRow or Assist.AssistVerbs.Summary or Assist.AssistVerbs.Similar => true,
        // A draft reply is for a ticket the agent can still reply on.
        Assist.AssistVerbs.Draft => AgentRules.Allows(ticket, AgentVerbs.Reply),
        _ => AgentRules.Allows(ticket, verb),
    };

    private static AdaptiveAction Button(string verb, string titleKey, AgentCardReader reader, JsonObject data, ActionStyle? style = null) =>
        CardActions.Execute(reader.Texts.Get(titleKey), verb, data, style);

    private static AdaptiveAction Form(string verb, string titleKey, string sendKey, AgentCardReader reader, JsonObject data, params CardElement[] inputs) =>
        new ShowCardAction(new AdaptiveCard { Body = inputs, Actions = [CardActions.Execute(reader.Texts.Get(sendKey), verb, data, ActionStyle.Positive)] })
        {
            Title = reader.Texts.Get(titleKey),
        };

    private static AdaptiveAction? AssignTo(Ticket ticket, AgentCardReader reader, JsonObject data)
    {
        var texts = reader.Texts;
        var agents = reader.Agents.Where(a => a.Id != ticket.Assignee?.Id).Select(a => new Choice(a.Name ?? a.Id, a.Id)).Take(100).ToList();
        return agents.Count == 0
            ? null
            : Form(AgentVerbs.AssignTo, TextKeys.AgentsAssignTo, TextKeys.AgentsAssignSend, reader, data,
                new ChoiceSetInput(agents)
                {
                    Id = AgentVerbs.AssigneeInput, Label = texts.Get(TextKeys.AgentsAssigneeLabel), IsRequired = true,
                    ErrorMessage = texts.Get(TextKeys.AgentsPickAgent), Style = ChoiceInputStyle.Compact,
                });
    }

    private static ChoiceSetInput HoldReason(Texts texts) =>
        new([.. Enum.GetValues<OnHoldReason>().Select(r => new Choice(AgentTicketCard.HoldReason(texts, r), r.ToString()))])
        {
            Id = AgentVerbs.HoldReasonInput, Label = texts.Get(TextKeys.AgentsHoldReasonLabel), IsRequired = true, Style = ChoiceInputStyle.Expanded,
            ErrorMessage = texts.Get(TextKeys.AgentsPickHoldReason),
            Value = nameof(OnHoldReason.AwaitingRequester),
        };

    private static ChoiceSetInput PriorityChoice(Ticket ticket, Texts texts) =>
        new([.. Enum.GetValues<Priority>().Select(p => new Choice(IncidentCards.PriorityLabel(texts, p), ((int)p).ToString(CultureInfo.InvariantCulture)))])
        {
            Id = AgentVerbs.PriorityInput, Label = texts.Get(TextKeys.AgentsPriorityLabel), IsRequired = true, Style = ChoiceInputStyle.Compact,
            ErrorMessage = texts.Get(TextKeys.AgentsPickPriority),
            Value = ((int)ticket.Priority).ToString(CultureInfo.InvariantCulture),
        };

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
