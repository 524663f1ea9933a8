using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("password", "password", 2, 0)]
    [InlineData("pasword", "password", 2, 1)]
    [InlineData("pssawrod", "password", 2, 3)]   // beyond the bound: max + 1
    [InlineData("imprimente", "imprimante", 1, 1)]
    [InlineData("teh", "the", 1, 1)]              // a swap of neighbours is one typo
    [InlineData("vpn", "printer", 2, 3)]
    public void Bounded_counts_typos_up_to_the_bound(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, max));

    [Fact]
    public void Long_words_are_measured_on_the_heap_without_failing()
    {
        var longWord = new string('a', 5_000);
        Assert.Equal(1, EditDistance.Bounded(longWord, longWord[..^1] + "b", 2));
    }
}
