using System.Globalization;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>The card of each step of the request-access flow; typed answers work too (numbers, names, dates, yes).</summary>
internal static class AccessRequestCards
{
    public const string AnswerVerb = "access.answer";
    public const string SendVerb = "access.send";
    public const string ResourceField = "resource";
    public const string LevelField = "level";
    public const string JustificationField = "justification";
    public const string EndDateField = "endDate";

    public static AdaptiveCard Render(DialogContext context, AccessRequestState state, AccessCatalogue catalogue, AccessLimits limits, string? error)
    {
        var texts = context.Texts;
        var resource = catalogue.Find(state.ResourceId);
        return state.Step switch
        {
            AccessStep.Resource => Form(context, texts.Get(AccessTextKeys.ResourcePrompt), Choices(ResourceField, texts.Get(AccessTextKeys.ResourceLabel), ResourceChoices(state, catalogue, texts), error), texts.Get(AccessTextKeys.ResourceTypeHint), error),
            AccessStep.Level => Form(context, texts.Get(AccessTextKeys.LevelPrompt, resource!.Name.For(texts.Language)), Choices(LevelField, texts.Get(AccessTextKeys.LevelLabel), LevelChoices(resource, texts), error), null, error),
            AccessStep.Justification => Form(context, texts.Get(AccessTextKeys.JustificationPrompt, limits.JustificationMin, limits.JustificationMax), new TextInput
            {
                Id = JustificationField,
                Label = texts.Get(AccessTextKeys.JustificationLabel),
                Placeholder = texts.Get(AccessTextKeys.JustificationPlaceholder),
                IsMultiline = true,
                MaxLength = limits.JustificationMax,
                Value = state.Justification,
                ErrorMessage = error,
            }, null, error),
            AccessStep.EndDate => Form(context, texts.Get(AccessTextKeys.EndDatePrompt), new DateInput
            {
                Id = EndDateField,
                Label = texts.Get(AccessTextKeys.EndDateLabel),
                Min = Iso(limits.FirstEndDate),
                Max = Iso(limits.LastEndDate),
                ErrorMessage = error,
            }, texts.Get(AccessTextKeys.EndDateTypeHint, Iso(limits.FirstEndDate.AddDays(29))), error),
            _ => Summary(context, state, resource!, texts, error),
        };
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The resources offered: the candidates of an ambiguous name, else the whole catalogue, numbered for typing.</summary>
    public static IReadOnlyList<AccessResource> Offered(AccessRequestState state, AccessCatalogue catalogue) =>
        state.Candidates is { Count: > 0 } ids ? [.. ids.Select(catalogue.Find).OfType<AccessResource>()] : catalogue.Resources;

    private static IEnumerable<Choice> ResourceChoices(AccessRequestState state, AccessCatalogue catalogue, Texts texts) =>
        Offered(state, catalogue).Select((r, i) => new Choice(
            $"{i + 1}. {r.Name.For(texts.Language)} ({texts.Get(AccessTextKeys.KindPrefix + r.Kind)}): {r.Description.For(texts.Language)}", r.Id));

    private static IEnumerable<Choice> LevelChoices(AccessResource resource, Texts texts) =>
        resource.Levels.Select((l, i) => new Choice($"{i + 1}. {texts.Get(AccessLevels.NameKey(l))}: {texts.Get(AccessLevels.DescriptionKey(l))}", l));

    private static ChoiceSetInput Choices(string id, string label, IEnumerable<Choice> choices, string? error) =>
        new([.. choices]) { Id = id, Label = label, Style = ChoiceInputStyle.Expanded, Wrap = true, ErrorMessage = error };

    private static AdaptiveCard Form(DialogContext context, string prompt, CardInput input, string? hint, string? error)
    {
        var texts = context.Texts;
        var body = new List<CardElement> { new TextBlock(prompt) { Weight = TextWeight.Bolder, Wrap = true }, input };
        if (error is not null)
        {
            // Teams shows errorMessage only for its own checks: the server's reason is written next to the field too.
            body.Add(new TextBlock(error) { Color = TextColor.Attention, Wrap = true, Spacing = Spacing.Small });
        }

        if (hint is not null)
        {
            body.Add(new TextBlock(hint) { IsSubtle = true, Size = TextSize.Small, Wrap = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [context.Button(texts.Get(AccessTextKeys.Next), AnswerVerb)],
            FallbackText = hint is null ? prompt : $"{prompt}\n{hint}",
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>The request is sent: its number, who approves, what happens next, and what was asked.</summary>
    public static AdaptiveCard Created(DialogContext context, Ticket ticket, AccessCatalogue catalogue)
    {
        var texts = context.Texts;
        var access = ticket.Access!;
        var approvers = AccessDisplay.People(access.Approvers ?? [], texts, forCard: true);
        var text = texts.Get(AccessTextKeys.Created, ticket.Number, approvers);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(text) { Wrap = true },
                new FactSet(
                [
                    new Fact(texts.Get(AccessTextKeys.FactResource), CardText.Literal(AccessDisplay.Resource(catalogue, access.ResourceId, texts))),
                    new Fact(texts.Get(AccessTextKeys.FactLevel), AccessDisplay.Level(access.Level, texts)),
                    new Fact(texts.Get(AccessTextKeys.FactUntil), access.EndDate is { } end ? AccessDisplay.Date(end, texts) : texts.Get(AccessTextKeys.Permanent)),
                    new Fact(texts.Get(AccessTextKeys.FactApprover), approvers),
                ]),
            ],
            FallbackText = texts.Get(AccessTextKeys.Created, ticket.Number, AccessDisplay.People(access.Approvers ?? [], texts, forCard: false)),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static AdaptiveCard Summary(DialogContext context, AccessRequestState state, AccessResource resource, Texts texts, string? error) => new()
    {
        Body =
        [
            .. error is null ? Array.Empty<CardElement>() : [new TextBlock(error) { Color = TextColor.Attention, Wrap = true }],
            new TextBlock(texts.Get(AccessTextKeys.SummaryTitle)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(texts.Get(AccessTextKeys.SummaryIntro)) { Wrap = true },
            new FactSet(
            [
                new Fact(texts.Get(AccessTextKeys.FactResource), CardText.Literal(resource.Name.For(texts.Language))),
                new Fact(texts.Get(AccessTextKeys.FactLevel), AccessDisplay.Level(state.Level!, texts)),
                new Fact(texts.Get(AccessTextKeys.FactUntil), state.EndDate is { } end ? AccessDisplay.Date(end, texts) : texts.Get(AccessTextKeys.Permanent)),
            ]),
            new TextBlock(texts.Get(AccessTextKeys.JustificationLabel)) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(CardText.Literal(state.Justification)) { Wrap = true, Spacing = Spacing.None },
            new TextBlock(texts.Get(AccessTextKeys.SummaryTypeHint)) { IsSubtle = true, Size = TextSize.Small, Wrap = true },
        ],
        Actions = [context.Button(texts.Get(AccessTextKeys.Send), SendVerb, style: ActionStyle.Positive)],
        FallbackText = $"{texts.Get(AccessTextKeys.SummaryTitle)}\n{texts.Get(AccessTextKeys.SummaryTypeHint)}",
        MsTeams = TeamsCardProperties.Full,
    };
}
