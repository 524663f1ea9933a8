using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Localization;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements;

/// <summary>The employees' card, the agents' control card and the declare form, in both languages, with the official renderer.</summary>
public sealed class AnnouncementCardRenderTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    [Fact]
    public async Task Every_announcement_card_renders_without_warnings_in_english_and_french()
    {
        var published = AnnouncementRules.PostUpdate(Published(French), Agent, "Vendor **engaged**.", "Fournisseur contacté.", T0.AddHours(2), T0.AddMinutes(30)).Announcement
            with { Counts = new AnnouncementCounts(1234, 56) };
        var resolved = AnnouncementRules.Resolve(published, Agent, "Certificate renewed.", null, T0.AddHours(3)).Announcement;
        var cancelled = AnnouncementRules.Cancel(Published(), Agent, null, T0.AddHours(3)).Announcement;
        var problems = AnnouncementValidation.Check(new AnnouncementContent("", new AnnouncementText("", "x", "y"), new AnnouncementText("t", "", "z"), T0), T0);
        var cards = new List<AdaptiveCard>();
        foreach (var texts in new[] { Texts.English, Texts.French })
        {
            cards.Add(AnnouncementCard.Build(published, texts, Utc));
            cards.Add(AnnouncementCard.Build(Draft(), texts, Utc, preview: true));
            cards.Add(AnnouncementCard.Build(resolved, texts, Utc));
            cards.Add(AnnouncementCard.Build(cancelled, texts, Utc));
            cards.Add(AnnouncementControlCard.Build(published, new AnnouncementDelivery(9000, 950, 30, 20), texts, Utc));
            cards.Add(AnnouncementControlCard.Build(resolved, AnnouncementDelivery.None, texts, Utc, "Someone else resolved it."));
            cards.Add(AnnouncementDeclareCard.Build(texts));
            cards.Add(AnnouncementDeclareCard.Build(texts, Content(French), problems, Draft()));
            cards.Add(AnnouncementDeclareCard.Build(texts, Content(French), draft: Draft(), preview: AnnouncementCard.Build(Draft(), texts, Utc, preview: true), notice: "Changed by Bob.", ticket: "INC-000042", nextUpdateMinutes: 0));
            cards.Add(AnnouncementControlCard.Build(published, new AnnouncementDelivery(1, 2, 3, 4), texts, Utc, linked: [.. Enumerable.Range(1, 40).Select(n => new TicketNumber(TicketKind.Incident, n))]));
        }

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.Equal(cards.Count, reports.Count);
        Assert.All(reports, r =>
        {
            Assert.Null(r.Error);
            Assert.Empty(r.AllEvents);
        });
        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c)));
    }

    [Fact]
    public void The_employee_card_speaks_the_readers_language_and_offers_the_two_buttons_while_published()
    {
        var english = CardJson.Serialize(AnnouncementCard.Build(Published(), Texts.French, Utc));
        var french = CardJson.Serialize(AnnouncementCard.Build(Published(French), Texts.French, Utc));
        var resolved = AnnouncementCard.Build(AnnouncementRules.Resolve(Published(), Agent, null, null, T0.AddHours(1)).Announcement, Texts.English, Utc);

        // No French text: the author's English text, French labels; user text stays literal (no markdown, no HTML).
        Assert.Contains(@"VPN down \\*everywhere\\*", english, StringComparison.Ordinal);
        Assert.Contains("Ce que voient les utilisateurs", english, StringComparison.Ordinal);
        Assert.Contains("VPN en panne", french, StringComparison.Ordinal);
        foreach (var verb in new[] { AnnouncementVerbs.Affected, AnnouncementVerbs.Acknowledge })
        {
            Assert.Contains($"\"verb\":\"{verb}\",\"announcement\":\"MAJ-000012\",\"version\":2", french, StringComparison.Ordinal);
        }

        Assert.Empty(resolved.Actions ?? []);
        Assert.Contains("Service restored: ", CardJson.Serialize(resolved), StringComparison.Ordinal);
    }

    [Fact]
    public void The_control_card_shows_the_delivery_counts_and_only_a_published_announcement_has_buttons()
    {
        var control = AnnouncementControlCard.Build(Published(), new AnnouncementDelivery(9000, 950, 30, 20), Texts.English, Utc);
        var json = CardJson.Serialize(control);

        Assert.Equal(4, control.Actions!.Count);
        foreach (var value in new[] { "9,000", "950", "30", "20" })
        {
            Assert.Contains($"\"value\":\"{value}\"", json, StringComparison.Ordinal);
        }

        Assert.Contains(AnnouncementVerbs.Resolve, json, StringComparison.Ordinal);
        Assert.Empty(AnnouncementControlCard.Build(AnnouncementRules.Cancel(Published(), Agent, null, T0.AddHours(1)).Announcement, AnnouncementDelivery.None, Texts.English, Utc).Actions ?? []);
    }

    [Theory]
    [InlineData('<', 1)] // ASCII that the card escapes (\<, 3 bytes in JSON): every field at its character limit
    [InlineData('é', 1)] // 2 bytes a character, still within the text budget at every limit
    [InlineData('語', 2)] // 3 bytes a character: half of every limit is close to the 28 KB text budget
    public void The_worst_case_announcement_accepted_by_validation_stays_under_the_card_budget(char c, int divisor)
    {
        string Fill(int limit) => new(c, limit / divisor);
        var text = new AnnouncementText(Fill(AnnouncementValidation.TitleMax), Fill(AnnouncementValidation.WhatUsersSeeMax), Fill(AnnouncementValidation.ImpactMax - 2_000));
        var content = new AnnouncementContent(Fill(AnnouncementValidation.ServiceMax), text, text, T0.AddHours(1));
        var update = Fill(AnnouncementValidation.UpdateTextMax);
        Assert.Empty(AnnouncementValidation.Check(content, T0));
        Assert.Empty(AnnouncementValidation.CheckUpdate(content, update, update, required: true, null, T0));
        var announcement = AnnouncementRules.PostUpdate(AnnouncementRules.Publish(Announcement.NewDraft("MAJ-000001", content, Agent, T0), T0).Announcement, Agent, update, update, T0.AddHours(2), T0.AddMinutes(1)).Announcement;

        foreach (var texts in new[] { Texts.English, Texts.French })
        {
            var sizes = new[]
            {
                CardJson.Utf8Size(AnnouncementCard.Build(announcement, texts, Utc)),
                CardJson.Utf8Size(AnnouncementControlCard.Build(announcement, AnnouncementDelivery.None, texts, Utc)),
                CardJson.Utf8Size(AnnouncementDeclareCard.Build(texts, content, AnnouncementValidation.Check(content, T0), announcement)),
            };
            Assert.All(sizes, size => Assert.InRange(size, 10_000, CardJson.BudgetBytes));
        }
    }
}
