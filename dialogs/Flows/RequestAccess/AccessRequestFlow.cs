using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using static ServiceDesk.Dialogs.Flows.RequestAccess.AccessRequestCards;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>
/// Flow 2, request access: resource → level → justification → optional end date → summary and confirm → the request
/// ticket, awaiting approval, with the approval card for each approver in the outbox (see the Submit part).
/// Every step takes a card answer or typed text, validated the same way.
/// </summary>
internal sealed partial class AccessRequestFlow(
    AccessCatalogue catalogue,
    IOptions<AccessCatalogueOptions> options,
    IDirectory directory,
    ITicketStore tickets,
    IUserProfileStore profiles) : Dialog<AccessRequestState>
{
    public const string DialogName = "access";

    public override string Name => DialogName;

    protected override Task<Step<AccessRequestState>> BeginAsync(DialogContext context, DialogSeed seed, CancellationToken cancellationToken)
    {
        // "I need access to the CRM": a message that names one resource skips the list.
        var state = new AccessRequestState(AccessStep.Resource);
        return Task.FromResult(seed.Text is { } text && catalogue.Match(text).Single is { } named
            ? Step<AccessRequestState>.Ask(Chosen(state, named))
            : Step<AccessRequestState>.Ask(state));
    }

    protected override async Task<Step<AccessRequestState>> AnswerAsync(
        DialogContext context, AccessRequestState state, DialogInput input, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var field = state.Step switch
        {
            AccessStep.Resource => ResourceField,
            AccessStep.Level => LevelField,
            AccessStep.Justification => JustificationField,
            _ => EndDateField,
        };
        var answer = CardForm.Answer(input, field);
        if (answer.WrongType)
        {
            return Step<AccessRequestState>.Retry(state, texts.Get(TextKeys.EngineWrongType));
        }

        return state.Step switch
        {
            AccessStep.Resource when answer.IsMissing => Step<AccessRequestState>.Retry(state, texts.Get(TextKeys.EngineRequired)),
            AccessStep.Resource => Resource(state, answer.Text!, input.Action is not null, texts),
            AccessStep.Level => Level(state, answer.Text, input.Action is not null, texts),
            AccessStep.Justification => Justification(state, answer.Text, texts),
            AccessStep.EndDate => EndDate(context, state, answer, input.Action is not null),
            // Done: saved before the request was created; a "send" again answers with the request made then.
            AccessStep.Confirm or AccessStep.Done when input.Action?.Verb == SendVerb || (input.Action is null && AccessAnswers.IsYes(input.Text)) =>
                await SubmitAsync(context, state, cancellationToken).ConfigureAwait(false),
            _ => Step<AccessRequestState>.Retry(state, texts.Get(AccessTextKeys.SummaryNotConfirmed)),
        };
    }

    protected override AdaptiveCard Render(DialogContext context, AccessRequestState state, string? error) =>
        AccessRequestCards.Render(context, state, catalogue, Limits(context), error);

    private Step<AccessRequestState> Resource(AccessRequestState state, string text, bool fromCard, Texts texts)
    {
        if (fromCard)
        {
            // A card sends a resource id; anything else is not from our card.
            return catalogue.Find(text) is { } picked
                ? Step<AccessRequestState>.Ask(Chosen(state, picked))
                : Step<AccessRequestState>.Retry(state, texts.Get(AccessTextKeys.ResourceUnknown, Quote(text)));
        }

        var offered = Offered(state, catalogue);
        if (AccessAnswers.Number(text, offered.Count) is { } index)
        {
            return Step<AccessRequestState>.Ask(Chosen(state, offered[index]));
        }

        var match = catalogue.Match(text);
        if (match.Single is { } single)
        {
            return Step<AccessRequestState>.Ask(Chosen(state, single));
        }

        return match.IsNone
            ? Step<AccessRequestState>.Retry(state, texts.Get(AccessTextKeys.ResourceUnknown, Quote(text)))
            : Step<AccessRequestState>.Ask(state with { Candidates = [.. match.Candidates.Select(r => r.Id)] }, texts.Get(AccessTextKeys.ResourceAmbiguous, text));
    }

    private Step<AccessRequestState> Level(AccessRequestState state, string? text, bool fromCard, Texts texts)
    {
        var resource = catalogue.Find(state.ResourceId)!;
        var level = fromCard ? resource.Level(text) : AccessAnswers.Level(text, resource);
        return level is null
            ? Step<AccessRequestState>.Retry(state, texts.Get(
                AccessTextKeys.LevelUnknown, resource.Name.For(texts.Language), string.Join(", ", resource.Levels.Select(l => AccessDisplay.Level(l, texts)))))
            : Step<AccessRequestState>.Ask(state with { Level = level, Step = AccessStep.Justification });
    }

    private Step<AccessRequestState> Justification(AccessRequestState state, string? text, Texts texts)
    {
        var limits = options.Value;
        var length = text?.Length ?? 0;
        var error = length switch
        {
            0 => texts.Get(TextKeys.EngineRequired),
            _ when length < limits.JustificationMinLength => texts.Get(AccessTextKeys.JustificationTooShort, limits.JustificationMinLength, length),
            _ when length > limits.JustificationMaxLength => texts.Get(AccessTextKeys.JustificationTooLong, limits.JustificationMaxLength, length),
            _ => null,
        };
        return error is null
            ? Step<AccessRequestState>.Ask(state with { Justification = text, Step = AccessStep.EndDate })
            : Step<AccessRequestState>.Retry(state, error);
    }

    private Step<AccessRequestState> EndDate(DialogContext context, AccessRequestState state, FormValue answer, bool fromCard)
    {
        var texts = context.Texts;
        var limits = Limits(context);
        DateOnly? date = null;
        if (!(fromCard && answer.IsMissing) && !AccessAnswers.TryEndDate(answer.Text, texts, out date))
        {
            return Step<AccessRequestState>.Retry(state, texts.Get(AccessTextKeys.EndDateInvalid, Iso(limits.FirstEndDate.AddDays(29))));
        }

        var error = date switch
        {
            { } d when d < limits.FirstEndDate => texts.Get(AccessTextKeys.EndDatePast),
            { } d when d > limits.LastEndDate => texts.Get(AccessTextKeys.EndDateTooFar, limits.MaxTemporaryDays, AccessDisplay.Date(limits.LastEndDate, texts)),
            _ => null,
        };
        return error is null
            ? Step<AccessRequestState>.Ask(state with { EndDate = date, Step = AccessStep.Confirm })
            : Step<AccessRequestState>.Retry(state, error);
    }

    /// <summary>A licence has one level: nothing to ask.</summary>
    private static AccessRequestState Chosen(AccessRequestState state, AccessResource resource) =>
        resource.Levels.Count == 1
            ? state with { ResourceId = resource.Id, Candidates = null, Level = resource.Levels[0], Step = AccessStep.Justification }
            : state with { ResourceId = resource.Id, Candidates = null, Level = null, Step = AccessStep.Level };

    private AccessLimits Limits(DialogContext context) =>
        AccessLimits.For(options.Value, DateOnly.FromDateTime(context.ToLocal(context.Now).DateTime));

    /// <summary>What the person typed, shown back literally and kept short.</summary>
    private static string Quote(string text) => CardText.Literal(text.Length > 80 ? text[..80] + "…" : text);
}
