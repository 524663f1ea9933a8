using System.Globalization;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>The card of each step of the request-access flow; typed answers work too (numbers, names, dates, yes).</summary>
internal static partial class AccessRequestCards
{
    public const string AnswerVerb = "access.answer";
    public const string SendVerb = "access.send";
    public const string NotListedVerb = "access.notListed";
    public const string EditVerb = "access.edit";
    public const string ResourceField = "resource";
    public const string LevelField = "level";
    public const string JustificationField = "justification";
    public const string EndDateField = "endDate";
    public const string EditField = "field";

    /// <summary>
    /// A verb of this flow for <paramref name="part"/>: the router sends a card's click to the dialog its verb's prefix
    /// names, so the software and hardware requests' cards carry <c>software.…</c> and <c>hardware.…</c>.
    /// </summary>
    public static string VerbFor(CataloguePart part, string verb) => part switch
    {
        CataloguePart.Software => AccessRequestFlow.SoftwareDialogName + verb[AccessRequestFlow.DialogName.Length..],
        CataloguePart.Hardware => AccessRequestFlow.HardwareDialogName + verb[AccessRequestFlow.DialogName.Length..],
        _ => verb,
    };

    /// <summary>The access verb a click carries, whatever part's card it came from (null when not a click).</summary>
    public static string? Canonical(string? verb) =>
        verb?.Split('.', 2) is [AccessRequestFlow.SoftwareDialogName or AccessRequestFlow.HardwareDialogName, var rest] ? $"{AccessRequestFlow.DialogName}.{rest}" : verb;

    public static AdaptiveCard Render(
        DialogContext context, AccessRequestState state, AccessCatalogue catalogue, CataloguePart part, AccessLimits limits, string? error)
    {
        var texts = context.Texts;
        var resource = catalogue.Find(state.ResourceId);
        string Key(string key) => AccessTextKeys.For(part, key);
        return state.Step switch
        {
            AccessStep.Resource when state.View == ResourceView.DidYouMean => DidYouMean(context, state, catalogue, part),
            AccessStep.Resource => Form(
                context,
                state.View == ResourceView.NotFound ? texts.Get(Key(AccessTextKeys.NotFound), state.Asked ?? string.Empty) : texts.Get(Key(AccessTextKeys.ResourcePrompt)),
                Choices(ResourceField, texts.Get(Key(AccessTextKeys.ResourceLabel)), ResourceChoices(state, catalogue, part, texts), error),
                texts.Get(Key(state.View == ResourceView.NotFound ? AccessTextKeys.NotFoundHint : AccessTextKeys.ResourceTypeHint)),
                error,
                part,
                context.Button(texts.Get(AccessTextKeys.Human), EngineVerbs.Human),
                state.ResourceRefused && state.View == ResourceView.Catalogue
                    ? [.. Offered(state, catalogue, part).Select((r, i) => context.Button($"{i + 1}. {r.Name.For(texts.Language)}", VerbFor(part, AnswerVerb), new JsonObject { [ResourceField] = r.Id }))]
                    : []),
            AccessStep.Level => Form(context, texts.Get(AccessTextKeys.LevelPrompt, resource!.Name.For(texts.Language)), Choices(LevelField, texts.Get(AccessTextKeys.LevelLabel), LevelChoices(resource, texts), error), null, error, part,
                options: state.LevelRefused
                    ? [.. resource.Levels.Select((l, i) => context.Button($"{i + 1}. {texts.Get(AccessLevels.NameKey(l))}", VerbFor(part, AnswerVerb), new JsonObject { [LevelField] = l }))]
                    : []),
            AccessStep.Justification => Form(context, texts.Get(Key(AccessTextKeys.JustificationPrompt), limits.JustificationMin, limits.JustificationMax), new TextInput
            {
                Id = JustificationField,
                Label = texts.Get(Key(AccessTextKeys.JustificationLabel)),
                Placeholder = texts.Get(Key(AccessTextKeys.JustificationPlaceholder)),
                IsMultiline = true,
                MaxLength = limits.JustificationMax,
                Value = state.Justification,
                ErrorMessage = error,
            }, null, error, part),
            AccessStep.EndDate => Form(context, texts.Get(AccessTextKeys.EndDatePrompt), new DateInput
            {
                Id = EndDateField,
                Label = texts.Get(AccessTextKeys.EndDateLabel),
                Min = Iso(limits.FirstEndDate),
                Max = Iso(limits.LastEndDate),
                Value = state.EndDate is { } end ? Iso(end) : null,
                ErrorMessage = error,
            }, texts.Get(AccessTextKeys.EndDateTypeHint, Iso(limits.FirstEndDate.AddDays(29))), error, part),
            _ => Summary(context, state, resource!, part, texts, error),
        };
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The resources offered, numbered for typing: the "Did you mean" candidates, else the whole part of the catalogue by kind.</summary>
    public static IReadOnlyList<AccessResource> Offered(AccessRequestState state, AccessCatalogue catalogue, CataloguePart part) =>
        state.View == ResourceView.DidYouMean && state.Candidates is { Count: > 0 } ids
            ? [.. ids.Select(catalogue.Find).OfType<AccessResource>()]
            : [.. catalogue.Of(part).OrderBy(r => r.Kind)];

    /// <summary>"Did you mean …?": a button per candidate (typing its number or name works too) and "None of these".</summary>
    private static AdaptiveCard DidYouMean(DialogContext context, AccessRequestState state, AccessCatalogue catalogue, CataloguePart part)
    {
        var texts = context.Texts;
        var offered = Offered(state, catalogue, part);
        var prompt = texts.Get(AccessTextKeys.DidYouMean, state.Asked ?? string.Empty);
        var body = new List<CardElement> { new TextBlock(prompt) { Weight = TextWeight.Bolder, Wrap = true } };
        body.AddRange(offered.Select((r, i) => (CardElement)new TextBlock(
            $"{i + 1}. {CardText.Literal(r.Name.For(texts.Language))} ({texts.Get(AccessTextKeys.KindPrefix + r.Kind)}): {CardText.Literal(r.Description.For(texts.Language))}") { Wrap = true, Spacing = Spacing.Small }));
        body.Add(new TextBlock(texts.Get(AccessTextKeys.DidYouMeanHint)) { IsSubtle = true, Size = TextSize.Small, Wrap = true });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                .. offered.Select((r, i) => context.Button($"{i + 1}. {r.Name.For(texts.Language)}", VerbFor(part, AnswerVerb), new JsonObject { [ResourceField] = r.Id })),
                context.Button(texts.Get(AccessTextKeys.NoneOfThese), VerbFor(part, NotListedVerb)),
            ],
            FallbackText = $"{prompt}\n{string.Join("\n", offered.Select((r, i) => $"{i + 1}. {r.Name.For(texts.Language)}"))}",
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static IEnumerable<Choice> ResourceChoices(AccessRequestState state, AccessCatalogue catalogue, CataloguePart part, Texts texts) =>
        Offered(state, catalogue, part).Select((r, i) => new Choice(
            $"{i + 1}. {r.Name.For(texts.Language)} ({texts.Get(AccessTextKeys.KindPrefix + r.Kind)}): {r.Description.For(texts.Language)}", r.Id));

    private static IEnumerable<Choice> LevelChoices(AccessResource resource, Texts texts) =>
        resource.Levels.Select((l, i) => new Choice($"{i + 1}. {texts.Get(AccessLevels.NameKey(l))}: {texts.Get(AccessLevels.DescriptionKey(l))}", l));

    private static ChoiceSetInput Choices(string id, string label, IEnumerable<Choice> choices, string? error) =>
        new([.. choices]) { Id = id, Label = label, Style = ChoiceInputStyle.Expanded, Wrap = true, ErrorMessage = error };

    /// <summary>Option buttons per row under the field, after a refused answer.</summary>
    private const int ButtonsPerRow = 4;

    /// <param name="options">After a refused answer, every option as a numbered button (rows under the field), one click away.</param>
    private static AdaptiveCard Form(
        DialogContext context, string prompt, CardInput input, string? hint, string? error, CataloguePart part, ExecuteAction? extra = null,
        IReadOnlyList<ExecuteAction>? options = null)
    {
        var texts = context.Texts;
        var body = new List<CardElement> { new TextBlock(prompt) { Weight = TextWeight.Bolder, Wrap = true }, input };
        if (error is not null)
        {
            // Teams shows errorMessage only for its own checks: the server's reason is written next to the field too.
            body.Add(new TextBlock(error) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small });
        }

        if (options is { Count: > 0 })
        {
            body.Add(new TextBlock(texts.Get(TextKeys.PipelinePickOne)) { Wrap = true, Spacing = Spacing.Small });
            body.AddRange(options.Chunk(ButtonsPerRow).Select(row => (CardElement)new ActionSet(row)));
        }

        if (hint is not null)
        {
            body.Add(new TextBlock(hint) { IsSubtle = true, Size = TextSize.Small, Wrap = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [context.Button(texts.Get(AccessTextKeys.Next), VerbFor(part, AnswerVerb)), .. extra is null ? Array.Empty<AdaptiveAction>() : [extra]],
            FallbackText = hint is null ? prompt : $"{prompt}\n{hint}",
            MsTeams = TeamsCardProperties.Full,
        };
    }
}
