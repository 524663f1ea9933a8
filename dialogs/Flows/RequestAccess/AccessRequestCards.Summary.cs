using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

// The summary before sending (each answer can be changed, what the first message said included) and the request sent.
internal static partial class AccessRequestCards
{
    /// <summary>The request is sent: its number, who approves, what happens next, and what was asked.</summary>
    public static AdaptiveCard Created(DialogContext context, Ticket ticket, AccessCatalogue catalogue)
    {
        var texts = context.Texts;
        var access = ticket.Access!;
        var part = AccessTextKeys.PartOf(catalogue.Find(access.ResourceId));
        var approvers = AccessDisplay.People(access.Approvers ?? [], texts, forCard: true);
        var created = AccessTextKeys.For(part, access.Approvers is { Count: > 0 } ? AccessTextKeys.Created : AccessTextKeys.CreatedNoApproval);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(texts.Get(created, ticket.Number, approvers)) { Wrap = true },
                new FactSet(
                [
                    new Fact(texts.Get(AccessTextKeys.For(part, AccessTextKeys.FactResource)), CardText.Literal(AccessDisplay.Resource(catalogue, access.ResourceId, texts))),
                    .. LevelAndEnd(access.Level, access.EndDate, texts),
                    .. access.Approvers is { Count: > 0 } ? [new Fact(texts.Get(AccessTextKeys.FactApprover), approvers)] : Array.Empty<Fact>(),
                    .. AccessDisplay.Routing(access.Routing, texts) is { } why ? [new Fact(texts.Get(TextKeys.GraphFactApproverWhy), why)] : Array.Empty<Fact>(),
                ]),
            ],
            FallbackText = texts.Get(created, ticket.Number, AccessDisplay.People(access.Approvers ?? [], texts, forCard: false)),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>An access's level and end date; nothing for a software or hardware item, which has neither.</summary>
    public static IEnumerable<Fact> LevelAndEnd(string level, DateOnly? endDate, Texts texts) => string.IsNullOrEmpty(level)
        ? []
        :
        [
            new Fact(texts.Get(AccessTextKeys.FactLevel), AccessDisplay.Level(level, texts)),
            new Fact(texts.Get(AccessTextKeys.FactUntil), endDate is { } end ? AccessDisplay.Date(end, texts) : texts.Get(AccessTextKeys.Permanent)),
        ];

    private static AdaptiveCard Summary(DialogContext context, AccessRequestState state, AccessResource resource, CataloguePart part, Texts texts, string? error) => new()
    {
        Body =
        [
            .. error is null ? Array.Empty<CardElement>() : [new TextBlock(error) { Weight = TextWeight.Bolder, Wrap = true }],
            new TextBlock(texts.Get(AccessTextKeys.SummaryTitle)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(texts.Get(AccessTextKeys.For(part, AccessTextKeys.SummaryIntro))) { Wrap = true },
            new FactSet(
            [
                new Fact(texts.Get(AccessTextKeys.For(part, AccessTextKeys.FactResource)), CardText.Literal(resource.Name.For(texts.Language))),
                .. LevelAndEnd(state.Level!, state.EndDate, texts),
            ]),
            new TextBlock(texts.Get(AccessTextKeys.For(part, AccessTextKeys.JustificationLabel))) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(CardText.Literal(state.Justification)) { Wrap = true, Spacing = Spacing.None },
            new TextBlock(texts.Get(AccessTextKeys.SummaryTypeHint)) { IsSubtle = true, Size = TextSize.Small, Wrap = true },
            new ActionSet(
            [
                Change(context, part, texts.Get(AccessTextKeys.For(part, AccessTextKeys.EditResource)), ResourceField),
                .. resource.Levels.Count > 1 ? [Change(context, part, texts.Get(AccessTextKeys.EditLevel), LevelField)] : Array.Empty<AdaptiveAction>(),
                Change(context, part, texts.Get(AccessTextKeys.EditJustification), JustificationField),
                .. resource.IsItem ? Array.Empty<AdaptiveAction>() : [Change(context, part, texts.Get(AccessTextKeys.EditEndDate), EndDateField)],
            ]),
        ],
        Actions = [context.Button(texts.Get(AccessTextKeys.Send), VerbFor(part, SendVerb), style: ActionStyle.Positive)],
        FallbackText = $"{texts.Get(AccessTextKeys.SummaryTitle)}\n{texts.Get(AccessTextKeys.SummaryTypeHint)}",
        MsTeams = TeamsCardProperties.Full,
    };

    private static ExecuteAction Change(DialogContext context, CataloguePart part, string title, string field) =>
        context.Button(title, VerbFor(part, EditVerb), new JsonObject { [EditField] = field });
}
