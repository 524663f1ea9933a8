using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Tests.Text;

/// <summary>The one IT lexicon the knowledge search and the follow-up matcher read: what each of its kinds of line does.</summary>
public sealed class ItLexiconTests
{
    [Theory]
    [InlineData("en", "mdp", "password")]
    [InlineData("en", "imprimante", "printer")]
    [InlineData("fr", "password", "motdepasse")]
    [InlineData("fr", "pc", "ordinateur")]
    [InlineData("fr", "queue", "file")]
    public void ReplacementsFor_AWordOfAGroup_IsReadAsTheWordOfTheQuestionsLanguage(string language, string typed, string read) =>
        Assert.Equal([read], ItLexicon.ReplacementsFor(language)[typed]);

    [Fact]
    public void ReplacementsFor_OneWayLine_LeavesTheWordAloneInTheOtherLanguage()
    {
        // "file" is a queue in French and a document in English.
        Assert.False(ItLexicon.ReplacementsFor("en").ContainsKey("file"));
        Assert.False(ItLexicon.ReplacementsFor("en").ContainsKey("stuck"));
        Assert.Equal(["bloque"], ItLexicon.ReplacementsFor("fr")["stuck"]);
    }

    [Fact]
    public void ReplacementsFor_SeveralWordsJoined_AreReadAsEachOfThem() =>
        Assert.Equal(["portable", "ordinateur"], ItLexicon.ReplacementsFor("fr")["laptop"]);

    [Fact]
    public void ReplacementsFor_RelatedWords_AreNeverReplaced()
    {
        Assert.False(ItLexicon.ReplacementsFor("en").ContainsKey("lenteur"));
        Assert.False(ItLexicon.ReplacementsFor("fr").ContainsKey("flickers"));
        Assert.False(ItLexicon.ReplacementsFor("en").ContainsKey("laptop"));
    }

    [Theory]
    [InlineData("lenteur", "slow")]
    [InlineData("slow", "lenteur")]
    [InlineData("scintille", "flickers")]
    [InlineData("ecran", "monitor")]
    [InlineData("portable", "laptop")]
    [InlineData("motdepasse", "password")]
    public void OtherLanguage_MeetsTheWordAcrossLanguages(string word, string other) =>
        Assert.Contains(other, ItLexicon.OtherLanguage(word));

    [Fact]
    public void OtherLanguage_AWordNoGroupHolds_HasNone() => Assert.Empty(ItLexicon.OtherLanguage("pizza"));

    [Fact]
    public void RelatedTo_GivesTheRelatedWordsOfEitherLanguage_NotTheWordItself()
    {
        var related = ItLexicon.RelatedTo("laptop");

        Assert.Contains("computer", related);
        Assert.Contains("ordinateur", related);
        Assert.DoesNotContain("laptop", related);
    }

    [Fact]
    public void EveryWord_IsFolded_SoThatTypedTextMeetsIt()
    {
        var words = ItLexicon.ReplacementsFor("en").Concat(ItLexicon.ReplacementsFor("fr"))
            .SelectMany(p => p.Value.Prepend(p.Key))
            .Concat(ItLexicon.PhrasesFor("fr").Select(p => p.Replacement));

        Assert.All(words, w => Assert.Matches("^[a-z0-9 ]+$", w));
    }
}
