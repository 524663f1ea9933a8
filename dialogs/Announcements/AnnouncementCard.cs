using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// The card every employee reads (1:1 chat and announcements channel), in the reader's language: the author's French
/// text when there is one, the English text with French labels otherwise. Published: the outage, the latest update and
/// "I'm affected too" / "Acknowledge"; resolved or cancelled: a short notice that replaces it in place.
/// </summary>
internal static class AnnouncementCard
{
    /// <param name="confirmation">
    /// For one reader's invoke answer only (an employee's click): what their click did, shown above the outage with the
    /// counts. Broadcast cards carry neither, so every recipient's card is the same.
    /// </param>
    /// <param name="used">The reaction this reader has just given: its button is gone from their card.</param>
    /// <param name="reader">
    /// A card shown to one person (on request, or their click's answer): Teams asks for it again whenever they look at it
    /// (<see cref="AnnouncementVerbs.Refresh"/>), so it turns resolved or withdrawn like the cards updated in place.
    /// </param>
    public static AdaptiveCard Build(
        Announcement announcement, Texts texts, TimeZoneInfo zone, bool preview = false, string? confirmation = null,
        AnnouncementReactionKind? used = null, string? reader = null)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var card = announcement.Status switch
        {
            AnnouncementStatus.Resolved => Resolved(announcement, texts, zone),
            AnnouncementStatus.Cancelled => Withdrawn(announcement, texts),
            _ => Ongoing(announcement, texts, zone, preview, used),
        };
        if (reader is not null && announcement.IsActive && !preview)
        {
            var data = new JsonObject { [AnnouncementVerbs.IdField] = announcement.Id };
            card = card with { Refresh = new CardRefresh(CardActions.Execute(texts.Get(TextKeys.AnnouncementsCardRefresh), AnnouncementVerbs.Refresh, data), [reader]) };
        }

        return confirmation is null ? card : card with { Body = [Confirmation(announcement, texts, confirmation), .. card.Body] };
    }

    private static Container Confirmation(Announcement announcement, Texts texts, string confirmation)
    {
        var items = new List<CardElement> { new TextBlock(CardText.Literal(confirmation)) { Wrap = true, Weight = TextWeight.Bolder } };
        if (announcement.IsActive)
        {
            var counts = announcement.Counts;
            items.Add(new TextBlock(texts.Get(TextKeys.AnnouncementsCardCounts, counts.Affected.ToString("N0", texts.Culture), counts.Acknowledged.ToString("N0", texts.Culture)))
            { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        }

        return new Container(items) { Style = ContainerStyle.Good };
    }

    /// <summary>A time in the reader's zone and culture ("UTC" said when it is UTC: the channel card is one for all).</summary>
    public static string When(DateTimeOffset instant, Texts texts, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("g", texts.Culture) + (zone == TimeZoneInfo.Utc ? " UTC" : string.Empty);

    public static string Status(Texts texts, AnnouncementStatus status) => texts.Get(status switch
    {
        AnnouncementStatus.Draft => TextKeys.AnnouncementsStatusDraft,
        AnnouncementStatus.Published => TextKeys.AnnouncementsStatusPublished,
        AnnouncementStatus.Resolved => TextKeys.AnnouncementsStatusResolved,
        _ => TextKeys.AnnouncementsStatusCancelled,
    });

    /// <summary>The outage's header, texts and facts, shared with the agents' control card.</summary>
    public static List<CardElement> Describe(Announcement announcement, Texts texts, TimeZoneInfo zone)
    {
        var text = announcement.Content.In(texts.Language);
        var service = CardText.Literal(announcement.Content.Service);
        var body = new List<CardElement>
        {
            new Container(
            [
                new TextBlock(texts.Get(TextKeys.AnnouncementsCardHeader, service)) { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(CardText.Literal(text.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.None },
            ]) { Style = Band(announcement.Status), Bleed = true },
            Labelled(texts.Get(TextKeys.AnnouncementsLabelWhatUsersSee), text.WhatUsersSee),
            Labelled(texts.Get(TextKeys.AnnouncementsLabelImpact), text.Impact),
        };
        if (announcement.LatestUpdate is { Kind: AnnouncementUpdateKind.Update } update && update.TextIn(texts.Language) is { } updateText)
        {
            body.Add(Labelled(texts.Get(TextKeys.AnnouncementsCardLatestUpdate, When(update.At, texts, zone)), updateText));
        }

        body.Add(new FactSet(
        [
            new(texts.Get(TextKeys.AnnouncementsLabelStatus), Status(texts, announcement.Status)),
            new(texts.Get(TextKeys.AnnouncementsLabelNextUpdate), announcement.Content.NextUpdateAt is { } next
                ? When(next, texts, zone)
                : texts.Get(TextKeys.AnnouncementsCardNoNextUpdate)),
        ]));
        return body;
    }

    private static AdaptiveCard Ongoing(Announcement announcement, Texts texts, TimeZoneInfo zone, bool preview, AnnouncementReactionKind? used)
    {
        var body = new List<CardElement>();
        if (preview)
        {
            body.Add(new Container([new TextBlock(texts.Get(TextKeys.AnnouncementsCardPreview)) { Wrap = true }]) { Style = ContainerStyle.Emphasis });
        }

        body.AddRange(Describe(announcement, texts, zone));
        var data = new JsonObject { [AnnouncementVerbs.IdField] = announcement.Id, [AnnouncementVerbs.VersionField] = announcement.Version };
        return new AdaptiveCard
        {
            Body = body,
            // A preview shows the buttons' absence rather than buttons that would act on a draft.
            Actions = preview ? [] :
            [
                .. used == AnnouncementReactionKind.Affected ? Array.Empty<AdaptiveAction>()
                    : [CardActions.Execute(texts.Get(TextKeys.AnnouncementsCardAffected), AnnouncementVerbs.Affected, data, ActionStyle.Positive)],
                .. used == AnnouncementReactionKind.Acknowledged ? Array.Empty<AdaptiveAction>()
                    : [CardActions.Execute(texts.Get(TextKeys.AnnouncementsCardAcknowledge), AnnouncementVerbs.Acknowledge, data)],
            ],
            FallbackText = Fallback(announcement, texts),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static AdaptiveCard Resolved(Announcement announcement, Texts texts, TimeZoneInfo zone)
    {
        // The service, not the outage's title: "Resolved: VPN is down" said the opposite of the news.
        var service = CardText.Literal(announcement.Content.Service);
        var body = new List<CardElement>
        {
            new TextBlock(texts.Get(TextKeys.AnnouncementsCardResolvedHeader, service)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(texts.Get(TextKeys.AnnouncementsCardResolvedText, CardText.Literal(announcement.Content.Service), When(announcement.ClosedAt ?? announcement.UpdatedAt, texts, zone))) { Wrap = true },
        };
        if (announcement.LatestUpdate is { Kind: AnnouncementUpdateKind.Resolved } resolution && resolution.TextIn(texts.Language) is { Length: > 0 } note)
        {
            body.Add(new TextBlock(CardText.Literal(note)) { Wrap = true, IsSubtle = true, MaxLines = 6 });
        }

        return new AdaptiveCard { Body = body, FallbackText = texts.Get(TextKeys.AnnouncementsCardResolvedHeader, announcement.Content.Service) };
    }

    private static AdaptiveCard Withdrawn(Announcement announcement, Texts texts)
    {
        var title = announcement.Content.In(texts.Language).Title;
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(texts.Get(TextKeys.AnnouncementsCardWithdrawnHeader, CardText.Literal(title))) { Weight = TextWeight.Bolder, IsSubtle = true, Wrap = true },
                new TextBlock(texts.Get(TextKeys.AnnouncementsCardWithdrawnText, CardText.Literal(announcement.Content.Service))) { Wrap = true, IsSubtle = true },
            ],
            FallbackText = texts.Get(TextKeys.AnnouncementsCardWithdrawnHeader, title),
        };
    }

    /// <summary>The header's band: red while the outage lasts, green once resolved, plain once withdrawn.</summary>
    private static ContainerStyle Band(AnnouncementStatus status) => status switch
    {
        AnnouncementStatus.Resolved => ContainerStyle.Good,
        AnnouncementStatus.Cancelled => ContainerStyle.Emphasis,
        _ => ContainerStyle.Attention,
    };

    private static TextBlock Labelled(string label, string text) =>
        new($"**{label}**  \n{CardText.Literal(text)}") { Wrap = true };

    private static string Fallback(Announcement announcement, Texts texts) =>
        texts.Get(TextKeys.AnnouncementsCardFallback, announcement.Content.Service, announcement.Content.In(texts.Language).Title);
}
