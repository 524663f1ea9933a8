using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>
/// A French question weighs as much as its English twin: the French side of the English filler is filler too, and the
/// shorthand people type in French (double auth, synchro, réglages) meets the words the articles use.
/// </summary>
public sealed class FrenchWordingTests
{
    private static readonly KnowledgeBase Knowledge = RealKnowledgeBase.Shared;

    [Theory]
    [InlineData("fr", "après plusieurs coupures, le vpn refuse, je dois réessayer avant la réunion ?", "coupures, le vpn refuse, je dois la réunion ?")]
    [InlineData("fr", "comment on obtient le logiciel, pourquoi les gens doivent refaire la demande", "le logiciel, doivent la demande")]
    [InlineData("en", "several people had to redo the printer setup", "had to the printer setup")]
    public void Analyze_FillerOfEitherLanguage_IsNotATerm(string language, string sentence, string without)
    {
        var analyzer = new TextAnalyzer(language);

        Assert.Equal(analyzer.Analyze(without).Select(t => t.Stem), analyzer.Analyze(sentence).Select(t => t.Stem));
    }

    [Theory]
    [InlineData("fr", "la double auth ne marche plus", "la double authentification ne marche plus")]
    [InlineData("fr", "les essais de connexion", "les tentatives de connexion")]
    [InlineData("en", "signaler phishing", "report phishing")]
    [InlineData("fr", "dans les réglages", "dans les paramètres")]
    [InlineData("en", "onedrive synchro", "onedrive sync")]
    public void Analyze_Shorthand_IsReadAsTheArticlesWord(string language, string typed, string written)
    {
        var analyzer = new TextAnalyzer(language);

        Assert.Equal(analyzer.Analyze(written).Select(t => t.Stem), analyzer.Analyze(typed).Select(t => t.Stem));
    }

    [Theory]
    [InlineData("fr-FR", "mon compte s'est bloqué après plusieurs essais, je dois attendre avant de réessayer ?", "kb-account-locked")]
    [InlineData("en-US", "mon compte s'est bloqué après plusieurs essais, je dois attendre avant de réessayer ?", "kb-account-locked")]
    [InlineData("fr-FR", "j'ai changé de portable, comment je remets la double auth", "kb-mfa-new-phone")]
    [InlineData("en-US", "j'ai changé de portable, comment je remets la double auth", "kb-mfa-new-phone")]
    public void Search_FrenchFillerAndShorthand_StillFindTheArticle_FromEitherClient(string locale, string question, string article)
    {
        var hit = Knowledge.Search(question, ServiceDesk.Dialogs.Knowledge.KnowledgeLanguage.FromLocale(locale), 1);

        Assert.Equal(article, Assert.Single(hit).ArticleId);
    }
}
