using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.ReportIncident;

// The review: the summary with its articles and outage, the answers to it, and the ticket created once.
internal sealed partial class ReportIncidentFlow
{
    /// <summary>To the first unanswered step; entering the review looks up articles and outages once.</summary>
    private async Task<IncidentState> AdvanceAsync(DialogContext context, IncidentState state, CancellationToken cancellationToken)
    {
        var next = state.Next();
        if (next.Step != IncidentStep.Review)
        {
            return next;
        }

        var query = $"{next.Title} {next.Description}";
        var rejected = (await knowledgeMemory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false)).Recall.RejectedIds;
        var found = await knowledge.SearchAsync(query, KnowledgeLanguage.FromLocale(context.Turn.Locale), Suggestions + rejected.Count, cancellationToken).ConfigureAwait(false);
        var hits = found.Where(h => !rejected.Contains(h.ArticleId)).ToList();
        var outage = await outages.FindActiveAsync(next.Category!, next.Service, cancellationToken).ConfigureAwait(false);
        return next with
        {
            Suggestions = [.. hits.Take(Suggestions).Select(h => new SuggestedArticle(h.ArticleId, h.Title, Cut(h.Passage, 600)!))],
            Outage = outage.FirstOrDefault(),
        };
    }

    private async Task<Step<IncidentState>> ReviewAsync(DialogContext context, IncidentState state, DialogInput input, CancellationToken cancellationToken)
    {
        var verb = input.Action?.Verb;
        var typed = input.Text;
        if (verb == IncidentVerbs.Create || (verb is null && IncidentChoices.IsCreate(typed)))
        {
            return await CreateAsync(context, state, cancellationToken).ConfigureAwait(false);
        }

        var article = verb == IncidentVerbs.Solved
            ? state.Suggestions.FirstOrDefault(s => s.ArticleId == CardForm.Field(input.Action!.Data, IncidentVerbs.ArticleField).Text)
            : int.TryParse(typed?.Trim(), out var n) && n >= 1 && n <= state.Suggestions.Count ? state.Suggestions[n - 1] : null;
        if (article is not null)
        {
            await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, article.ArticleId, "incident"), cancellationToken).ConfigureAwait(false);
            return Step<IncidentState>.End([Reply.Of(context.Texts.Get(TextKeys.IncidentDeflected))]);
        }

        if (verb is null && IncidentReviewEdits.Correction(state, typed) is { } corrected)
        {
            // The value typed with its correction is taken at once; the summary shows it again to be created.
            return corrected;
        }

        if ((verb == IncidentVerbs.Edit ? IncidentReviewEdits.FromCard(input.Action!.Data) : verb is null ? IncidentReviewEdits.FromText(typed) : null) is { } step)
        {
            // Back to that step; once answered, Next() finds every answer known and returns to the summary.
            return Step<IncidentState>.Ask(state with { Step = step, Refused = false });
        }

        if (verb == IncidentVerbs.JoinOutage && state.Outage is { } outage)
        {
            // Counted as affected (told when it is fixed) instead of a duplicate ticket; over since the review: create instead.
            var employee = new TicketPerson(context.Turn.From.Id, context.Turn.From.AadObjectId, context.Turn.From.Name);
            return await outages.JoinAsync(outage.Id, employee, context.Now, cancellationToken).ConfigureAwait(false)
                ? Step<IncidentState>.End([Reply.Of(context.Texts.Get(TextKeys.IncidentJoinedOutage, Cards.CardText.Literal(outage.TitleIn(context.Texts.Language))))])
                : Step<IncidentState>.Ask(state with { Outage = null }, context.Texts.Get(TextKeys.IncidentOutageOver));
        }

        return Step<IncidentState>.Retry(state, context.Texts.Get(TextKeys.IncidentReviewHint));
    }

    private async Task<Step<IncidentState>> CreateAsync(DialogContext context, IncidentState state, CancellationToken cancellationToken)
    {
        // Saved before the ticket exists: a second submit of this card (or the same one on another instance) is stale or conflicts.
        if (!await context.CheckpointAsync(Advance(context, state), cancellationToken).ConfigureAwait(false))
        {
            return Step<IncidentState>.Conflict();
        }

        var priority = matrix.For(state.Impact!.Value, state.Urgency!.Value);
        var requester = new TicketPerson(context.Turn.From.Id, context.Turn.From.AadObjectId, context.Turn.From.Name);
        var template = new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1),
            Version = 0,
            Status = TicketStatus.New,
            Title = state.Title!,
            Description = state.Description!,
            Category = state.Category!,
            Service = state.Service,
            Impact = state.Impact.Value,
            Urgency = state.Urgency.Value,
            Priority = priority,
            Requester = requester,
            TenantId = context.Turn.Conversation.TenantId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            Sla = slaClock.Start(priority, context.Now),
        };
        var created = new TicketEvent(context.Now, requester, TicketEventKind.Created, []);

        // Every incident needs a human: its card starts a thread in the category's queue, written with the ticket.
        var queue = await notifier.ForAsync(template, created, cancellationToken).ConfigureAwait(false);
        var ticket = await tickets.CreateOnceAsync(context.Current!.Id, new TicketDraft(TicketKind.Incident, template, created), queue, cancellationToken).ConfigureAwait(false);
        // The requester's ticket card: replaced in place when the ticket changes (the host records where it lands).
        var routed = await notifier.HasQueueAsync(ticket, cancellationToken).ConfigureAwait(false);
        return Step<IncidentState>.End([Reply.Of(IncidentCards.Created(context, ticket, routed)) with { Track = new CardTracking(ticket.Number, TicketCardSlot.RequesterCard) }]);
    }

    private static string? LengthError(Texts texts, string text, int min, int max) =>
        text.Length < min ? texts.Get(TextKeys.EngineFieldTooShort, min)
        : text.Length > max ? texts.Get(TextKeys.EngineFieldTooLong, max, text.Length)
        : null;

    private static string? Cut(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();
}
