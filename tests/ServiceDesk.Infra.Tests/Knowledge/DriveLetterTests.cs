using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>
/// The computer's own disk named by its letter ("C:", "disque C") is one word, never taken for a network drive; and when
/// something happens (weeks, months, evenings) is filler, never topic.
/// </summary>
public sealed class DriveLetterTests
{
    [Theory]
    [InlineData("the c: is nearly out of space")]
    [InlineData("my c drive went red")]
    [InlineData("c disk at 99%")]
    [InlineData("sur le disque c il reste 1 go")]
    [InlineData("le lecteur c est rouge")]
    [InlineData("partition c saturee")]
    public void Mark_TheLocalDiskLetter_BecomesOneWord(string folded) =>
        Assert.Contains(DriveLetters.LocalDisk, TextAnalyzer.Tokenize(DriveLetters.Mark(folded)));

    [Theory]
    [InlineData("mon disque c'est la cata")]
    [InlineData("the meeting is at 10:30 in room c")]
    [InlineData("la cle usb est en c:1")]
    [InlineData("the s: drive has gone")]
    [InlineData("lecteur p deconnecte")]
    [InlineData("abc drive")]
    public void Mark_OtherLettersAndWords_AreLeftAlone(string folded) =>
        Assert.DoesNotContain(DriveLetters.LocalDisk, TextAnalyzer.Tokenize(DriveLetters.Mark(folded)));

    [Theory]
    [InlineData("en", "my C: drive is full")]
    [InlineData("fr", "le disque C est plein")]
    public void Search_TheLocalDiskLetter_FindsTheLocalDisk_NotTheNetworkDrive(string language, string question)
    {
        // Both articles say "drive" (or "lecteur") as often, and neither says "full": only the letter tells them apart
        // (without it the two tie and the shared drive, first in the file order, would come first).
        var local = Article(language, "kb-local", language == "en" ? "Free up space on the C drive" : "Libérer de la place sur le lecteur C",
            language == "en" ? "Empty the recycle bin and remove old downloads." : "Videz la corbeille et supprimez les vieux téléchargements.");
        var shared = Article(language, "kb-share", language == "en" ? "Shared drive shows a red cross" : "Le lecteur partagé a une croix rouge",
            language == "en" ? "The drive turns red when the file server is out of reach: connect to the VPN." : "Le lecteur passe en rouge quand le serveur est injoignable : connectez le VPN.");
        var knowledge = new KnowledgeBase(new Dictionary<string, IReadOnlyList<KnowledgeArticle>> { [language] = [shared, local] }, new KnowledgeOptions { MinScore = 0 });

        var hits = knowledge.Search(question, language, 2);

        Assert.Equal("kb-local", hits[0].ArticleId);
    }

    [Theory]
    [InlineData("en", "the vpn drops every evening, for two months now", "the vpn drops every, for two now")]
    [InlineData("fr", "le vpn coupe chaque soir depuis des mois", "le vpn coupe chaque depuis des")]
    public void Analyze_WeeksMonthsAndEvenings_AreFillerLikeDayNames(string language, string sentence, string without)
    {
        // When it happens is never what it is about: a learned question's "fin du mois" must not draw month-end questions.
        var analyzer = new TextAnalyzer(language);

        Assert.Equal(analyzer.Analyze(without).Select(t => t.Stem), analyzer.Analyze(sentence).Select(t => t.Stem));
    }

    private static KnowledgeArticle Article(string language, string id, string title, string body) =>
        new(id, language, title, [], "workstation", new DateOnly(2026, 12, 7), body, id + ".md");
}
