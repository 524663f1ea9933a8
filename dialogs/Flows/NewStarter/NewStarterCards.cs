using System.Globalization;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>The card of each step of the new-starter flow; typed answers work too (a name, a date, a list).</summary>
internal static partial class NewStarterCards
{
    // The prefix is the dialog's name: the router sends a click to the dialog its verb names.
    public const string AnswerVerb = "newstarter.answer";
    public const string SendVerb = "newstarter.send";
    public const string EditVerb = "newstarter.edit";
    public const string NameField = "name";
    public const string EmailField = "email";
    public const string StartDateField = "startDate";
    public const string ItemsField = "items";
    public const string EditField = "field";

    public static AdaptiveCard Render(DialogContext context, NewStarterState state, AccessCatalogue catalogue, DateOnly today, DateOnly last, string? error)
    {
        var texts = context.Texts;
        return state.Step switch
        {
            NewStarterStep.Who => Form(context, texts.Get(TextKeys.StarterWhoPrompt), error, null,
                new TextInput { Id = NameField, Label = texts.Get(TextKeys.StarterNameLabel), MaxLength = NewStarterFlow.NameMaxLength, Value = state.Name, ErrorMessage = error },
                new TextInput { Id = EmailField, Label = texts.Get(TextKeys.StarterEmailLabel), Placeholder = texts.Get(TextKeys.StarterEmailPlaceholder), MaxLength = 254, Value = state.Email }),
            NewStarterStep.StartDate => Form(context, texts.Get(TextKeys.StarterDatePrompt, CardText.Literal(state.Name)), error, texts.Get(TextKeys.StarterDateHint),
                new DateInput { Id = StartDateField, Label = texts.Get(TextKeys.StarterDateLabel), Min = Iso(today), Max = Iso(last), Value = state.StartDate is { } d ? Iso(d) : null, ErrorMessage = error }),
            NewStarterStep.Items => Form(context, texts.Get(TextKeys.StarterItemsPrompt, CardText.Literal(state.Name)), error, texts.Get(TextKeys.StarterItemsHint),
                new ChoiceSetInput([.. Entries(catalogue).Select(r => new Choice($"{r.Name.For(texts.Language)} ({texts.Get(AccessTextKeys.KindPrefix + r.Kind)})", r.Id))])
                {
                    Id = ItemsField,
                    Label = texts.Get(TextKeys.StarterItemsLabel),
                    IsMultiSelect = true,
                    Style = ChoiceInputStyle.Compact,
                    Wrap = true,
                    Value = state.Items is { Count: > 0 } ids ? string.Join(',', ids) : null,
                    ErrorMessage = error,
                }),
            _ => Summary(context, state, catalogue, error),
        };
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Everything a newcomer may need: accesses, then software, then equipment.</summary>
    public static IEnumerable<AccessResource> Entries(AccessCatalogue catalogue) =>
        catalogue.Resources.OrderBy(r => r.Kind).Concat(catalogue.Items.OrderBy(r => r.Kind));

    private static AdaptiveCard Form(DialogContext context, string prompt, string? error, string? hint, params CardInput[] inputs)
    {
        var body = new List<CardElement> { new TextBlock(prompt) { Weight = TextWeight.Bolder, Wrap = true } };
        body.AddRange(inputs);
        if (error is not null)
        {
            // Teams shows errorMessage only for its own checks: the server's reason is written next to the field too.
            body.Add(new TextBlock(error) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small });
        }

        if (hint is not null)
        {
            body.Add(new TextBlock(hint) { IsSubtle = true, Size = TextSize.Small, Wrap = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [context.Button(context.Texts.Get(AccessTextKeys.Next), AnswerVerb)],
            FallbackText = hint is null ? prompt : $"{prompt}\n{hint}",
            MsTeams = TeamsCardProperties.Full,
        };
    }
}
