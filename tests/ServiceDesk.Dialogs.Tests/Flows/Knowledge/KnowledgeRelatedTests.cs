using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Tests.Conversation;

namespace ServiceDesk.Dialogs.Tests.Flows.Knowledge;

/// <summary>
/// Articles offered beside the answer ("Other articles that may help") when they score close to it, never when far
/// behind; a near miss's "Maybe one of these?"; a click on one shows that article; a rejected article is never offered.
/// </summary>
public sealed class KnowledgeRelatedTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    private static readonly KnowledgeArticle Troubleshoot = Article("vpn-troubleshoot", "VPN will not connect", "Restart the VPN client.");
    private static readonly KnowledgeArticle Connect = Article("vpn-connect", "Connect to the VPN", "Open the VPN client and sign in.");
    private static readonly KnowledgeArticle Wifi = Article("wifi-connect", "Office Wi-Fi", "Pick the CORP network.");

    [Fact]
    public async Task Related_ShownWhenItScoresCloseToTheAnswer_NotWhenFarBehind()
    {
        _harness.Search = new ScoredKnowledge((Troubleshoot, 0.8), (Connect, 0.6), (Wifi, 0.42));

        var shown = ConversationScript.Text(await new ConversationScript(_harness, "en-US").DoAsync("type: how do I connect to the vpn?"));

        Assert.Contains("VPN will not connect", shown, StringComparison.Ordinal);
        Assert.Contains("Other articles that may help: | (Connect to the VPN)", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Office Wi-Fi", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Related_NotShown_WhenEveryOtherArticleIsFarBehind_EvenOverTheThreshold()
    {
        _harness.Search = new ScoredKnowledge((Troubleshoot, 0.95), (Connect, 0.55), (Wifi, 0.45));

        var shown = ConversationScript.Text(await new ConversationScript(_harness, "fr-FR").DoAsync("type: comment me connecter au vpn ?"));

        Assert.Contains("VPN will not connect", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("D'autres articles", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Connect to the VPN", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickingARelatedArticle_ShowsIt_AndItsYesIsADeflectionOfThatArticle()
    {
        _harness.Search = new ScoredKnowledge((Troubleshoot, 0.7), (Connect, 0.65));
        var script = new ConversationScript(_harness, "en-US");

        await script.PlayAsync(
            ("type: how do I connect to the vpn?", "(Connect to the VPN)"),
            ("press: kb.open {\"articleId\": \"vpn-connect\"}", "Connect to the VPN | Open the VPN client and sign in."),
            ("press: kb.helpful", "Great, thanks for letting me know!"));

        var deflection = Assert.Single(_harness.Deflections.Recorded);
        Assert.Equal(("vpn-connect", true), (deflection.ArticleId, deflection.Helpful));
    }

    [Fact]
    public async Task ARejectedArticle_IsNeverOfferedAgainAsRelated()
    {
        _harness.Search = new ScoredKnowledge((Troubleshoot, 0.7), (Connect, 0.65));
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: how do I connect to the vpn?", "(Connect to the VPN)"),
            ("press: kb.open {\"articleId\": \"vpn-connect\"}", "Open the VPN client and sign in."),
            ("type: no", "Sorry that didn't help."));

        var again = ConversationScript.Text(await script.DoAsync("type: how do I get on the vpn?"));

        Assert.Contains("VPN will not connect", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Connect to the VPN", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "how do I set up the vpn for a contractor?", "I don't have a sure answer to that one. | Maybe one of these? | I can open a ticket", "(Connect to the VPN) | (VPN will not connect) | (Open a ticket)")]
    [InlineData("fr-FR", "comment installer le vpn pour un prestataire ?", "Je n'ai pas de réponse sûre à cette question. | Peut-être l'un de ces articles ? | Je peux ouvrir un ticket", "(Connect to the VPN) | (VPN will not connect) | (Ouvrir un ticket)")]
    public async Task NearMiss_OffersTheNearestArticles_AndATicket_AndAClickShowsOne(string locale, string question, string lines, string buttons)
    {
        _harness.NearMiss = 0.45;
        _harness.Search = new ScoredKnowledge((Connect, 0.48), (Troubleshoot, 0.46), (Wifi, 0.3));
        var script = new ConversationScript(_harness, locale);

        var shown = ConversationScript.Text(await script.DoAsync("type: " + question));

        Assert.Contains(lines, shown, StringComparison.Ordinal);
        Assert.Contains(buttons, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Office Wi-Fi", shown, StringComparison.Ordinal);
        await script.PlayAsync(("press: kb.open {\"articleId\": \"vpn-troubleshoot\"}", "VPN will not connect | Restart the VPN client."));
    }

    [Fact]
    public async Task UnderTheNearMissBar_IsTheHonestIDontKnow()
    {
        _harness.NearMiss = 0.45;
        _harness.Search = new ScoredKnowledge((Connect, 0.44), (Troubleshoot, 0.43));

        var shown = ConversationScript.Text(await new ConversationScript(_harness, "en-US").DoAsync("type: how do I set up the vpn for a contractor?"));

        Assert.Contains("I don't know the answer to that one.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Connect to the VPN", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NearMiss_IsOffByDefault()
    {
        _harness.Search = new ScoredKnowledge((Connect, 0.49), (Troubleshoot, 0.48));

        var shown = ConversationScript.Text(await new ConversationScript(_harness, "en-US").DoAsync("type: how do I set up the vpn for a contractor?"));

        Assert.Contains("I don't know the answer to that one.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Connect to the VPN", shown, StringComparison.Ordinal);
    }

    private static KnowledgeArticle Article(string id, string title, string body) =>
        new(id, "en", title, [], "network", new DateOnly(2026, 1, 1), body, $"en/{id}.md");

    /// <summary>Every question finds the same articles with the given scores; the threshold is 0.5, near ones from the floor asked for.</summary>
    private sealed class ScoredKnowledge(params (KnowledgeArticle Article, double Score)[] scored) : IKnowledgeSearch
    {
        private const double Threshold = 0.5;

        public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, string language, int top, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<KnowledgeHit>>([.. Hits(Threshold, double.MaxValue).Take(top)]);

        public Task<KnowledgeResults> SearchNearAsync(string query, string language, int top, double floor, CancellationToken cancellationToken) =>
            Task.FromResult(new KnowledgeResults([.. Hits(Threshold, double.MaxValue).Take(top)], [.. Hits(floor, Threshold).Take(top)]));

        public Task<KnowledgeArticle?> GetArticleAsync(string articleId, string language, CancellationToken cancellationToken) =>
            Task.FromResult(scored.Select(s => s.Article).FirstOrDefault(a => a.Id == articleId));

        private IEnumerable<KnowledgeHit> Hits(double from, double under) => scored
            .Where(s => s.Score >= from && s.Score < under)
            .OrderByDescending(s => s.Score)
            .Select(s => new KnowledgeHit(s.Article.Id, s.Article.Title, s.Article.Body, s.Score, s.Article.Service, s.Article.Source, s.Article.Language));
    }
}
