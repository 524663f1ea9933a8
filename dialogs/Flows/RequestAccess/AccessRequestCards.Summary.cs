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
                    .. AccessDisplay.Routing(access.Routing, texts) is { } why ? [new Fact(texts.Get(TextKeys.GraphFactApproverWhy), why)] : Array.Empty<Fact>(),
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
            .. error is null ? Array.Empty<CardElement>() : [new TextBlock(error) { Weight = TextWeight.Bolder, Wrap = true }],
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
            new ActionSet(
            [
                Change(context, texts.Get(AccessTextKeys.EditResource), ResourceField),
                .. resource.Levels.Count > 1 ? [Change(context, texts.Get(AccessTextKeys.EditLevel), LevelField)] : Array.Empty<AdaptiveAction>(),
                Change(context, texts.Get(AccessTextKeys.EditJustification), JustificationField),
                Change(context, texts.Get(AccessTextKeys.EditEndDate), EndDateField),
            ]),
        ],
        Actions = [context.Button(texts.Get(AccessTextKeys.Send), SendVerb, style: ActionStyle.Positive)],
        FallbackText = $"{texts.Get(AccessTextKeys.SummaryTitle)}\n{texts.Get(AccessTextKeys.SummaryTypeHint)}",
        MsTeams = TeamsCardProperties.Full,
    };

    private static ExecuteAction Change(DialogContext context, string title, string field) =>
        context.Button(title, EditVerb, new JsonObject { [EditField] = field });
}
