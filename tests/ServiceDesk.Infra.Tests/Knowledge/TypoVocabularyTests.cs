using ServiceDesk.Dialogs.Text;
using ServiceDesk.Infra.Knowledge.Search;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Tests.Knowledge;

public sealed class TypoVocabularyTests
{
    private static readonly TypoVocabulary Vocabulary = new(new Dictionary<string, (string, int)>
    {
        ["password"] = ("password", 40),
        ["printer"] = ("printer", 20),
        ["imprimante"] = ("imprimant", 20),
        ["outlook"] = ("outlook", 30),
        ["lettre"] = ("lettr", 5),
        ["mouse"] = ("mous", 3),
    });

    [Theory]
    [InlineData("pasword", "password")] // deletion
    [InlineData("passwrod", "password")] // swap
    [InlineData("pssword", "password")]
    [InlineData("paswrd", null)] // two edits, but six letters allow only one
    [InlineData("imprimente", "imprimant")]
    [InlineData("imprimnte", "imprimant")]
    [InlineData("imprimmentee", null)] // three edits
    [InlineData("outlok", "outlook")]
    [InlineData("printr", "printer")]
    [InlineData("mettre", null)] // the first letter is kept: not "lettre"
    [InlineData("mous", null)] // under five letters: never corrected
    public void Correct_WithinAllowedEdits(string typed, string? expected)
    {
        var result = Vocabulary.Correct(typed);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("abcd", 0)]
    [InlineData("abcde", 1)]
    [InlineData("abcdefg", 1)]
    [InlineData("abcdefgh", 2)]
    public void AllowedEdits_ByLength(string word, int expected) => Assert.Equal(expected, TypoVocabulary.AllowedEdits(word));

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("abcd", "abdc", 2, 1)]
    [InlineData("password", "password", 1, 0)]
    [InlineData("short", "muchlongerword", 2, 3)]
    public void EditDistance_IsBounded(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, max));
}
