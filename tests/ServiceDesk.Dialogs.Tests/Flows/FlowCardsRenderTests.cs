using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows;

/// <summary>Every card the employee flows show, in both languages, parses and renders with the official renderer.</summary>
public sealed class FlowCardsRenderTests
{
    [Fact]
    public async Task IncidentAndTicketCards_RenderWithoutWarnings_InEnglishAndFrench()
    {
        var cards = new List<AdaptiveCard>();
        foreach (var locale in new[] { "en-US", "fr-FR" })
        {
            var harness = new RouterHarness().WithIncidentFlow();
            var script = new ConversationScript(harness, locale);
            foreach (var line in new[] { "press: menu.reportIncident", "type: 3", "type: **Outlook** <b>crash</b>", "type: Outlook closes.", "type: 1", "type: 3", "press: incident.create" })
            {
                var result = await script.DoAsync(line);
                cards.AddRange(result.Replies.Select(r => r.Card).OfType<AdaptiveCard>());
                if (result.Invoke?.Card is { } invoked)
                {
                    cards.Add(invoked);
                }
            }

            cards.Add(RouterHarness.LastCard(await script.DoAsync("type: status INC-000001")));
            cards.Add(RouterHarness.LastCard(await script.DoAsync("type: " + (locale == "en-US" ? "my tickets" : "mes tickets"))));
            cards.Add(RouterHarness.LastCard(await script.DoAsync("type: how do I reset my password?")));
        }

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.True(cards.Count >= 20, $"only {cards.Count} cards");
        Assert.All(reports, r =>
        {
            Assert.Null(r.Error);
            Assert.Empty(r.AllEvents);
        });
        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c)));
    }
}
