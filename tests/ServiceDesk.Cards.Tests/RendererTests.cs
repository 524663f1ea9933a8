using ServiceDesk.Cards;
using ServiceDesk.TestKit;

namespace ServiceDesk.Cards.Tests;

/// <summary>The cards as the official Adaptive Cards renderer (npm adaptivecards 3.0.6) parses, validates and renders them.</summary>
public sealed class RendererTests
{
    [Fact]
    public async Task WelcomeCards_EnglishAndFrench_RenderWithoutErrorsAndShowTheirTexts()
    {
        var views = new[] { SampleCards.EnglishWelcome, SampleCards.FrenchWelcome };

        var reports = await CardRenderer.RenderAsync([.. views.Select(WelcomeCard.Build)]);

        for (var i = 0; i < views.Length; i++)
        {
            AssertClean(reports[i]);
            var html = System.Net.WebUtility.HtmlDecode(reports[i].Html!);
            Assert.Contains(views[i].Greeting, html, StringComparison.Ordinal);
            Assert.Contains(views[i].Hint, html, StringComparison.Ordinal);
            Assert.All(views[i].Options, o =>
            {
                Assert.Contains(o.Title, html, StringComparison.Ordinal);
                Assert.Contains(o.Description, html, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task EveryElementCard_RendersWithoutErrors()
    {
        var reports = await CardRenderer.RenderAsync([SampleCards.EveryElement()]);

        var report = Assert.Single(reports);
        AssertClean(report);
        var html = System.Net.WebUtility.HtmlDecode(report.Html!);
        foreach (var text in new[] { "Every element", "Rich run", "INC-000123", "Inside a container", "Column text", "Title", "Just me", "Temporary access", "Take it", "Reject…" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        Assert.Contains("<input", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"A cat\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renderer_ReportsErrors_ForACardItCannotAccept()
    {
        // Guards the guard: a required input without label or error message must be reported.
        var card = new AdaptiveCard { Body = [new TextInput { Id = "x", IsRequired = true }] };

        var report = Assert.Single(await CardRenderer.RenderAsync([card]));

        Assert.Contains(report.AllEvents, e => e.Event == "RequiredInputsShouldHaveLabel");
    }

    private static void AssertClean(RenderReport report)
    {
        Assert.Null(report.Error);
        Assert.Empty(report.AllEvents);
        Assert.True(report.Rendered);
        Assert.Equal("1.5", report.Version);
    }
}
