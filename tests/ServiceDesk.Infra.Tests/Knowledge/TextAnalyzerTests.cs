using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Tests.Knowledge;

public sealed class TextAnalyzerTests
{
    [Theory]
    [InlineData("Réinitialiser", "reinitialiser")]
    [InlineData("ÉCRAN BLEU", "ecran bleu")]
    [InlineData("Œuvre à côté", "oeuvre a cote")]
    [InlineData("l’imprimante", "l'imprimante")]
    [InlineData("Ça déçoit", "ca decoit")]
    public void Fold_RemovesCaseAndAccents(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Tokenize_SplitsOnPunctuationAndApostrophes()
    {
        Assert.Equal(["l", "imprimante", "est", "bloquee", "inc", "000123"], TextAnalyzer.Tokenize("l'imprimante est bloquee!!! (inc-000123)"));
    }

    [Theory]
    [InlineData("printers", "printer")]
    [InlineData("printing", "print")]
    [InlineData("printed", "print")]
    [InlineData("dropping", "drop")]
    [InlineData("dropped", "drop")]
    [InlineData("policies", "policy")]
    [InlineData("crashes", "crash")]
    [InlineData("slowly", "slow")]
    [InlineData("expired", "expir")]
    [InlineData("expire", "expir")]
    [InlineData("access", "access")]
    [InlineData("status", "status")]
    [InlineData("install", "install")]
    [InlineData("vpn", "vpn")]
    public void EnglishStemmer_StripsLightSuffixes(string word, string expected) =>
        Assert.Equal(expected, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("bloquee", "bloqu")]
    [InlineData("bloquees", "bloqu")]
    [InlineData("bloquer", "bloqu")]
    [InlineData("bloquez", "bloqu")]
    [InlineData("bloque", "bloqu")]
    [InlineData("imprimantes", "imprimant")]
    [InlineData("imprimante", "imprimant")]
    [InlineData("installation", "install")]
    [InlineData("installations", "install")]
    [InlineData("installer", "install")]
    [InlineData("changement", "chang")]
    [InlineData("bureaux", "bureau")]
    [InlineData("client", "client")]
    [InlineData("fonctionnent", "fonctionn")]
    [InlineData("fonctionne", "fonctionn")]
    public void FrenchStemmer_StripsPluralsAndCommonEndings(string word, string expected) =>
        Assert.Equal(expected, FrenchStemmer.Stem(word));

    [Fact]
    public void Analyze_English_DropsStopWordsAndStems()
    {
        var terms = new TextAnalyzer("en").Analyze("My VPN keeps dropping since this morning, really");

        // "morning" and "really" say when and how much, not what: filler.
        Assert.Equal(["vpn", "drop"], terms.Select(t => t.Stem));
    }

    [Fact]
    public void Analyze_French_WithOrWithoutAccents_GivesTheSameTerms()
    {
        var analyzer = new TextAnalyzer("fr");

        Assert.Equal(
            analyzer.Analyze("Mon imprimante est bloquée").Select(t => t.Stem),
            analyzer.Analyze("mon IMPRIMANTE est bloquee").Select(t => t.Stem));
    }

    [Theory]
    [InlineData("fr", "mdp oublié", "mot de passe oublié")]
    [InlineData("fr", "password oublie", "mot de passe oublié")]
    [InlineData("fr", "printer en panne", "imprimante en panne")]
    [InlineData("fr", "la wi-fi", "le wifi")]
    [InlineData("en", "reset pwd", "reset password")]
    [InlineData("en", "wi fi down", "wifi down")]
    [InlineData("en", "e-mail", "email")]
    [InlineData("en", "imprimante", "printer")]
    public void Analyze_Synonyms_MeetTheArticlesWords(string language, string typed, string written)
    {
        var analyzer = new TextAnalyzer(language);

        Assert.Equal(analyzer.Analyze(written).Select(t => t.Stem), analyzer.Analyze(typed).Select(t => t.Stem));
    }

    [Fact]
    public void Analyze_PhraseThatKeepsItsWords_EmitsBoth()
    {
        var stems = new TextAnalyzer("fr").Analyze("boîte aux lettres pleine").Select(t => t.Stem).ToList();

        Assert.Equal(["boitemail", "boit", "plein"], stems);
    }

    [Fact]
    public void Analyze_OnlyStopWordsOrPunctuation_GivesNothing()
    {
        Assert.Empty(new TextAnalyzer("en").Analyze("how do I ... ?!"));
        Assert.Empty(new TextAnalyzer("fr").Analyze("comment je fais pour ?"));
        Assert.Empty(new TextAnalyzer("fr").Analyze(string.Empty));
    }
}
