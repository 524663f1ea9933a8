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
/// paraphrase twice; the summary's Edit buttons open one step again and come back to the summary. The review never
/// suggests an article the employee said did not help in this conversation (<paramref name="knowledgeMemory"/>).
/// </summary>
internal sealed partial class ReportIncidentFlow(
    IncidentCatalogue catalogue,
    IKnowledgeSearch knowledge,
    IOutageQuery outages,
    ITicketStore tickets,
    IDeflectionLog deflections,
    PriorityMatrix matrix,
    ISlaClock slaClock,
    ITicketNotifier notifier,
    KnowledgeMemory knowledgeMemory) : Dialog<IncidentState>
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
            return Step<IncidentState>.Retry(state with { Refused = true, Refusals = state.Refusals + 1 }, error ?? texts.Get(TextKeys.EngineNotAChoice));
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
}
