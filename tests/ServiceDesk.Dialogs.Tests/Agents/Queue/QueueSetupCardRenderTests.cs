using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Agents.QueueSetup;

/// <summary>The setup card and its confirmation, in both languages, parse and render with the official renderer.</summary>
public sealed class QueueSetupCardRenderTests
{
    [Fact]
    public async Task Setup_and_confirmation_cards_render_without_warnings_in_english_and_french()
    {
        var catalogue = new IncidentCatalogue(Options.Create(TestCatalogue.Options));
        var channel = new ConversationReference("https://smba.example/", "19:c@thread.tacv2", "t", "msteams", ConversationKind.Channel, "28:bot", "19:t@thread.tacv2", "19:c@thread.tacv2");
        var cards = new List<AdaptiveCard>();
        foreach (var texts in new[] { Texts.English, Texts.French })
        {
            cards.Add(QueueSetupCard.Build(catalogue, texts));
            cards.Add(QueueSetupCard.Build(catalogue, texts, texts.Get(TextKeys.QueueSetupUnknownCategory)));
            cards.Add(QueueSetupCard.Done(new QueueSetting(channel, "printing", "29:o", "**Ana** <b>Owner</b>", "en-US", DateTimeOffset.UnixEpoch), catalogue, texts));
        }

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.Equal(cards.Count, reports.Count);
        Assert.All(reports, r =>
        {
            Assert.Null(r.Error);
            Assert.Empty(r.AllEvents);
        });
        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c)));
        Assert.Contains(@"Chosen by \*\*Ana\*\* \<b\>Owner\</b\>", CardJson.Serialize(cards[2]).Replace(@"\\", @"\", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
