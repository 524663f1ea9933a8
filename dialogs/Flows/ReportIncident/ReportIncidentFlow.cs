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

/// <summary>
/// Flow 1, report an incident: category → title → description → impact → urgency → review (priority, "this may solve
/// it", active outage) → the ticket and its confirmation. Pre-filled answers (from the recogniser's hints, impact and
/// urgency when the first sentence states them) are skipped; option steps take answers by meaning and never refuse a
/// paraphrase twice; the summary's Edit buttons open one step again and come back to the summary.
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

    private readonly IncidentCategoryChoices categories = new(catalogue);

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
            // Only when the first sentence states them ("the whole floor", "je suis bloqué"): the router's recognition.
            Impact = seed.Impact,
            Urgency = seed.Urgency,
        };
        var texts = context.Texts;
        var known = new List<string>();
        if (category is not null)
        {
            known.Add(category.NameIn(texts.Language));
        }

        if (state.Title is not null)
        {
            known.Add($"\"{state.Title}\"");
        }

        if (state.Impact is { } impact)
        {
            known.Add($"{texts.Get(TextKeys.IncidentFieldImpact)}: {IncidentCards.ImpactLabel(texts, impact)}");
        }

        if (state.Urgency is { } urgency)
        {
            known.Add($"{texts.Get(TextKeys.IncidentFieldUrgency)}: {IncidentCards.UrgencyLabel(texts, urgency)}");
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
        var lenient = state.Refused && input.Action is null;
        switch (state.Step)
        {
            case IncidentStep.Category:
                var category = categories.Match(text, context.Turn.Locale, lenient);
                updated = category is null ? null : state with { Category = category.Id, Service = IncidentCatalogue.ServiceOf(category, state.Service)?.Id };
                error = category is null ? categories.DidYouMean(texts, text) : null;
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
                updated = IncidentChoices.ImpactOf(text, lenient) is { } impact ? state with { Impact = impact } : null;
                error = updated is null ? DidYouMean(texts, IncidentChoices.ImpactMatcher, text, v => IncidentCards.ImpactLabel(texts, IncidentChoices.Impacts.First(i => i.Value == v).Impact)) : null;
                break;
            default:
                updated = IncidentChoices.UrgencyOf(text, lenient) is { } urgency ? state with { Urgency = urgency } : null;
                error = updated is null ? DidYouMean(texts, IncidentChoices.UrgencyMatcher, text, v => IncidentCards.UrgencyLabel(texts, IncidentChoices.Urgencies.First(u => u.Value == v).Urgency)) : null;
                break;
        }

        if (updated is null || (error is not null && state.Step is IncidentStep.Title or IncidentStep.Description))
        {
            // Refused once: the next try of an option step takes the closest option instead of refusing again.
            return Step<IncidentState>.Retry(state with { Refused = true }, error ?? texts.Get(TextKeys.EngineNotAChoice));
        }

        var next = await AdvanceAsync(context, updated, cancellationToken).ConfigureAwait(false);
        return lenient && TookAs(texts, state, updated) is { } note ? Step<IncidentState>.Ask(next, note) : Step<IncidentState>.Ask(next);
    }

    /// <summary>"Did you mean A or B?" when the answer fits two options about as well; null otherwise.</summary>
    private static string? DidYouMean(Texts texts, Understanding.ChoiceMatcher matcher, string text, Func<string, string> label)
    {
        var candidates = IncidentChoices.Ambiguous(matcher, text);
        return candidates.Count < 2 ? null
            : texts.Get(TextKeys.IncidentDidYouMean, string.Join($" {texts.Get(TextKeys.IncidentOr)} ", candidates.Select(v => $"\"{label(v)}\"")));
    }

    /// <summary>After a refusal, what the closest option was taken as, so the employee can fix it on the summary.</summary>
    private string? TookAs(Texts texts, IncidentState before, IncidentState after) => before.Step switch
    {
        IncidentStep.Category when catalogue.Find(after.Category) is { } c => texts.Get(TextKeys.IncidentTookAs, c.NameIn(texts.Language)),
        IncidentStep.Impact when after.Impact is { } i => texts.Get(TextKeys.IncidentTookAs, IncidentCards.ImpactLabel(texts, i)),
        IncidentStep.Urgency when after.Urgency is { } u => texts.Get(TextKeys.IncidentTookAs, IncidentCards.UrgencyLabel(texts, u)),
        _ => null,
    };

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
