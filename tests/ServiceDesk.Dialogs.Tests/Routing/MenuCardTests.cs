using System.Net;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Tests.Routing;

public sealed class MenuCardTests
{
    [Theory]
    [InlineData("Jean Dupont", "Jean")]
    [InlineData("Dupont, Jean", "Jean")]
    [InlineData("  Marie-Hélène   Durand ", "Marie-Hélène")]
    [InlineData("Jean", "Jean")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void FirstName_TakesTheGivenName(string? name, string? expected)
    {
        Assert.Equal(expected, MenuCard.FirstName(name));
    }

    [Fact]
    public async Task Build_EnglishAndFrench_RenderWithTheOfficialRendererAndShowEveryText()
    {
        var languages = new[] { Texts.English, Texts.French };

        var reports = await CardRenderer.RenderAsync([.. languages.Select(t => MenuCard.Build(t, "Jean Dupont", t.Get(TextKeys.MenuReportIncidentNote)))]);

        for (var i = 0; i < languages.Length; i++)
        {
            var texts = languages[i];
            Assert.Null(reports[i].Error);
            Assert.Empty(reports[i].AllEvents);
            var html = WebUtility.HtmlDecode(reports[i].Html!);
            foreach (var key in new[]
            {
                TextKeys.WelcomeIntro, TextKeys.WelcomeReportIncidentTitle, TextKeys.WelcomeReportIncidentDescription,
                TextKeys.WelcomeRequestAccessTitle, TextKeys.WelcomeRequestAccessDescription, TextKeys.WelcomeMyTicketsTitle,
                TextKeys.WelcomeMyTicketsDescription, TextKeys.WelcomeAskQuestionTitle, TextKeys.WelcomeAskQuestionDescription,
                TextKeys.WelcomeHint, TextKeys.MenuReportIncidentNote,
            })
            {
                Assert.Contains(texts.Get(key), html, StringComparison.Ordinal);
            }

            Assert.Contains(texts.Get(TextKeys.WelcomeGreeting, "Jean"), html, StringComparison.Ordinal);
        }
    }
}
