using System.Text.Json;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>The welcome menu offers every request the bot can take: software, hardware and a new starter behind "More requests".</summary>
public sealed class MenuRequestButtonsTests
{
    private readonly AccessHarness _h = new();

    [Theory]
    [InlineData("en-US", "More requests", "Software", "Hardware", "New starter", "Ask a question")]
    [InlineData("fr-FR", "Autres demandes", "Logiciel", "Matériel", "Nouvel arrivant", "Poser une question")]
    public async Task The_menu_keeps_four_buttons_and_puts_the_other_requests_behind_more(string locale, string more, params string[] behind)
    {
        var menu = RouterHarness.LastCard(await _h.TypeAsync(locale, "menu"));

        Assert.Equal(4, menu.Actions!.Count);
        var overflow = Assert.IsType<ShowCardAction>(menu.Actions[^1]);
        Assert.Equal(more, overflow.Title);
        var hidden = overflow.Card.Body.OfType<ActionSet>().SelectMany(s => s.Actions).Cast<ExecuteAction>().ToList();
        Assert.Equal(behind, hidden.Select(a => a.Title));
        Assert.Equal([MenuVerbs.RequestSoftware, MenuVerbs.RequestHardware, MenuVerbs.NewStarter, MenuVerbs.AskQuestion], hidden.Select(a => a.Verb));
        Assert.All(menu.Actions.Select(a => a.Title).Concat(hidden.Select(a => a.Title)), t => Assert.True(t!.Length <= 20, t));
    }

    [Theory]
    [InlineData(MenuVerbs.RequestSoftware, "en-US", "Which software do you need installed?")]
    [InlineData(MenuVerbs.RequestHardware, "fr-FR", "De quel matériel avez-vous besoin ?")]
    [InlineData(MenuVerbs.NewStarter, "fr-FR", "Qui arrive ?")]
    public async Task Each_request_button_opens_its_form(string verb, string locale, string firstQuestion)
    {
        var result = await _h.SendAsync(_h.Turn(AccessHarness.Jean, locale, null, new CardAction(verb, JsonSerializer.SerializeToElement(new { verb }), true)));

        Assert.Contains(firstQuestion, CardInspection.AllText(result.Invoke!.Card!), StringComparison.Ordinal);
    }
}
