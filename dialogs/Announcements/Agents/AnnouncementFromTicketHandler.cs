using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// "Declare major incident" on a ticket's card: opens a draft pre-filled from the incident (service, title, what the
/// requester described) and posts the declare form in the ticket's thread; the ticket card stays as it is. On
/// publish the ticket is linked to the major incident (<see cref="IMajorIncidentLinks"/>). Agents only, open incidents only.
/// </summary>
internal sealed class AnnouncementFromTicketHandler(
    AnnouncementDesk desk, ITicketStore tickets, IncidentCatalogue catalogue, Audiences.AnnouncementAudiences audiences, TimeProvider clock) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [AnnouncementVerbs.Declare];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        if (AnnouncementForm.Ticket(action.Data) is not { } number)
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.AnnouncementsAgentsInvalidCard));
        }

        if (!await desk.IsAgentAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.AnnouncementsAgentsNotAgent));
        }

        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (ticket is null || !ticket.InTenant(turn.Conversation.TenantId))
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.TicketsNotFound, number));
        }

        if (ticket.Kind != TicketKind.Incident || !ticket.Status.IsOpen())
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.AnnouncementsAgentsNotAnIncident, number));
        }

        var author = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var draft = await desk.Store.CreateAsync(Prefilled(ticket, texts), author, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var form = Reply.Of(AnnouncementDeclareCard.Build(texts, draft.Content, draft: draft, ticket: number.ToString(), audience: audiences.Form(draft, texts)));
        return action.IsInvoke
            ? new TurnResult([form], InvokeAnswer.WithMessage(texts.Get(TextKeys.AnnouncementsAgentsFormPosted, number)))
            : new TurnResult([form]);
    }

    /// <summary>What the incident already says; the agent completes the impact and rewrites for everyone.</summary>
    private AnnouncementContent Prefilled(Ticket ticket, Texts texts)
    {
        var service = ticket.Service ?? catalogue.Find(ticket.Category)?.NameIn(texts.Language) ?? ticket.Category;
        return new AnnouncementContent(
            Cut(service, AnnouncementValidation.ServiceMax),
            new AnnouncementText(Cut(ticket.Title, AnnouncementValidation.TitleMax), Cut(ticket.Description, AnnouncementValidation.WhatUsersSeeMax), string.Empty),
            null,
            null);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
