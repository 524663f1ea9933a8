using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>
/// One page of an owner's review card: each holder with their request, level and grant date, and Keep / Remove until
/// decided (then who decided what, and when); Previous / Next between pages, and "Keep all" until the review is
/// finished. Holder names come from the directory: literal text.
/// </summary>
internal static class AccessReviewCard
{
    public static AdaptiveCard Build(
        AccessReviewHead head, AccessReviewPage page, AccessCatalogue catalogue, Texts texts, TimeZoneInfo zone, string? notice = null)
    {
        var resource = AccessDisplay.Resource(catalogue, head.ResourceId, texts);
        var heading = texts.Get(AccessReviewTextKeys.Heading, resource);
        var lines = new List<string>
        {
            texts.Count(AccessReviewTextKeys.Intro, head.Holders, resource),
            head.Finished
                ? texts.Get(AccessReviewTextKeys.Finished, CardText.Literal(head.KeptAllBy), AccessDisplay.DateTime(head.KeptAllAt!.Value, zone, texts))
                : texts.Get(AccessReviewTextKeys.Due, AccessDisplay.DateTime(head.DueAt, zone, texts)),
        };
        var actions = new List<AdaptiveAction>();
        if (page.Number > 1)
        {
            actions.Add(CardActions.Execute(texts.Get(AccessReviewTextKeys.Previous), AccessReviewVerbs.Page,
                AccessReviewVerbs.Data(head.ResourceId, head.Cycle, page.Number - 1)));
        }

        if (page.Number < head.Pages)
        {
            actions.Add(CardActions.Execute(texts.Get(AccessReviewTextKeys.Next), AccessReviewVerbs.Page,
                AccessReviewVerbs.Data(head.ResourceId, head.Cycle, page.Number + 1)));
        }

        if (!head.Finished)
        {
            actions.Add(CardActions.Execute(texts.Get(AccessReviewTextKeys.KeepAll), AccessReviewVerbs.KeepAll,
                AccessReviewVerbs.Data(head.ResourceId, head.Cycle, page.Number), ActionStyle.Positive));
        }

        return FormCard.Build(new FormCardView(heading, heading)
        {
            Eyebrow = texts.Get(AccessReviewTextKeys.Page, page.Number, head.Pages),
            Notice = notice,
            Lines = lines,
            Sections = [.. page.Holders.Select(h => Holder(head, page, h, texts, zone))],
            Actions = actions,
        });
    }

    private static FormSection Holder(AccessReviewHead head, AccessReviewPage page, AccessReviewHolder holder, Texts texts, TimeZoneInfo zone)
    {
        var lines = new List<string>
        {
            texts.Get(AccessReviewTextKeys.Holder, holder.Ticket, AccessDisplay.Level(holder.Level, texts),
                AccessDisplay.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(holder.GrantedAt, zone).DateTime), texts)),
        };
        if (holder is { Decision: { } decision, DecidedAt: { } at })
        {
            lines.Add(texts.Get(decision == ReviewDecision.Keep ? AccessReviewTextKeys.Kept : AccessReviewTextKeys.Removed,
                CardText.Literal(holder.DecidedBy), AccessDisplay.DateTime(at, zone, texts)));
        }
        else if (head.Finished)
        {
            lines.Add(texts.Get(AccessReviewTextKeys.KeptByAll, CardText.Literal(head.KeptAllBy), AccessDisplay.DateTime(head.KeptAllAt!.Value, zone, texts)));
        }

        var open = holder.Decision is null && !head.Finished;
        return new FormSection(CardText.Literal(holder.Name), lines, open
            ?
            [
                CardActions.Execute(texts.Get(AccessReviewTextKeys.Keep), AccessReviewVerbs.Keep,
                    AccessReviewVerbs.Data(head.ResourceId, head.Cycle, page.Number, holder.Ticket)),
                CardActions.Execute(texts.Get(AccessReviewTextKeys.Remove), AccessReviewVerbs.Remove,
                    AccessReviewVerbs.Data(head.ResourceId, head.Cycle, page.Number, holder.Ticket), ActionStyle.Destructive),
            ]
            : []);
    }
}
