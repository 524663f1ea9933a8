using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>What people add to a question (pasted messages, file names, emoji, symptom words, the other language's words) and what it must not change.</summary>
public sealed class SearchDetailTests
{
    private static readonly KnowledgeBase Knowledge = RealKnowledgeBase.Shared;

    [Fact]
    public void Fold_EmojiAndHalfCharacters_AreSeparators()
    {
        // Built in code: a test runner may replace half a character in its data with U+FFFD.
        Assert.Equal("vpn  down", TextFolding.Fold("vpn🙂down"));
        Assert.Equal(" ", TextFolding.Fold(new string('\uD83D', 1)));
        Assert.Equal("ecran bleu", TextFolding.Fold("écran" + '\uDE00' + "bleu"));
    }

    [Theory]
    [InlineData("installation", "install")]
    [InlineData("configuration", "configur")]
    [InlineData("configure", "configur")]
    [InlineData("station", "station")]
    public void EnglishStemmer_ActionNouns_MeetTheirVerb(string word, string expected) =>
        Assert.Equal(expected, EnglishStemmer.Stem(word));

    [Fact]
    public void Search_TwoWordsSideBySide_OutrankTheSameWordsApart()
    {
        // Both articles have "mailbox" and "full" as often; only one says them together, as the question does.
        var together = Article("kb-together", "Your mailbox is full", "Delete old items to free space. The mailbox stops at 50 GB.");
        var apart = Article("kb-apart", "Outlook stops receiving mail", "Check the mailbox in Outlook on the web. A full disk also stops it.");
        var knowledge = new KnowledgeBase(new Dictionary<string, IReadOnlyList<ServiceDesk.Dialogs.Knowledge.KnowledgeArticle>> { ["en"] = [apart, together] }, new KnowledgeOptions { MinScore = 0 });

        var hits = knowledge.Search("my mailbox is full", "en", 2);

        Assert.Equal(["kb-together", "kb-apart"], hits.Select(h => h.ArticleId));
    }

    [Theory]
    [InlineData("fr", "je ne vois plus le lecteur réseau", "je ne lecteur réseau")]
    [InlineData("en", "it takes ages to open, I can see it spinning", "it ages to open, I can it spinning")]
    public void Analyze_VerbsThatCarryTheSentence_AreNotTerms(string language, string sentence, string without)
    {
        var analyzer = new TextAnalyzer(language);

        Assert.Equal(analyzer.Analyze(without).Select(t => t.Stem), analyzer.Analyze(sentence).Select(t => t.Stem));
    }

    [Fact]
    public void Search_ARelatedWord_FindsTheArticle_BelowTheWordItself()
    {
        // "computer" is not "laptop", but the lexicon says they are said of the same thing; another article says "computer".
        var laptop = Article("kb-laptop", "Installing software on your laptop", "Open the Company Portal and pick the app.");
        var computer = Article("kb-computer", "Your computer does not start", "Hold the power button for ten seconds.");
        var knowledge = new KnowledgeBase(new Dictionary<string, IReadOnlyList<ServiceDesk.Dialogs.Knowledge.KnowledgeArticle>> { ["en"] = [computer, laptop] }, new KnowledgeOptions { MinScore = 0 });

        var related = knowledge.Search("installing software on my computer", "en", 2);
        var same = knowledge.Search("installing software on my laptop", "en", 2);

        Assert.Equal("kb-laptop", related[0].ArticleId);
        Assert.Equal("kb-laptop", same[0].ArticleId);
        Assert.True(related[0].Score < same[0].Score, $"{related[0].Score} < {same[0].Score}");
    }

    private static ServiceDesk.Dialogs.Knowledge.KnowledgeArticle Article(string id, string title, string body) =>
        new(id, "en", title, [], "email", new DateOnly(2026, 12, 6), body, id + ".md");

    [Theory]
    [InlineData("en", "vpn keeps disconnecting when I work from home", ", laptop 3-8")]
    [InlineData("en", "vpn keeps disconnecting when I work from home", ", laptop 3-7")]
    [InlineData("en", "the printer is jammed again", " on floor 2, printer 14")]
    [InlineData("fr", "mon compte est verrouillé", " depuis 2 jours, poste 12")]
    public void Search_SmallNumbers_ChangeNeitherTheAnswerNorItsScore(string language, string question, string detail)
    {
        // Articles are full of small counts ("8 characters", "step 3"): a number in a question used to match them by
        // chance, so the same sentence with "laptop 3-8" or "laptop 3-7" got a different answer.
        var withoutNumbers = Assert.Single(Knowledge.Search(question + new string([.. detail.Where(c => !char.IsAsciiDigit(c))]), language, 1));

        var withNumbers = Assert.Single(Knowledge.Search(question + detail, language, 1));

        Assert.Equal((withoutNumbers.ArticleId, withoutNumbers.Score), (withNumbers.ArticleId, withNumbers.Score));
    }

    [Theory]
    [InlineData("en", "my laptop crashed with a blue screen", " \"ntoskrnl.exe caused the problem\" 0x0000000A DRIVER_IRQL_NOT_LESS_OR_EQUAL")]
    [InlineData("en", "outlook is not syncing", ", it says \"Cannot start Microsoft Outlook. Cannot open the set of folders\" in outlook.exe")]
    [InlineData("fr", "mon compte est verrouillé", " message « le référentiel de sécurité a rejeté la tentative » à 10:42")]
    public void Search_PastedMessageOrFileName_KeepsTheAnswer(string language, string question, string detail)
    {
        var plain = Assert.Single(Knowledge.Search(question, language, 1));

        var detailed = Knowledge.Search(question + detail, language, 1);

        Assert.Equal(plain.ArticleId, Assert.Single(detailed).ArticleId);
    }

    [Theory]
    [InlineData("fr", "mon imprimante ne marche plus", "kb-printer-setup", "kb-print-queue-stuck")]
    [InlineData("en", "my keyboard is broken", "kb-keyboard-mouse", "kb-keyboard-mouse")]
    public void Search_SymptomWords_DoNotChooseTheArticle(string language, string question, string one, string other)
    {
        var first = Knowledge.Search(question, language, 1)[0].ArticleId;

        Assert.True(first == one || first == other, $"'{question}' found {first}");
    }

    [Theory]
    [InlineData("fr", "mon outlook ne sync plus les mails", "kb-outlook-not-syncing")]
    [InlineData("en", "my ecran stays black on the dock", "kb-monitor-docking")]
    [InlineData("fr", "my vpn keeps dropping", "kb-vpn-troubleshoot")]
    public void Search_TheOtherLanguagesWords_AreUnderstood(string clientLanguage, string question, string expected) =>
        Assert.Equal(expected, Knowledge.Search(question, clientLanguage, 1)[0].ArticleId);

    [Theory]
    [InlineData("fr", "mon ordinateur est très lent et se fige à l'entrepôt", " avec les chariots")]
    [InlineData("en", "my laptop is slow and keeps freezing in the warehouse", " with the forklifts")]
    public void Search_MoreContextOfALongMessage_KeepsTheAnswer(string language, string question, string context)
    {
        // Words no article uses: the first says the question may be about something else (it weighs fully), the next
        // ones are mostly context and weigh less.
        var plain = Assert.Single(Knowledge.Search(question, language, 1));

        var told = Knowledge.Search(question + context, language, 1);

        Assert.Equal(plain.ArticleId, Assert.Single(told).ArticleId);
    }

    [Theory]
    [InlineData("en", "vpn error 809 when I connect from home")]
    [InlineData("fr", "erreur 812 sur le vpn quand je me connecte de la maison")]
    public void Search_AnErrorWithItsCode_FindsTheFailureNotTheHowTo(string language, string question) =>
        Assert.Equal("kb-vpn-troubleshoot", Knowledge.Search(question, language, 1)[0].ArticleId);
}
