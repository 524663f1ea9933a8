using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Dialogs.Tests.Conversation;

/// <summary>
/// A knowledge base of a few articles: a query hits an article when it contains one of its keywords, with a middling
/// relevance (0.5); the disk article's keyword is a clear match (0.9, <see cref="KnowledgeRelevance.SolveFirst"/>).
/// </summary>
internal sealed class FakeKnowledge : IKnowledgeSearch
{
    private static readonly (string Keyword, KnowledgeArticle Article)[] Articles =
    [
        ("password", Article("password-reset", "en", "Reset your password", "1. Go to https://aka.ms/sspr\n2. Follow the steps.")),
        ("mot de passe", Article("password-reset", "fr", "Réinitialiser votre mot de passe", "1. Allez sur https://aka.ms/sspr\n2. Suivez les étapes.")),
        ("outlook", Article("outlook-crash", "en", "Outlook closes on start", "Start Outlook in safe mode: outlook.exe /safe.")),
        ("outlook", Article("outlook-crash", "fr", "Outlook se ferme au démarrage", "Démarrez Outlook en mode sans échec : outlook.exe /safe.")),
        ("vpn", Article("vpn-connect", "en", "Connect to the VPN", "Open the VPN client and sign in.")),
        ("vpn", Article("vpn-connect", "fr", "Se connecter au VPN", "Ouvrez le client VPN et connectez-vous.")),
        ("disk", Article("disk-full", "en", "Disk full", "1. Open Settings, System, Storage.\n2. Turn on Storage Sense.")),
        ("disque", Article("disk-full", "fr", "Disque plein", "1. Ouvrez Paramètres, Système, Stockage.")),
    ];

    private static double Relevance(string keyword) => keyword.StartsWith("dis", StringComparison.Ordinal) ? 0.9 : 0.5;

    public List<string> Queries { get; } = [];

    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, string language, int top, CancellationToken cancellationToken)
    {
        Queries.Add(query);
        var hits = Articles
            .Where(a => a.Article.Language == language && query.Contains(a.Keyword, StringComparison.OrdinalIgnoreCase))
            .Select(a => new KnowledgeHit(a.Article.Id, a.Article.Title, a.Article.Body, Relevance(a.Keyword), a.Article.Service, a.Article.Source, a.Article.Language))
            .DistinctBy(h => h.ArticleId)
            .Take(top)
            .ToList();
        return Task.FromResult<IReadOnlyList<KnowledgeHit>>(hits);
    }

    public Task<KnowledgeArticle?> GetArticleAsync(string articleId, string language, CancellationToken cancellationToken) =>
        Task.FromResult(Articles.Select(a => a.Article).FirstOrDefault(a => a.Id == articleId && a.Language == language));

    private static KnowledgeArticle Article(string id, string language, string title, string body) =>
        new(id, language, title, [], "it", new DateOnly(2026, 1, 1), body, $"{language}/{id}.md");
}
