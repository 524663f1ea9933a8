using System.Net;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>The new access cards ("Did you mean …?", not in the catalogue, the summary with its Change buttons) through the official renderer.</summary>
public sealed class AccessRequestCardsRenderTests
{
    [Fact]
    public async Task DidYouMean_NotFound_AndSummary_RenderWithoutWarnings()
    {
        var h = new AccessHarness(ShippedAccessCatalogue.Options());
        var cards = new List<AdaptiveCard>();
        await h.TypeAsync("en-US", "I need access to sharepoint");
        cards.Add(h.LastCard!);
        var missing = new AccessHarness(ShippedAccessCatalogue.Options());
        await missing.TypeAsync("fr-FR", "accès à Jira");
        cards.Add(missing.LastCard!);
        var summary = new AccessHarness(ShippedAccessCatalogue.Options());
        await summary.TypeAsync("en-US", "read only access to the finance share until March 31 because I joined the budget team");
        cards.Add(summary.LastCard!);

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.All(reports, r => Assert.Null(r.Error));
        Assert.All(reports, r => Assert.Empty(r.AllEvents));
        var html = reports.Select(r => WebUtility.HtmlDecode(r.Html!)).ToList();
        Assert.Contains("None of these", html[0], StringComparison.Ordinal);
        Assert.Contains("Parler à quelqu'un", html[1], StringComparison.Ordinal);
        Assert.Contains("Change reason", html[2], StringComparison.Ordinal);
        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c)));
    }
}
