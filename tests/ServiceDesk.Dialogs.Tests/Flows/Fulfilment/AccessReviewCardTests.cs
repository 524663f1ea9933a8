using System.Net;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.Fulfilment;

/// <summary>The owner's review card through the official renderer, in both languages: open, decided, finished, and a full page of long names.</summary>
public sealed class AccessReviewCardTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly AccessCatalogue Catalogue = AccessCatalogue.From(TestAccessCatalogue.Options());

    private static AccessReviewHead Head(int holders, int pages, bool finished = false) =>
        new("crm", 1, Start, Start.AddDays(14), [new TicketPerson("29:marie", "aad-marie", "Marie Martin")], holders, pages, CardsSent: true,
            KeptAllBy: finished ? "Marie Martin" : null, KeptAllAt: finished ? Start.AddDays(2) : null);

    private static AccessReviewPage Page(int number, int size, Func<int, AccessReviewHolder, AccessReviewHolder>? decide = null) =>
        new(number, [.. Enumerable.Range(1, size).Select(i =>
        {
            var holder = new AccessReviewHolder($"REQ-{(number - 1) * size + i:D6}", $"Maximilienne-Alexandrine de La Rochefoucauld <{i}>", "contribute", Start.AddDays(-i));
            return decide?.Invoke(i, holder) ?? holder;
        })]);

    [Theory]
    [InlineData("en-US", "Access review: CRM", "Keep all", "Removal decided by Marie Martin")]
    [InlineData("fr-FR", "Revue des accès : CRM", "Tout conserver", "Retrait décidé par Marie Martin")]
    public async Task ReviewCards_RenderWithoutWarnings_FitTeamsBudget_AndSayWhoDecided(string locale, string heading, string keepAll, string removed)
    {
        var texts = Texts.For(locale);
        var decided = Page(2, 3, (i, h) => i == 1 ? h with { Decision = ReviewDecision.Remove, DecidedBy = "Marie Martin", DecidedAt = Start.AddDays(1) } : h);
        var cards = new[]
        {
            AccessReviewCard.Build(Head(10_000, 400), Page(1, 25), Catalogue, texts, TimeZoneInfo.Utc),
            AccessReviewCard.Build(Head(10_000, 400), decided, Catalogue, texts, TimeZoneInfo.Utc, notice: texts.Count(AccessReviewTextKeys.Reminder, 9_999, "CRM", "x")),
            AccessReviewCard.Build(Head(1, 1, finished: true), Page(1, 1), Catalogue, texts, TimeZoneInfo.Utc),
        };

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.All(reports, r => Assert.Null(r.Error));
        Assert.All(reports, r => Assert.Empty(r.AllEvents));
        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c)));
        var html = reports.Select(r => WebUtility.HtmlDecode(r.Html!)).ToList();
        Assert.Contains(heading, html[0], StringComparison.Ordinal);
        Assert.Contains(keepAll, html[0], StringComparison.Ordinal);
        Assert.Contains("Maximilienne-Alexandrine de La Rochefoucauld", html[0], StringComparison.Ordinal);
        Assert.Contains(removed, html[1], StringComparison.Ordinal);
        Assert.Contains(keepAll, html[2], StringComparison.Ordinal); // "kept with Keep all by …": said, no longer a button
        Assert.DoesNotContain(AccessReviewVerbs.KeepAll, CardJson.Serialize(cards[2]), StringComparison.Ordinal);
        Assert.DoesNotContain(AccessReviewVerbs.Remove, CardJson.Serialize(cards[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void ADecidedHolder_HasNoButtons_AndTheLastPageHasNoNext()
    {
        var texts = Texts.English;
        var page = Page(3, 2, (i, h) => i == 1 ? h with { Decision = ReviewDecision.Keep, DecidedBy = "Marie Martin", DecidedAt = Start } : h);

        var json = CardJson.Serialize(AccessReviewCard.Build(Head(6, 3), page, Catalogue, texts, TimeZoneInfo.Utc));
        var open = CardJson.Serialize(AccessReviewCard.Build(Head(6, 3), Page(3, 2), Catalogue, texts, TimeZoneInfo.Utc));

        var remove = $"\"verb\":\"{AccessReviewVerbs.Remove}\"";
        Assert.True(Occurrences(json, remove) > 0);
        Assert.Equal(2 * Occurrences(json, remove), Occurrences(open, remove));
        Assert.Contains("Kept by Marie Martin", json, StringComparison.Ordinal);
        Assert.Contains(texts.Get(AccessReviewTextKeys.Previous), json, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(AccessReviewTextKeys.Next), json, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
