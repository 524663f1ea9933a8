using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Understanding;
using static ServiceDesk.Dialogs.Flows.NewStarter.NewStarterCards;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>
/// A new starter, asked for on their behalf: who (name, e-mail if known) → start date (today or later) → what they
/// need (accesses, software, equipment from the catalogue) → summary with Change buttons → one request whose items each
/// get their own approval (the Submit part). What the first message says ("new starter next Monday: Julie Martin, needs
/// CRM and the finance share") is taken and shown, not asked again. Every step takes a card answer or typed text.
/// </summary>
internal sealed partial class NewStarterFlow(
    AccessCatalogue catalogue,
    ITicketStore tickets,
    IUserProfileStore profiles,
    ApproverSelection approverSelection,
    Agents.ITicketNotifier notifier) : Dialog<NewStarterState>
{
    public const string DialogName = "newstarter";
    public const int NameMaxLength = 100;
    public const int MaxDaysAhead = 365;

    public override string Name => DialogName;

    protected override Task<Step<NewStarterState>> BeginAsync(DialogContext context, DialogSeed seed, CancellationToken cancellationToken)
    {
        var first = NewStarterFirstMessage.Read(seed.Text, catalogue, Today(context), dayFirst: context.Texts.Language == "fr");
        var state = new NewStarterState(NewStarterStep.Who, first.Name, first.Email, first.StartDate is { } d && d <= LastDay(context) ? d : null, first.Items).Next();
        var took = new List<string>();
        if (first.Name is not null)
        {
            took.Add(CardText.Literal(first.Name));
        }

        if (state.StartDate is { } start)
        {
            took.Add(AccessDisplay.Date(start, context.Texts));
        }

        took.AddRange(first.Items.Select(id => CardText.Literal(catalogue.Find(id)!.Name.For(context.Texts.Language))));
        return Task.FromResult(took.Count == 0
            ? Step<NewStarterState>.Ask(state)
            : Step<NewStarterState>.Ask(state, context.Texts.Get(TextKeys.StarterTook, string.Join(", ", took))));
    }

    protected override async Task<Step<NewStarterState>> AnswerAsync(
        DialogContext context, NewStarterState state, DialogInput input, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (input.Action?.Verb == EditVerb)
        {
            return Edit(state, CardForm.Field(input.Action.Data, EditField).Text);
        }

        var fromCard = input.Action is not null;
        if (state.Step == NewStarterStep.Confirm && !fromCard && !IsYes(input.Text) && Correction(context, state, input.Text) is { } corrected)
        {
            // A correction typed at the summary: its value taken (the summary again), or its step reopened.
            return corrected;
        }

        return state.Step switch
        {
            NewStarterStep.Who => Who(state, fromCard ? CardForm.Answer(input, NameField).Text : input.Text, fromCard ? CardForm.Answer(input, EmailField).Text : null, fromCard, texts),
            NewStarterStep.StartDate => StartDate(context, state, CardForm.Answer(input, StartDateField).Text),
            NewStarterStep.Items => Items(state, CardForm.Answer(input, ItemsField).Text, fromCard, texts),
            NewStarterStep.Confirm or NewStarterStep.Done when input.Action?.Verb == SendVerb || (!fromCard && IsYes(input.Text)) =>
                await SubmitAsync(context, state, cancellationToken).ConfigureAwait(false),
            _ => Step<NewStarterState>.Retry(state, texts.Get(AccessTextKeys.SummaryNotConfirmed)),
        };
    }

    protected override AdaptiveCard Render(DialogContext context, NewStarterState state, string? error) =>
        NewStarterCards.Render(context, state, catalogue, Today(context), LastDay(context), error);

    private static Step<NewStarterState> Edit(NewStarterState state, string? field) => field switch
    {
        NameField => Step<NewStarterState>.Ask(state with { Step = NewStarterStep.Who }),
        StartDateField => Step<NewStarterState>.Ask(state with { Step = NewStarterStep.StartDate }),
        ItemsField => Step<NewStarterState>.Ask(state with { Step = NewStarterStep.Items, Unclear = null }),
        _ => Step<NewStarterState>.Ask(state),
    };

    private static Step<NewStarterState> Who(NewStarterState state, string? name, string? email, bool fromCard, Texts texts)
    {
        var (typedName, typedEmail) = fromCard ? (name?.Trim() ?? string.Empty, email?.Trim()) : NewStarterFirstMessage.Who(name ?? string.Empty);
        var error = typedName.Length switch
        {
            0 => texts.Get(TextKeys.EngineRequired),
            > NameMaxLength => texts.Get(TextKeys.StarterNameTooLong, NameMaxLength),
            _ when !string.IsNullOrEmpty(typedEmail) && !NewStarterFirstMessage.IsEmail(typedEmail) => texts.Get(TextKeys.StarterEmailInvalid),
            _ => null,
        };
        return error is null
            ? Step<NewStarterState>.Ask((state with { Name = typedName, Email = string.IsNullOrEmpty(typedEmail) ? null : typedEmail }).Next())
            : Step<NewStarterState>.Retry(state, error);
    }

    private static Step<NewStarterState> StartDate(DialogContext context, NewStarterState state, string? text)
    {
        var (today, last) = (Today(context), LastDay(context));
        var date = DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", out var iso) ? iso : StartDates.Read(text, today, dayFirst: context.Texts.Language == "fr");
        var error = date switch
        {
            null => context.Texts.Get(TextKeys.StarterDateInvalid, NewStarterCards.Iso(today.AddDays(7))),
            { } d when d < today => context.Texts.Get(TextKeys.StarterDatePast),
            { } d when d > last => context.Texts.Get(TextKeys.StarterDateTooFar, AccessDisplay.Date(last, context.Texts)),
            _ => null,
        };
        return error is null ? Step<NewStarterState>.Ask((state with { StartDate = date }).Next()) : Step<NewStarterState>.Retry(state, error);
    }

    /// <summary>The card sends the ids ticked; typed text is read as a list, and what it names unclearly is said back.</summary>
    private Step<NewStarterState> Items(NewStarterState state, string? text, bool fromCard, Texts texts)
    {
        List<string> ids;
        IReadOnlyList<string> unclear = [];
        if (fromCard)
        {
            ids = [.. (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(id => catalogue.Find(id) is not null).Distinct()];
        }
        else
        {
            var read = NewStarterItems.Read(text, catalogue);
            (ids, unclear) = ([.. read.Taken.Select(r => r.Id)], read.Unclear);
        }

        if (unclear.Count > 0)
        {
            return Step<NewStarterState>.Retry(state with { Items = ids, Unclear = unclear }, texts.Get(TextKeys.StarterItemsUnclear, string.Join(", ", unclear.Select(u => $"\"{CardText.Literal(u)}\""))));
        }

        return ids.Count == 0
            ? Step<NewStarterState>.Retry(state, texts.Get(TextKeys.StarterItemsNone))
            : Step<NewStarterState>.Ask((state with { Items = ids, Unclear = null }).Next());
    }

    private static bool IsYes(string? text) =>
        (AccessAnswers.IsYes(text) || AccessChoices.YesNo.Match(text) is { IsMatched: true, Value: "yes" }) && !CancelSignal.In(text);

    private static DateOnly Today(DialogContext context) => DateOnly.FromDateTime(context.ToLocal(context.Now).DateTime);

    private static DateOnly LastDay(DialogContext context) => Today(context).AddDays(MaxDaysAhead);
}
