using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;
using static ServiceDesk.Dialogs.Flows.RequestAccess.AccessRequestCards;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>
/// Flow 2, request access: resource → level → justification → optional end date → summary and confirm → the request
/// ticket, awaiting approval, with the approval card for each approver in the outbox (see the Submit part). The same
/// flow takes the catalogue's software and hardware items (<see cref="CataloguePart"/>): item → reason → summary, no
/// level and no end date; an item whose approver rule is None goes straight to fulfilment.
/// What the first message already says (resource, level, reason, end date) is taken and shown, not asked again;
/// the resource is taken only when the catalogue is sure (see the Resource part). Every step takes a card answer or
/// typed text, validated the same way; the summary can send any answer back to be changed.
/// </summary>
internal sealed partial class AccessRequestFlow(
    AccessCatalogue catalogue,
    IOptions<AccessCatalogueOptions> options,
    ITicketStore tickets,
    IUserProfileStore profiles,
    ApproverSelection approverSelection,
    Agents.ITicketNotifier notifier,
    CataloguePart part = CataloguePart.Access) : Dialog<AccessRequestState>
{
    public const string DialogName = "access";
    public const string SoftwareDialogName = "software";
    public const string HardwareDialogName = "hardware";

    public override string Name => part switch
    {
        CataloguePart.Software => SoftwareDialogName,
        CataloguePart.Hardware => HardwareDialogName,
        _ => DialogName,
    };

    private bool ForItems => part != CataloguePart.Access;

    protected override Task<Step<AccessRequestState>> BeginAsync(DialogContext context, DialogSeed seed, CancellationToken cancellationToken)
    {
        if (ForItems && catalogue.Of(part).Count == 0)
        {
            // Nothing configured in this part: say so rather than show an empty list.
            return Task.FromResult(Step<AccessRequestState>.End([Reply.Of(context.Texts.Get(AccessTextKeys.For(part, AccessTextKeys.PartEmpty)))]));
        }

        if (seed.Extends is { } extended && !ForItems)
        {
            return ExtendAsync(context, extended, cancellationToken);
        }

        var first = AccessFirstMessage.Read(seed.Text, Limits(context), dayFirst: context.Texts.Language == "fr");
        if (ForItems)
        {
            // An item has no level and no end date: only the reason is taken from the first message.
            first = first with { Level = null, EndDate = null };
        }

        // The language model's end date (for a message the rules were unsure of) only when the words gave none, within the limits.
        var limits = Limits(context);
        if (!ForItems && first.EndDate is null && seed.EndDate is { } read && read >= limits.FirstEndDate && read <= limits.LastEndDate)
        {
            first = first with { EndDate = read };
        }

        var state = new AccessRequestState(
            AccessStep.Resource, Justification: first.Justification, EndDate: first.EndDate, StatedLevel: first.Level, EndDateKnown: first.EndDate is not null || ForItems);
        var step = seed.Text is { } text ? Named(state, text, context.Texts, fromCatalogue: false) : Step<AccessRequestState>.Ask(state);
        if (step.State is { ResourceId: null } asked && (asked.Candidates is null || asked.Candidates.Contains(seed.Resource))
            && catalogue.Of(part).FirstOrDefault(r => r.Id == seed.Resource) is { } modelRead)
        {
            // The words named nothing clearly; the model's choice, from the closed list, is shown and can be changed.
            step = Step<AccessRequestState>.Ask(Chosen(state, modelRead), Understood(context.Texts, modelRead));
        }

        var took = Took(context.Texts, step.State, first);
        return Task.FromResult(took is null ? step : step with { Notes = [.. step.Notes, took] });
    }

    protected override async Task<Step<AccessRequestState>> AnswerAsync(
        DialogContext context, AccessRequestState state, DialogInput input, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var verb = Canonical(input.Action?.Verb);
        if (verb == EditVerb)
        {
            return Edit(state, CardForm.Field(input.Action!.Data, EditField).Text);
        }

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

        if (state.Step == AccessStep.Confirm && input.Action is null && !IsYes(input.Text) && Correction(context, state, input.Text) is { } corrected)
        {
            // A correction typed at the summary: its value taken (the summary again), or its step reopened.
            return corrected;
        }

        return state.Step switch
        {
            AccessStep.Resource when verb == NotListedVerb => Step<AccessRequestState>.Ask(state with { View = ResourceView.Catalogue, Candidates = null }),
            AccessStep.Resource when answer.IsMissing => Step<AccessRequestState>.Retry(state, texts.Get(TextKeys.EngineRequired)),
            AccessStep.Resource => Resource(state, answer.Text!, input.Action is not null, texts),
            AccessStep.Level => Level(state, answer.Text, input.Action is not null, texts),
            AccessStep.Justification => Justification(state, answer.Text, texts),
            AccessStep.EndDate => EndDate(context, state, answer, input.Action is not null),
            // Done: saved before the request was created; a "send" again answers with the request made then.
            AccessStep.Confirm or AccessStep.Done when verb == SendVerb || (input.Action is null && IsYes(input.Text)) =>
                await SubmitAsync(context, state, cancellationToken).ConfigureAwait(false),
            _ => Step<AccessRequestState>.Retry(state, texts.Get(AccessTextKeys.SummaryNotConfirmed)),
        };
    }

    protected override AdaptiveCard Render(DialogContext context, AccessRequestState state, string? error) =>
        AccessRequestCards.Render(context, state, catalogue, part, Limits(context), error);

    /// <summary>A summary's "Change" button: back to that step; answering it comes back to the summary.</summary>
    private Step<AccessRequestState> Edit(AccessRequestState state, string? field) => field switch
    {
        ResourceField => Step<AccessRequestState>.Ask(state with { Step = AccessStep.Resource, View = ResourceView.Catalogue, Candidates = null }),
        LevelField when catalogue.Find(state.ResourceId)?.Levels.Count > 1 => Step<AccessRequestState>.Ask(state with { Step = AccessStep.Level }),
        JustificationField => Step<AccessRequestState>.Ask(state with { Step = AccessStep.Justification }),
        EndDateField when !ForItems => Step<AccessRequestState>.Ask(state with { Step = AccessStep.EndDate }),
        _ => Step<AccessRequestState>.Ask(state),
    };

    private Step<AccessRequestState> Level(AccessRequestState state, string? text, bool fromCard, Texts texts)
    {
        var resource = catalogue.Find(state.ResourceId)!;
        // Refused once, the closest level of an ambiguous answer or a weak lead is taken: a paraphrase is never refused twice.
        var level = fromCard ? resource.Level(text) : AccessChoices.Levels(resource).Match(text) switch
        {
            { IsMatched: true, Value: { } value } => value,
            { Candidates: [var closest, ..] } when state.LevelRefused => closest,
            _ => null,
        };
        return level is null
            ? Step<AccessRequestState>.Retry(state with { LevelRefused = true }, texts.Get(
                AccessTextKeys.LevelUnknown, resource.Name.For(texts.Language), string.Join(", ", resource.Levels.Select(l => AccessDisplay.Level(l, texts)))))
            : Step<AccessRequestState>.Ask((state with { Level = level, LevelRefused = false }).Next());
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
            ? Step<AccessRequestState>.Ask((state with { Justification = text }).Next())
            : Step<AccessRequestState>.Retry(state, error);
    }

    private Step<AccessRequestState> EndDate(DialogContext context, AccessRequestState state, FormValue answer, bool fromCard)
    {
        var texts = context.Texts;
        var limits = Limits(context);
        DateOnly? date = null;
        if (!(fromCard && answer.IsMissing) && !AccessAnswers.TryEndDate(answer.Text, texts, limits.Today, out date))
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
            ? Step<AccessRequestState>.Ask((state with { EndDate = date, EndDateKnown = true }).Next())
            : Step<AccessRequestState>.Retry(state, error);
    }

    /// <summary>"yes", "send it", "ouais", "c'est bon": the summary is confirmed; never when the message also drops the request.</summary>
    private static bool IsYes(string? text) =>
        (AccessAnswers.IsYes(text) || AccessChoices.YesNo.Match(text) is { IsMatched: true, Value: "yes" }) && !CancelSignal.In(text);

    private AccessLimits Limits(DialogContext context) =>
        AccessLimits.For(options.Value, DateOnly.FromDateTime(context.ToLocal(context.Now).DateTime));

    /// <summary>What the person typed, shown back literally and kept short.</summary>
    private static string Quote(string text) => CardText.Literal(text.Length > 80 ? text[..80] + "…" : text);
}
