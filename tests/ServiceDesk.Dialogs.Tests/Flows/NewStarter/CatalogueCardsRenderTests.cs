using System.Net;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

namespace ServiceDesk.Dialogs.Tests.Flows.NewStarter;

/// <summary>
/// The catalogue's new cards through the official renderer, in both languages: every step of a software request and
/// of a new starter's request, the item approval card and the agents' fulfilment card.
/// </summary>
public sealed class CatalogueCardsRenderTests
{
    [Theory]
    [InlineData("en-US", "please install some software", "Visual Studio Code", "new starter", "Who is starting?")]
    [InlineData("fr-FR", "je voudrais faire installer un logiciel", "Visual Studio Code", "demande pour un nouvel arrivant", "Qui arrive ?")]
    public async Task EveryStep_AndTheCardsSentToOthers_RenderWithoutWarnings(string locale, string software, string listed, string starter, string who)
    {
        var fr = locale.StartsWith("fr", StringComparison.Ordinal);
        var cards = new List<AdaptiveCard>();
        var h = new AccessHarness(ShippedAccessCatalogue.Options()) { Queue = new FakeAgentQueue() };
        await h.TypeAsync(locale, software);
        cards.Add(h.LastCard!);
        await h.TypeAsync(locale, "visio");
        cards.Add(h.LastCard!);
        await h.TypeAsync(locale, fr ? "Je dessine les schémas réseau du nouveau bureau." : "I draw the network diagrams of the new office.");
        cards.Add(h.LastCard!);

        var s = new AccessHarness(ShippedAccessCatalogue.Options()) { Queue = new FakeAgentQueue() };
        await s.TypeAsync(locale, starter);
        cards.Add(s.LastCard!);
        await s.TypeAsync(locale, "Julie Martin");
        cards.Add(s.LastCard!);
        await s.TypeAsync(locale, fr ? "lundi prochain" : "next monday");
        cards.Add(s.LastCard!);
        await s.TypeAsync(locale, fr ? "CRM, un ordinateur portable" : "CRM, a laptop");
        cards.Add(s.LastCard!);
        await s.TypeAsync(locale, fr ? "oui" : "yes");
        cards.Add(s.LastCard!);
        cards.AddRange(s.Tickets.Outbox.Select(d => OutboxMessage.Card(d.Payload)).OfType<AdaptiveCard>());

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.All(reports, r => Assert.Null(r.Error));
        Assert.All(reports, r => Assert.Empty(r.AllEvents));
        var html = reports.Select(r => WebUtility.HtmlDecode(r.Html!)).ToList();
        Assert.Contains(listed, html[0], StringComparison.Ordinal);
        Assert.Contains(who, html[3], StringComparison.Ordinal);
        Assert.Contains(s.Tickets.Outbox, d => d.Purpose == AccessOutbox.ApprovalCardPurpose);
        Assert.Contains(s.Tickets.Outbox, d => d.Purpose == QueueOutbox.NewThreadPurpose);
        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c)));
    }
}
