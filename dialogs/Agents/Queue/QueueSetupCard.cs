using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>The card posted in a channel when the bot joins a team, and the confirmation that replaces it.</summary>
internal static class QueueSetupCard
{
    /// <summary>"Use this channel for tickets" with the choice of tickets (every ticket, one incident category, access requests).</summary>
    public static AdaptiveCard Build(
        IncidentCatalogue catalogue, Texts texts, string? notice = null, int waiting = 0, IReadOnlyList<DirectoryPermissionGap>? missing = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(texts.Get(TextKeys.QueueSetupTitle)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(texts.Get(TextKeys.QueueSetupIntro)) { Wrap = true },
            new ChoiceSetInput(Choices(catalogue, texts))
            {
                Id = QueueVerbs.CategoryField,
                Label = texts.Get(TextKeys.QueueSetupCategoryLabel),
                Style = ChoiceInputStyle.Compact,
                // Not required: a missing choice means every ticket (the default shown).
                Value = QueueCategories.All,
            },
            new TextBlock(texts.Get(TextKeys.QueueSetupOwnersOnly)) { IsSubtle = true, Wrap = true, Size = TextSize.Small },
        };
        if (waiting > 0)
        {
            body.Insert(2, new TextBlock(texts.Count(CountKeys.QueueUnroutedWaiting, waiting)) { Weight = TextWeight.Bolder, Wrap = true });
        }

        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Weight = TextWeight.Bolder, Wrap = true });
        }

        body.AddRange(Permissions(missing ?? [], texts));

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                CardActions.Execute(texts.Get(TextKeys.QueueSetupUse), QueueVerbs.Use, new JsonObject(), ActionStyle.Positive),
                CardActions.Execute(texts.Get(TextKeys.AnnouncementsChannelUse), Announcements.AnnouncementVerbs.UseChannel, new JsonObject()),
            ],
            FallbackText = texts.Get(TextKeys.QueueSetupFallback),
        };
    }

    /// <summary>What the channel now receives and who chose it; no buttons.</summary>
    public static AdaptiveCard Done(QueueSetting setting, IncidentCatalogue catalogue, Texts texts, int posted = 0)
    {
        var what = Describe(setting.Category, catalogue, texts);
        var who = CardText.Literal(setting.SetByName ?? setting.SetById ?? "?");
        var done = texts.Get(TextKeys.QueueSetupDone, what, who);
        var body = new List<CardElement>
        {
            new TextBlock("✅ " + texts.Get(TextKeys.QueueSetupDoneTitle)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(done) { Wrap = true },
        };
        if (posted > 0)
        {
            body.Add(new TextBlock(texts.Count(CountKeys.QueueUnroutedPosted, posted)) { Weight = TextWeight.Bolder, Wrap = true });
        }

        body.Add(new TextBlock(texts.Get(TextKeys.QueueSetupDoneAgents)) { IsSubtle = true, Wrap = true });
        return new AdaptiveCard { Body = body, FallbackText = done };
    }

    /// <summary>"All tickets", "Incidents: Network", "Access requests to fulfil".</summary>
    public static string Describe(string? category, IncidentCatalogue catalogue, Texts texts) => category switch
    {
        null => texts.Get(TextKeys.QueueSetupAll),
        QueueCategories.AccessRequests => texts.Get(TextKeys.QueueSetupAccess),
        QueueCategories.SoftwareRequests => texts.Get(TextKeys.CatalogueQueueSoftware),
        QueueCategories.HardwareRequests => texts.Get(TextKeys.CatalogueQueueHardware),
        QueueCategories.NewStarters => texts.Get(TextKeys.CatalogueQueueNewStarters),
        _ => texts.Get(TextKeys.QueueSetupIncidents, catalogue.Find(category)?.NameIn(texts.Language) ?? category),
    };

    /// <summary>Each directory feature a missing Graph permission turned off, what happens instead, and how to grant it.</summary>
    private static IEnumerable<CardElement> Permissions(IReadOnlyList<DirectoryPermissionGap> missing, Texts texts)
    {
        foreach (var gap in missing)
        {
            var instead = texts.Get(gap.Feature switch
            {
                DirectoryFeature.GroupOwners => TextKeys.GraphSetupGroupOwners,
                DirectoryFeature.GroupMembership => TextKeys.GraphSetupGroupMembership,
                DirectoryFeature.Leavers => Flows.Fulfilment.LeaverTextKeys.Setup,
                DirectoryFeature.AppInstallation => TextKeys.GraphSetupAppInstallation,
                _ => TextKeys.GraphSetupPeople,
            });
            yield return new TextBlock(texts.Get(TextKeys.GraphSetupMissing, gap.Permission, instead)) { Weight = TextWeight.Bolder, Wrap = true };
        }

        if (missing.Count > 0)
        {
            yield return new TextBlock(texts.Get(TextKeys.GraphSetupConsent)) { IsSubtle = true, Wrap = true, Size = TextSize.Small };
        }
    }

    private static List<Choice> Choices(IncidentCatalogue catalogue, Texts texts)
    {
        var choices = new List<Choice> { new(texts.Get(TextKeys.QueueSetupAll), QueueCategories.All) };
        choices.AddRange(catalogue.Categories.Select(c => new Choice(Describe(c.Id.ToLowerInvariant(), catalogue, texts), c.Id.ToLowerInvariant())));
        choices.Add(new Choice(texts.Get(TextKeys.QueueSetupAccess), QueueCategories.AccessRequests));
        choices.AddRange(QueueCategories.Requests.Skip(1).Select(c => new Choice(Describe(c, catalogue, texts), c)));
        return choices;
    }
}
