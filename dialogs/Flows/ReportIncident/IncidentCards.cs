using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>Flow 1's cards in the reader's language: one per step, the review, and the confirmation.</summary>
internal static class IncidentCards
{
    private const int AskedSteps = 5;

    /// <summary>Most buttons an option step offers after refusals (with Next, what Teams shows without an overflow menu).</summary>
    private const int MaxOptionButtons = 5;

    /// <summary>Option buttons per row under the field, when there are more than the card's own buttons can hold.</summary>
    private const int ButtonsPerRow = 4;

    public static IReadOnlyList<string> Fields { get; } = ["category", "title", "description", "impact", "urgency"];

    public static string FieldOf(IncidentStep step) => Fields[(int)step];

    public static AdaptiveCard Step(DialogContext context, IncidentCatalogue catalogue, IncidentState state, Priority? priority, string? error)
    {
        var texts = context.Texts;
        if (state.Step == IncidentStep.Review)
        {
            return Review(context, catalogue, state, priority!.Value, error);
        }

        // An answer already given (pre-filled, or a step opened again from the summary's Edit) is shown selected.
        var (question, field) = state.Step switch
        {
            IncidentStep.Category => (texts.Get(TextKeys.IncidentCategoryQuestion), Choose("category", catalogue.Categories.Select(c => (c.Id, CategoryLabel(c, texts.Language)))) with { Value = state.Category }),
            IncidentStep.Title => (texts.Get(TextKeys.IncidentTitleQuestion), new FormField("title", texts.Get(TextKeys.IncidentFieldTitle)) { MaxLength = IncidentLimits.TitleMax, Placeholder = texts.Get(TextKeys.IncidentTitlePlaceholder), Value = state.Title }),
            IncidentStep.Description => (texts.Get(TextKeys.IncidentDescriptionQuestion), new FormField("description", texts.Get(TextKeys.IncidentFieldDescription)) { MaxLength = IncidentLimits.DescriptionMax, Multiline = true, Value = state.Description }),
            IncidentStep.Impact => (texts.Get(TextKeys.IncidentImpactQuestion), Choose("impact", IncidentChoices.Impacts.Select(i => (i.Value, ImpactLabel(texts, i.Impact)))) with { Value = IncidentChoices.Impacts.FirstOrDefault(i => i.Impact == state.Impact).Value }),
            _ => (texts.Get(TextKeys.IncidentUrgencyQuestion), Choose("urgency", IncidentChoices.Urgencies.Select(u => (u.Value, UrgencyLabel(texts, u.Urgency)))) with { Value = IncidentChoices.Urgencies.FirstOrDefault(u => u.Urgency == state.Urgency).Value }),
        };
        field = field with { Label = question, Error = error, RequiredMessage = texts.Get(TextKeys.EngineRequired) };
        var options = field.Choices?.Select(c => c.Title) ?? [];
        var buttons = OptionButtons(context, state, field);
        return FormCard.Build(new FormCardView(texts.Get(TextKeys.IncidentHeading), string.Join("\n", [question, .. options]))
        {
            Eyebrow = texts.Get(TextKeys.IncidentProgress, (int)state.Step + 1, AskedSteps),
            Fields = [field],
            Actions = [.. buttons.Count <= MaxOptionButtons ? buttons : [], context.Button(texts.Get(TextKeys.IncidentNextButton), IncidentVerbs.Answer)],
            Sections = buttons.Count > MaxOptionButtons ? OptionRows(texts, buttons) : [],
        });
    }

    /// <summary>
    /// An answer refused at an option step: each option becomes a numbered button of its own, one click away, so the
    /// employee who cannot word it is never trapped between "please pick one" and the field. A few go with Next; more
    /// (the categories) go in rows under the field, since Teams shows only a handful of a card's own buttons.
    /// </summary>
    private static List<ExecuteAction> OptionButtons(DialogContext context, IncidentState state, FormField field) =>
        state.Refusals >= 1 && field.Choices is { Count: > 0 } choices
            ? [.. choices.Select(c => context.Button(ButtonTitle(c.Title), IncidentVerbs.Answer, new() { [field.Id] = c.Value }))]
            : [];

    /// <summary>Rows of at most <see cref="ButtonsPerRow"/> option buttons, "Or click one:" above the first.</summary>
    internal static List<FormSection> OptionRows(Texts texts, IReadOnlyList<AdaptiveAction> buttons) =>
        [.. buttons.Chunk(ButtonsPerRow).Select((row, n) => new FormSection(n == 0 ? texts.Get(TextKeys.PipelinePickOne) : string.Empty, [], row))];

    /// <summary>"1. Workstation (Laptop, Desktop…)" as "1. Workstation": a button shows the option, the list explains it.</summary>
    internal static string ButtonTitle(string title) =>
        title.IndexOf(" (", StringComparison.Ordinal) is var cut and > 0 ? title[..cut] : title;

    /// <param name="routed">False when no agents' queue takes the ticket yet: the next step says so instead of promising an agent.</param>
    public static AdaptiveCard Created(DialogContext context, Ticket ticket, bool routed = true)
    {
        var texts = context.Texts;
        var facts = new List<Fact>
        {
            new(texts.Get(TextKeys.IncidentFieldTitle), CardText.Literal(ticket.Title)),
            new(texts.Get(TextKeys.IncidentFieldPriority), PriorityLabel(texts, ticket.Priority)),
        };
        if (ticket.Sla is { } sla)
        {
            facts.Add(new(texts.Get(TextKeys.IncidentResponseDue), When(context, sla.ResponseDue)));
            facts.Add(new(texts.Get(TextKeys.IncidentResolutionDue), When(context, sla.ResolutionDue)));
        }

        var heading = texts.Get(TextKeys.IncidentCreatedHeading, ticket.Number);
        var next = texts.Get(routed ? TextKeys.IncidentCreatedNext : TextKeys.IncidentCreatedUnrouted);
        return FormCard.Build(new FormCardView(heading, $"{heading}\n{next}")
        {
            Facts = facts,
            Lines = [next, texts.Get(TextKeys.IncidentTimesIn, context.TimeZone.Id)],
        });
    }

    /// <summary>A due time in the employee's zone and language, e.g. "Monday 23 November 2026 10:15".</summary>
    public static string When(DialogContext context, DateTimeOffset instant) =>
        context.ToLocal(instant).ToString("f", context.Texts.Culture);

    public static string PriorityLabel(Texts texts, Priority priority) => texts.Get(priority switch
    {
        Priority.P1 => TextKeys.TicketsPriorityP1,
        Priority.P2 => TextKeys.TicketsPriorityP2,
        Priority.P3 => TextKeys.TicketsPriorityP3,
        Priority.P4 => TextKeys.TicketsPriorityP4,
        _ => TextKeys.TicketsPriorityP5,
    });

    private static AdaptiveCard Review(DialogContext context, IncidentCatalogue catalogue, IncidentState state, Priority priority, string? error)
    {
        var texts = context.Texts;
        var category = catalogue.Find(state.Category);
        var sections = state.Suggestions.Select((s, n) => new FormSection(
            $"{n + 1}. {CardText.Literal(s.Title)}",
            [CardText.Literal(s.Passage)],
            [context.Button(texts.Get(TextKeys.IncidentSolvedButton), IncidentVerbs.Solved, new() { [IncidentVerbs.ArticleField] = s.ArticleId })])).ToList();
        if (state.Outage is { } outage)
        {
            sections.Insert(0, new FormSection(texts.Get(TextKeys.IncidentOutage, CardText.Literal(outage.TitleIn(texts.Language))), [],
                [context.Button(texts.Get(TextKeys.IncidentJoinOutageButton), IncidentVerbs.JoinOutage)]));
        }

        var lines = new List<string>();
        if (state.Suggestions.Count > 0)
        {
            lines.Add(texts.Get(TextKeys.IncidentSuggestions));
        }

        if (error is not null)
        {
            lines.Insert(0, error);
        }

        return FormCard.Build(new FormCardView(texts.Get(TextKeys.IncidentReviewHeading), texts.Get(TextKeys.IncidentReviewHint))
        {
            Facts =
            [
                new(texts.Get(TextKeys.IncidentFieldCategory), category is null ? state.Category! : CategoryLabel(category, texts.Language)),
                new(texts.Get(TextKeys.IncidentFieldTitle), CardText.Literal(state.Title)),
                new(texts.Get(TextKeys.IncidentFieldDescription), CardText.Literal(state.Description)),
                new(texts.Get(TextKeys.IncidentFieldImpact), ImpactLabel(texts, state.Impact!.Value)),
                new(texts.Get(TextKeys.IncidentFieldUrgency), UrgencyLabel(texts, state.Urgency!.Value)),
                new(texts.Get(TextKeys.IncidentFieldPriority), PriorityLabel(texts, priority)),
            ],
            Lines = lines,
            Sections = [.. sections, EditSection(context)],
            Actions = [context.Button(texts.Get(TextKeys.IncidentCreateButton), IncidentVerbs.Create, style: ActionStyle.Positive)],
        });
    }

    /// <summary>One Edit button per answer: each opens that step again, and its answer comes back to the summary.</summary>
    private static FormSection EditSection(DialogContext context)
    {
        var texts = context.Texts;
        string[] keys = [TextKeys.IncidentEditCategory, TextKeys.IncidentEditTitle, TextKeys.IncidentEditDescription, TextKeys.IncidentEditImpact, TextKeys.IncidentEditUrgency];
        return new FormSection(texts.Get(TextKeys.IncidentEditHeading), [],
            [.. keys.Select((key, n) => context.Button(texts.Get(key), IncidentVerbs.Edit, new() { [IncidentVerbs.FieldField] = Fields[n] }))]);
    }

    /// <summary>Options numbered as they can be typed ("2", "the second one").</summary>
    private static FormField Choose(string id, IEnumerable<(string Value, string Title)> choices) =>
        new(id, id) { Choices = [.. choices.Select((c, n) => new Choice($"{n + 1}. {c.Title}", c.Value))] };

    private static string CategoryLabel(CatalogueEntry category, string language) =>
        category.Services.Count == 0
            ? category.NameIn(language)
            : $"{category.NameIn(language)} ({string.Join(", ", category.Services.Select(s => s.NameIn(language)))})";

    internal static string ImpactLabel(Texts texts, Impact impact) => texts.Get(impact switch
    {
        Impact.Low => TextKeys.IncidentImpactMe,
        Impact.Medium => TextKeys.IncidentImpactTeam,
        _ => TextKeys.IncidentImpactMany,
    });

    internal static string UrgencyLabel(Texts texts, Urgency urgency) => texts.Get(urgency switch
    {
        Urgency.Low => TextKeys.IncidentUrgencyWait,
        Urgency.Medium => TextKeys.IncidentUrgencyPart,
        _ => TextKeys.IncidentUrgencyAll,
    });
}
