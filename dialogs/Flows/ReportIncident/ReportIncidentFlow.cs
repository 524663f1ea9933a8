using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>
/// Flow 1, report an incident: category → title → description → impact → urgency → review (priority, "this may solve
/// it", active outage) → the ticket and its confirmation. Pre-filled answers (from the recogniser's hints) are skipped.
/// </summary>
internal sealed class ReportIncidentFlow(
    IncidentCatalogue catalogue,
    IKnowledgeSearch knowledge,
    IOutageQuery outages,
    ITicketStore tickets,
    IDeflectionLog deflections,
    PriorityMatrix matrix,
    ISlaClock slaClock,
    ITicketNotifier notifier) : Dialog<IncidentState>
{
    public const string DialogName = Routing.ServiceDeskRouter.IncidentDialog;
    private const int Suggestions = 2;

    public override string Name => DialogName;

    protected override async Task<Step<IncidentState>> BeginAsync(DialogContext context, DialogSeed seed, CancellationToken cancellationToken)
    {
        var category = catalogue.Find(seed.Category);
        var title = Cut(seed.Title, IncidentLimits.TitleMax);
        var description = Cut(seed.Description ?? (title is null ? null : seed.Text), IncidentLimits.DescriptionMax);
        var state = new IncidentState(IncidentStep.Category)
        {
            Category = category?.Id,
            Service = category is null ? null : IncidentCatalogue.ServiceOf(category, seed.Service)?.Id,
            Title = title is { Length: >= IncidentLimits.TitleMin } ? title : null,
            Description = description is { Length: >= IncidentLimits.DescriptionMin } ? description : null,
        };
        var known = new List<string>();
        if (category is not null)
        {
            known.Add(category.NameIn(context.Texts.Language));
        }

        if (state.Title is not null)
        {
            known.Add($"\"{state.Title}\"");
        }

        var next = await AdvanceAsync(context, state, cancellationToken).ConfigureAwait(false);
        return known.Count == 0
            ? Step<IncidentState>.Ask(next)
            : Step<IncidentState>.Ask(next, context.Texts.Get(TextKeys.IncidentPrefilled, string.Join(", ", known)));
    }

    protected override async Task<Step<IncidentState>> AnswerAsync(DialogContext context, IncidentState state, DialogInput input, CancellationToken cancellationToken)
    {
        if (state.Step == IncidentStep.Review)
        {
            return await ReviewAsync(context, state, input, cancellationToken).ConfigureAwait(false);
        }

        var texts = context.Texts;
        var answer = CardForm.Answer(input, IncidentCards.FieldOf(state.Step));
        if (answer.WrongType)
        {
            return Step<IncidentState>.Retry(state, texts.Get(TextKeys.EngineWrongType));
        }

        if (answer.IsMissing)
        {
            return Step<IncidentState>.Retry(state, texts.Get(TextKeys.EngineRequired));
        }

        var text = answer.Text!;
        IncidentState? updated;
        string? error = null;
        switch (state.Step)
        {
            case IncidentStep.Category:
                var category = catalogue.Match(text);
                updated = category is null ? null : state with { Category = category.Id, Service = IncidentCatalogue.ServiceOf(category, state.Service)?.Id };
                break;
            case IncidentStep.Title:
                error = LengthError(texts, text, IncidentLimits.TitleMin, IncidentLimits.TitleMax);
                updated = state with { Title = text };
                break;
            case IncidentStep.Description:
                error = LengthError(texts, text, IncidentLimits.DescriptionMin, IncidentLimits.DescriptionMax);
                updated = state with { Description = text };
                break;
            case IncidentStep.Impact:
                updated = IncidentChoices.ImpactOf(text) is { } impact ? state with { Impact = impact } : null;
                break;
            default:
                updated = IncidentChoices.UrgencyOf(text) is { } urgency ? state with { Urgency = urgency } : null;
                break;
        }

        if (updated is null || error is not null)
        {
            return Step<IncidentState>.Retry(state, error ?? texts.Get(TextKeys.EngineNotAChoice));
        }

        return Step<IncidentState>.Ask(await AdvanceAsync(context, updated, cancellationToken).ConfigureAwait(false));
    }

    protected override Cards.AdaptiveCard Render(DialogContext context, IncidentState state, string? error) =>
        IncidentCards.Step(context, catalogue, state, state.Impact is { } i && state.Urgency is { } u ? matrix.For(i, u) : null, error);

    protected override string Transcript(DialogInput input) =>
        input.Text ?? string.Join(", ", CardForm.Values(input.Action!.Data, [.. IncidentCards.Fields, IncidentVerbs.ArticleField]));

    /// <summary>To the first unanswered step; entering the review looks up articles and outages once.</summary>
    private async Task<IncidentState> AdvanceAsync(DialogContext context, IncidentState state, CancellationToken cancellationToken)
    {
        var next = state.Next();
        if (next.Step != IncidentStep.Review)
        {
            return next;
        }

        var query = $"{next.Title} {next.Description}";
        var hits = await knowledge.SearchAsync(query, KnowledgeLanguage.FromLocale(context.Turn.Locale), Suggestions, cancellationToken).ConfigureAwait(false);
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
        return Step<IncidentState>.End([Reply.Of(IncidentCards.Created(context, ticket)) with { Track = new CardTracking(ticket.Number, TicketCardSlot.RequesterCard) }]);
    }

    private static string? LengthError(Texts texts, string text, int min, int max) =>
        text.Length < min ? texts.Get(TextKeys.EngineFieldTooShort, min)
        : text.Length > max ? texts.Get(TextKeys.EngineFieldTooLong, max, text.Length)
        : null;

    private static string? Cut(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();
}
