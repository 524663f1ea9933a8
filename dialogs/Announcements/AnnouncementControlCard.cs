using System.Globalization;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// The announcement as the agents' channel shows it: the outage, the delivery counts (queued, delivered, failed, not
/// reachable) and the reactions, with Post update / Resolve / Cancel while it is published. One card for every agent:
/// English and UTC, like the ticket cards of the channel. Every button carries the id and the version shown.
/// </summary>
internal static class AnnouncementControlCard
{
    private const int MaxLinkedShown = 30;

    public static AdaptiveCard Build(
        Announcement announcement, AnnouncementDelivery delivery, Texts texts, TimeZoneInfo zone, string? error = null, IReadOnlyList<Tickets.TicketNumber>? linked = null)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(delivery);
        var body = new List<CardElement>
        {
            new TextBlock($"{announcement.Id} · {Status(announcement, texts)}") { IsSubtle = true, Weight = TextWeight.Bolder },
        };
        body.AddRange(AnnouncementCard.Describe(announcement, texts, zone));
        body.Add(new TextBlock(texts.Get(TextKeys.AnnouncementsControlDelivery)) { Weight = TextWeight.Bolder, Separator = true });
        var audience = Audiences.AnnouncementAudiences.Describe(announcement, texts);
        List<Fact> facts =
        [
            new(texts.Get(TextKeys.AnnouncementsLabelAudience), announcement.AudienceSize is { } size ? texts.Count(AudienceCountKeys.Size, size, audience) : audience),
            new(texts.Get(TextKeys.AnnouncementsControlQueued), Number(delivery.Queued, texts)),
            new(texts.Get(TextKeys.AnnouncementsControlDelivered), Number(delivery.Delivered, texts)),
            new(texts.Get(TextKeys.AnnouncementsControlFailed), Number(delivery.Failed, texts)),
            new(texts.Get(TextKeys.AnnouncementsControlNotReachable), Number(delivery.NotReachable, texts)),
        ];
        if (announcement.Audience != AnnouncementAudience.Everyone)
        {
            // People who never opened the bot: the app installed for them, or why they could not get it (counted not reachable too).
            facts.Add(new(texts.Get(TextKeys.AudienceInstalled), Number(delivery.Installed, texts)));
            if (delivery.NotInstalled > 0)
            {
                facts.Add(new(texts.Get(TextKeys.AudienceNotInstalled), Number(delivery.NotInstalled, texts)));
            }
        }

        body.Add(new FactSet(facts));
        body.Add(new TextBlock(texts.Get(TextKeys.AnnouncementsControlReactions, Number(announcement.Counts.Affected, texts), Number(announcement.Counts.Acknowledged, texts))) { Wrap = true });
        if (linked is { Count: > 0 })
        {
            // The latest links matter most; a long list would push the card past its size budget.
            var shown = linked.Count > MaxLinkedShown ? [.. linked.Take(MaxLinkedShown).Select(n => n.ToString()), "…"] : linked.Select(n => n.ToString());
            body.Add(new TextBlock(texts.Get(TextKeys.AnnouncementsAgentsLinkedList, string.Join(", ", shown))) { Wrap = true, IsSubtle = true });
        }
        if (error is not null)
        {
            body.Add(new TextBlock(error) { Weight = TextWeight.Bolder, Wrap = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = announcement.Status == AnnouncementStatus.Published ? Buttons(announcement, texts) : [],
            FallbackText = texts.Get(TextKeys.AnnouncementsControlFallback, announcement.Id, announcement.Content.English.Title, Status(announcement, texts)),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>"Next update" as a choice of minutes from now; shared with the declare form.</summary>
    public static ChoiceSetInput NextUpdateChoice(Texts texts, int selected = 60) =>
        new([.. AnnouncementVerbs.NextUpdateMinutes.Select(m => new Choice(NextUpdateLabel(texts, m), m.ToString(CultureInfo.InvariantCulture)))])
        {
            Id = AnnouncementVerbs.NextUpdateInput,
            Label = texts.Get(TextKeys.AnnouncementsLabelNextUpdate),
            Style = ChoiceInputStyle.Compact,
            Value = selected.ToString(CultureInfo.InvariantCulture),
        };

    private static string NextUpdateLabel(Texts texts, int minutes) => minutes switch
    {
        0 => texts.Get(TextKeys.AnnouncementsNextUpdateNone),
        < 60 => texts.Get(TextKeys.AnnouncementsNextUpdateMinutes, minutes),
        60 => texts.Get(TextKeys.AnnouncementsNextUpdateHour),
        _ => texts.Get(TextKeys.AnnouncementsNextUpdateHours, minutes / 60),
    };

    private static List<AdaptiveAction> Buttons(Announcement announcement, Texts texts)
    {
        var data = new JsonObject { [AnnouncementVerbs.IdField] = announcement.Id, [AnnouncementVerbs.VersionField] = announcement.Version };
        ShowCardAction Form(string titleKey, string sendKey, string verb, ActionStyle? style, params CardElement[] inputs) =>
            new(new AdaptiveCard { Body = inputs, Actions = [CardActions.Execute(texts.Get(sendKey), verb, data, style)] }) { Title = texts.Get(titleKey) };

        var update = texts.Get(TextKeys.AnnouncementsLabelUpdateText);
        return
        [
            Form(TextKeys.AnnouncementsControlPostUpdate, TextKeys.AnnouncementsControlPostUpdateSend, AnnouncementVerbs.PostUpdate, ActionStyle.Positive,
                Text(AnnouncementVerbs.UpdateTextInput, update, AnnouncementValidation.UpdateTextMax, required: true, texts),
                Text(AnnouncementVerbs.UpdateTextFrenchInput, texts.Get(TextKeys.AnnouncementsLabelFrench, update), AnnouncementValidation.UpdateTextMax, required: false, texts),
                NextUpdateChoice(texts)),
            Form(TextKeys.AnnouncementsControlResolve, TextKeys.AnnouncementsControlResolveSend, AnnouncementVerbs.Resolve, ActionStyle.Positive,
                Text(AnnouncementVerbs.ResolutionInput, texts.Get(TextKeys.AnnouncementsLabelResolutionText), AnnouncementValidation.UpdateTextMax, required: false, texts)),
            Form(TextKeys.AnnouncementsAgentsLink, TextKeys.AnnouncementsAgentsLinkSend, AnnouncementVerbs.Link, null,
                new TextInput
                {
                    Id = AnnouncementVerbs.LinkTicketInput, Label = texts.Get(TextKeys.AnnouncementsAgentsLinkLabel), MaxLength = 20, IsRequired = true,
                    ErrorMessage = texts.Get(TextKeys.AnnouncementsAgentsLinkBadNumber),
                }),
            Form(TextKeys.AnnouncementsControlCancel, TextKeys.AnnouncementsControlCancelSend, AnnouncementVerbs.Cancel, ActionStyle.Destructive,
                Text(AnnouncementVerbs.CancelReasonInput, texts.Get(TextKeys.AnnouncementsLabelCancelReason), AnnouncementValidation.UpdateTextMax, required: false, texts)),
        ];
    }

    private static TextInput Text(string id, string label, int max, bool required, Texts texts) => new()
    {
        Id = id,
        Label = label,
        IsMultiline = true,
        MaxLength = max,
        IsRequired = required ? true : null,
        ErrorMessage = required ? texts.Get(TextKeys.AnnouncementsProblemEmpty, label) : null,
    };

    private static string Status(Announcement announcement, Texts texts) => AnnouncementCard.Status(texts, announcement.Status);

    private static string Number(int value, Texts texts) => value.ToString("N0", texts.Culture);
}
