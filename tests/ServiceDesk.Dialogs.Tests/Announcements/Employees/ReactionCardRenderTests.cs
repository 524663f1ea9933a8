using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Localization;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements.Employees;

/// <summary>The cards an employee's click answers with (confirmation and counts), with the official renderer.</summary>
public sealed class ReactionCardRenderTests
{
    [Fact]
    public async Task Confirmation_cards_render_without_warnings_and_only_the_clicker_sees_the_counts()
    {
        var published = Published(French) with { Counts = new AnnouncementCounts(1234, 56) };
        var resolved = AnnouncementRules.Resolve(published, Agent, "Certificate renewed.", null, T0.AddHours(3)).Announcement;
        var cards = new List<AdaptiveCard>();
        foreach (var texts in new[] { Texts.English, Texts.French })
        {
            cards.Add(AnnouncementCard.Build(published, texts, TimeZoneInfo.Utc, confirmation: texts.Get(TextKeys.AnnouncementsEmployeeAffected)));
            cards.Add(AnnouncementCard.Build(resolved, texts, TimeZoneInfo.Utc, confirmation: texts.Get(TextKeys.AnnouncementsEmployeeOver)));
        }

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.All(reports, r =>
        {
            Assert.Null(r.Error);
            Assert.Empty(r.AllEvents);
        });
        Assert.Contains("1,234 affected so far", CardJson.Serialize(cards[0]), StringComparison.Ordinal);
        // The broadcast card (no confirmation) carries no counts: every recipient's copy is the same.
        Assert.DoesNotContain("affected so far", CardJson.Serialize(AnnouncementCard.Build(published, Texts.English, TimeZoneInfo.Utc)), StringComparison.Ordinal);
        Assert.DoesNotContain("affected so far", CardJson.Serialize(cards[1]), StringComparison.Ordinal);
    }
}
