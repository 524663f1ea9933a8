using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

// The summary before sending (each answer can be changed) and the request sent, with each item's approver.
internal static partial class NewStarterCards
{
    public static AdaptiveCard Created(DialogContext context, Ticket ticket, AccessCatalogue catalogue)
    {
        var texts = context.Texts;
        var starter = ticket.NewStarter!;
        var text = texts.Get(starter.AllDecided ? TextKeys.StarterCreatedNoApproval : TextKeys.StarterCreated, ticket.Number, CardText.Literal(starter.Name));
        return new AdaptiveCard
        {
            Body = [new TextBlock(text) { Wrap = true }, new FactSet([.. Facts(starter, catalogue, texts)])],
            FallbackText = text,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>
    /// Who starts and when, then one line per item with where it stands: shown to the requester, the agents and the
    /// approvers alike (approvers and decisions once the request exists).
    /// </summary>
    public static IEnumerable<Fact> Facts(NewStarterDetails starter, AccessCatalogue? catalogue, Texts texts)
    {
        yield return new Fact(texts.Get(TextKeys.StarterFactWho), CardText.Literal(starter.Name));
        if (starter.Email is { } email)
        {
            yield return new Fact(texts.Get(TextKeys.StarterFactEmail), CardText.Literal(email));
        }

        yield return new Fact(texts.Get(TextKeys.StarterFactStart), AccessDisplay.Date(starter.StartDate, texts));
        foreach (var item in starter.Items)
        {
            yield return new Fact(Item(item.ResourceId, item.Level, catalogue, texts), Decision(item, texts));
        }
    }

    /// <summary>"CRM (Dynamics 365 Sales) · Read", "Laptop (Equipment)".</summary>
    public static string Item(string id, string level, AccessCatalogue? catalogue, Texts texts)
    {
        var resource = catalogue?.Find(id);
        var name = CardText.Literal(resource?.Name.For(texts.Language) ?? id);
        return string.IsNullOrEmpty(level) ? $"{name} ({texts.Get(AccessTextKeys.KindPrefix + (resource?.Kind ?? AccessResourceKind.Hardware))})" : $"{name} · {AccessDisplay.Level(level, texts)}";
    }

    public static string Decision(RequestItem item, Texts texts)
    {
        var who = CardText.Literal(item.DecidedByName ?? item.DecidedBy ?? string.Empty);
        return item.Decision switch
        {
            ItemDecision.Approved => texts.Get(TextKeys.StarterItemApproved, who),
            ItemDecision.Rejected => texts.Get(TextKeys.StarterItemRejected, who),
            ItemDecision.NotNeeded => texts.Get(TextKeys.StarterItemNoApproval),
            ItemDecision.Expired => texts.Get(TextKeys.StarterItemExpired),
            _ => texts.Get(TextKeys.StarterItemPending, AccessDisplay.People(item.Approvers, texts, forCard: true)),
        };
    }

    private static AdaptiveCard Summary(DialogContext context, NewStarterState state, AccessCatalogue catalogue, string? error)
    {
        var texts = context.Texts;
        var facts = new List<Fact> { new(texts.Get(TextKeys.StarterFactWho), CardText.Literal(state.Name)) };
        if (state.Email is { } email)
        {
            facts.Add(new(texts.Get(TextKeys.StarterFactEmail), CardText.Literal(email)));
        }

        facts.Add(new(texts.Get(TextKeys.StarterFactStart), AccessDisplay.Date(state.StartDate!.Value, texts)));
        var items = (state.Items ?? []).Select(catalogue.Find).OfType<AccessResource>()
            .Select(r => (CardElement)new TextBlock("• " + Item(r.Id, r.IsItem ? string.Empty : r.Levels[0], catalogue, texts)) { Wrap = true, Spacing = Spacing.None });
        return new AdaptiveCard
        {
            Body =
            [
                .. error is null ? Array.Empty<CardElement>() : [new TextBlock(error) { Weight = TextWeight.Bolder, Wrap = true }],
                new TextBlock(texts.Get(AccessTextKeys.SummaryTitle)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(texts.Get(TextKeys.StarterSummaryIntro)) { Wrap = true },
                new FactSet(facts),
                new TextBlock(texts.Get(TextKeys.StarterItemsLabel)) { Weight = TextWeight.Bolder, Wrap = true },
                .. items,
                new TextBlock(texts.Get(TextKeys.StarterSummaryLevels)) { IsSubtle = true, Size = TextSize.Small, Wrap = true },
                new TextBlock(texts.Get(AccessTextKeys.SummaryTypeHint)) { IsSubtle = true, Size = TextSize.Small, Wrap = true },
                new ActionSet(
                [
                    Change(context, texts.Get(TextKeys.StarterEditWho), NameField),
                    Change(context, texts.Get(TextKeys.StarterEditDate), StartDateField),
                    Change(context, texts.Get(TextKeys.StarterEditItems), ItemsField),
                ]),
            ],
            Actions = [context.Button(texts.Get(AccessTextKeys.Send), SendVerb, style: ActionStyle.Positive)],
            FallbackText = $"{texts.Get(AccessTextKeys.SummaryTitle)}\n{texts.Get(AccessTextKeys.SummaryTypeHint)}",
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static ExecuteAction Change(DialogContext context, string title, string field) =>
        context.Button(title, EditVerb, new JsonObject { [EditField] = field });
}
