using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>"My tickets" cards: the list, and one ticket's details with its history and what the requester may do.</summary>
internal static class TicketCards
{
    private const int HistoryShown = 10;

    /// <summary>The list; <paramref name="note"/> goes first (e.g. which ticket could not be found).</summary>
    public static AdaptiveCard List(DialogContext context, IReadOnlyList<Ticket> tickets, string? note = null) =>
        FormCard.Build(ListView(context, tickets, note));

    /// <summary>
    /// The list under "I couldn't find a ticket about …", with a new incident or a new request offered: the ticket meant
    /// may never have been opened.
    /// </summary>
    public static AdaptiveCard NotFound(DialogContext context, IReadOnlyList<Ticket> tickets, string note)
    {
        var texts = context.Texts;
        var view = ListView(context, tickets, note);
        return FormCard.Build(view with
        {
            Lines = [.. view.Lines, texts.Get(TextKeys.FollowUpNotFoundOffer)],
            Actions =
            [
                CardActions.Execute(texts.Get(TextKeys.WelcomeReportIncidentTitle), Routing.MenuVerbs.ReportIncident, new JsonObject()),
                CardActions.Execute(texts.Get(TextKeys.WelcomeRequestAccessTitle), Routing.MenuVerbs.RequestAccess, new JsonObject()),
            ],
        });
    }

    private static FormCardView ListView(DialogContext context, IReadOnlyList<Ticket> tickets, string? note)
    {
        var texts = context.Texts;
        var heading = texts.Get(TextKeys.TicketsListHeading);
        var intro = tickets.Count == 0 ? texts.Get(TextKeys.TicketsNone) : texts.Get(TextKeys.TicketsListIntro, context.Options.RecentlyClosedDays);
        return new FormCardView(heading, string.Join("\n", [heading, .. tickets.Select(t => $"{t.Number} {t.Title}")]))
        {
            Lines = note is null ? [intro] : [note, intro],
            Sections = [.. tickets.Select(t => Section(context, t))],
        };
    }

    /// <summary>A few of the tickets, as in the list, under <paramref name="question"/> ("which one do you mean?").</summary>
    public static AdaptiveCard Pick(DialogContext context, IReadOnlyList<Ticket> tickets, string question) =>
        FormCard.Build(new FormCardView(question, string.Join("\n", [question, .. tickets.Select(t => $"{t.Number} {t.Title}")]))
        {
            Sections = [.. tickets.Select(t => Section(context, t))],
        });

    /// <summary>"Add this comment to INC-000123?": the comment, editable, and the ticket's own comment button.</summary>
    public static AdaptiveCard ConfirmComment(DialogContext context, Ticket ticket, string comment)
    {
        var texts = context.Texts;
        var heading = texts.Get(TextKeys.PipelineCommentConfirm, ticket.Number, CardText.Literal(ticket.Title));
        var data = new JsonObject { [TicketVerbs.NumberField] = ticket.Number.ToString(), [TicketVerbs.VersionField] = ticket.Version };
        var text = comment.Length > TicketVerbs.MaxComment ? comment[..TicketVerbs.MaxComment] : comment;
        return FormCard.Build(new FormCardView(heading, heading)
        {
            Fields = [new(TicketVerbs.CommentField, texts.Get(TextKeys.TicketsCommentLabel)) { Multiline = true, MaxLength = TicketVerbs.MaxComment, Value = text }],
            Actions = [CardActions.Execute(texts.Get(TextKeys.TicketsCommentButton), TicketVerbs.Comment, data, ActionStyle.Positive)],
        });
    }

    private static FormSection Section(DialogContext context, Ticket t)
    {
        var texts = context.Texts;
        return new FormSection(
            $"{t.Number} · {CardText.Literal(t.Title)}",
            [
                $"{Status(texts, t.Status)} · {IncidentCards.PriorityLabel(texts, t.Priority)}",
                texts.Get(TextKeys.TicketsDueLine, t.Sla is { } sla ? IncidentCards.When(context, sla.ResolutionDue) : "–"),
                texts.Get(TextKeys.TicketsAssigneeLine, t.Assignee?.Name is { } name ? CardText.Literal(name) : texts.Get(TextKeys.TicketsNobodyYet)),
                texts.Get(TextKeys.TicketsUpdatedLine, IncidentCards.When(context, t.UpdatedAt)),
            ],
            [CardActions.Execute(texts.Get(TextKeys.TicketsOpenButton), TicketVerbs.Open, new JsonObject { [TicketVerbs.NumberField] = t.Number.ToString() })]);
    }

    public static AdaptiveCard Details(
        DialogContext context, Ticket ticket, IReadOnlyList<TicketEvent> history, string? notice = null, string? error = null, Catalogue.AccessCatalogue? catalogue = null)
    {
        var texts = context.Texts;
        var data = new JsonObject { [TicketVerbs.NumberField] = ticket.Number.ToString(), [TicketVerbs.VersionField] = ticket.Version };
        var fields = new List<FormField>
        {
            new(TicketVerbs.CommentField, texts.Get(TextKeys.TicketsCommentLabel)) { Required = false, Multiline = true, MaxLength = TicketVerbs.MaxComment, Error = error },
        };
        var actions = new List<AdaptiveAction> { CardActions.Execute(texts.Get(TextKeys.TicketsCommentButton), TicketVerbs.Comment, data) };
        if (TicketRules.CanCancel(ticket))
        {
            var label = ticket.Kind == TicketKind.Request ? TextKeys.ItilWithdrawButton : TextKeys.TicketsCancelButton;
            actions.Add(CardActions.Execute(texts.Get(label), TicketVerbs.Cancel, data, ActionStyle.Destructive));
        }

        if (ticket.Status == TicketStatus.Resolved)
        {
            fields.Add(new(TicketVerbs.RatingField, texts.Get(TextKeys.TicketsRatingLabel))
            {
                Required = false,
                Choices = [.. Enumerable.Range(1, 5).Select(n => new Choice(new string('★', n), n.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            });
            actions.Add(CardActions.Execute(texts.Get(TextKeys.TicketsConfirmButton), TicketVerbs.Confirm, data, ActionStyle.Positive));
        }

        if (TicketRules.CanReopen(ticket, context.Now, context.Options.ReopenWindowDays))
        {
            actions.Add(CardActions.Execute(texts.Get(TextKeys.TicketsReopenButton), TicketVerbs.Reopen, data));
        }

        if (ticket is { Status: TicketStatus.Closed, FollowUp: null })
        {
            actions.Add(CardActions.Execute(texts.Get(TextKeys.ItilFollowUpButton), TicketVerbs.FollowUp, data, ActionStyle.Positive));
        }

        var heading = $"{ticket.Number} · {CardText.Literal(ticket.Title)}";
        return FormCard.Build(new FormCardView(heading, $"{ticket.Number} {ticket.Title}: {Status(texts, ticket.Status)}")
        {
            Notice = notice,
            Facts =
            [
                new(texts.Get(TextKeys.TicketsStatus), Status(texts, ticket.Status)),
                new(texts.Get(TextKeys.IncidentFieldPriority), IncidentCards.PriorityLabel(texts, ticket.Priority)),
                new(texts.Get(TextKeys.IncidentResolutionDue), ticket.Sla is { } sla ? IncidentCards.When(context, sla.ResolutionDue) : "–"),
                new(texts.Get(TextKeys.TicketsAssignee), ticket.Assignee?.Name is { } name ? CardText.Literal(name) : texts.Get(TextKeys.TicketsNobodyYet)),
                new(texts.Get(TextKeys.IncidentFieldDescription), CardText.Literal(ticket.Description)),
                .. TicketLinkFacts.For(ticket, texts, catalogue),
            ],
            Sections = [new FormSection(texts.Get(TextKeys.TicketsHistory), [.. history.Where(e => !e.Internal).TakeLast(HistoryShown).Select(e => Event(context, e))], [])],
            Fields = fields,
            Actions = actions,
        });
    }

    public static string Status(Texts texts, TicketStatus status) => texts.Get("tickets.status" + status);

    private static string Event(DialogContext context, TicketEvent e)
    {
        var line = $"{IncidentCards.When(context, e.At)} · {CardText.Literal(e.Actor.Name ?? e.Actor.Id)} · {context.Texts.Get("tickets.event" + e.Kind)}";
        return e.Text is { Length: > 0 } text ? $"{line}: {CardText.Literal(text.Length > 300 ? text[..300] + "…" : text)}" : line;
    }
}
