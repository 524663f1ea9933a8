using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Knowledge.Search;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>
/// The per-article task model: the task a question asks (create, delete, change owner, share outside, …) read in both
/// languages, and an article that does not explain that task losing the answer to one that does, or to none.
/// </summary>
public sealed class ArticleTaskTests
{
    [Theory]
    [InlineData("how can I create a distribution list", "create")]
    [InlineData("set up a new team site for the project", "create")]
    [InlineData("je voudrais créer une liste de diffusion", "create")]
    [InlineData("how do I remove a member from the group", "delete")]
    [InlineData("comment supprimer un canal dans teams", "delete")]
    [InlineData("can I rename the team channel", "rename")]
    [InlineData("comment renommer un dossier partagé", "rename")]
    [InlineData("who can transfer ownership of the group to me", "change-owner")]
    [InlineData("I need to change the group owner", "change-owner")]
    [InlineData("changer le propriétaire du groupe", "change-owner")]
    [InlineData("how do I share a folder with a supplier", "share-outside")]
    [InlineData("partager un fichier avec un partenaire externe", "share-outside")]
    [InlineData("restore a previous version of the wiki", "recover")]
    [InlineData("récupérer un message effacé", "recover")]
    [InlineData("how to download the client on my mac", "install")]
    [InlineData("comment télécharger le client", "install")]
    [InlineData("encrypt my external disk", "encrypt")]
    [InlineData("je veux chiffrer mon disque externe", "encrypt")]
    [InlineData("forward my messages automatically to my assistant", "auto-forward")]
    [InlineData("rediriger mes messages automatiquement", "auto-forward")]
    [InlineData("use teams on my personal tablet", "personal-device")]
    [InlineData("teams sur ma tablette perso", "personal-device")]
    public void Of_AQuestionThatAsksATask_ReadsItInEitherLanguage(string question, string task) =>
        Assert.Contains(task, TaskWords.Of(question));

    [Theory]
    [InlineData("my shared inbox does not show up")]
    [InlineData("a file I deleted yesterday")]
    [InlineData("le fichier supprimé hier")]
    [InlineData("ask the site owner for access")]
    [InlineData("how to add a room to the invite")]
    [InlineData("the recovery key screen")]
    public void Of_ASentenceWithNoTaskVerb_AsksNoTask(string text) => Assert.Empty(TaskWords.Of(text));

    [Fact]
    public void Search_AskingATaskTheArticleDoesNotExplain_IsNotAnsweredByIt()
    {
        var knowledge = Knowledge(
            Article("kb-team-mailbox", "Open and use a team mailbox", "Ask for access, then the team mailbox appears in the mail app."));

        Assert.NotEmpty(knowledge.Search("how do I open the team mailbox", "en", 1));
        Assert.Empty(knowledge.Search("how do I create a new team mailbox", "en", 1));
        Assert.Empty(knowledge.Search("comment créer une team mailbox", "fr", 1));
    }

    [Fact]
    public void Search_ATaskOneArticleExplains_GoesToThatArticle()
    {
        var use = Article("kb-wiki-use", "Older wiki pages", "An older wiki page stays in the wiki: open an older page to read it.");
        var restore = Article("kb-wiki-restore", "Restore a wiki page", "Open the page history and pick an older version of it.");
        var knowledge = new KnowledgeBase(
            new Dictionary<string, IReadOnlyList<KnowledgeArticle>> { ["en"] = [use, restore] }, new KnowledgeOptions { MinScore = 0 });

        var asked = knowledge.Search("how do I get an older wiki page back", "en", 2);
        var plain = knowledge.Search("an older wiki page", "en", 2);

        // Without the task the article on older pages, which says the question's words more, comes first.
        Assert.Equal(["kb-wiki-use", "kb-wiki-restore"], plain.Select(h => h.ArticleId));
        Assert.Equal(["kb-wiki-restore", "kb-wiki-use"], asked.Select(h => h.ArticleId));
    }

    [Fact]
    public void Search_ATaskDeclaredInTheFrontMatter_CountsLikeOneItsWordingSays()
    {
        var quiet = Article("kb-wiki-page", "Wiki pages", "Open the wiki. A page you no longer need goes with its menu.");
        var declared = quiet with { Tasks = ["delete"] };

        Assert.Empty(Knowledge(quiet).Search("how to delete a wiki page", "en", 1));
        Assert.Equal("kb-wiki-page", Knowledge(declared).Search("how to delete a wiki page", "en", 1).Single().ArticleId);
    }

    [Fact]
    public void Parse_TasksField_IsReadAndCheckedAgainstTheKnownTasks()
    {
        const string Text = "---\nid: kb-wiki\ntitle: Wiki pages\ntags: [wiki]\ntasks: [delete, rename]\nservice: software\nupdated: 2026-12-08\n---\nBody.";

        Assert.Equal(["delete", "rename"], KnowledgeArticleParser.Parse(Text, "en", "en/wiki.md").Tasks);
        var error = Assert.Throws<KnowledgeLoadException>(
            () => KnowledgeArticleParser.Parse(Text.Replace("rename", "paint", StringComparison.Ordinal), "en", "en/wiki.md"));
        Assert.Contains("task 'paint' is not one of", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how do I create a new shared mailbox for the accounts team", "none")]
    [InlineData("comment créer une nouvelle boîte partagée pour l'accueil", "none")]
    [InlineData("how do I change who owns our sharepoint site", "none")]
    [InlineData("comment changer le propriétaire de notre site sharepoint", "none")]
    [InlineData("the shared mailbox is not in my outlook", "kb-shared-mailbox")]
    [InlineData("comment installer le vpn sur mon ordinateur", "kb-vpn-connect")]
    public void Search_TheRepositoryArticles_KeepToTheTasksTheyExplain(string question, string expected)
    {
        var language = question.StartsWith("comment", StringComparison.Ordinal) ? "fr" : "en";

        var hits = RealKnowledgeBase.Shared.Search(question, language, 1);

        Assert.Equal(expected, hits.Count == 0 ? "none" : hits[0].ArticleId);
    }

    private static KnowledgeBase Knowledge(params KnowledgeArticle[] articles) =>
        new(new Dictionary<string, IReadOnlyList<KnowledgeArticle>> { ["en"] = articles }, new KnowledgeOptions());

    private static KnowledgeArticle Article(string id, string title, string body) =>
        new(id, "en", title, [], "software", new DateOnly(2026, 12, 8), body, id + ".md");
}
