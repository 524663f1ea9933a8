using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

public sealed class VocabularyTests
{
    private static readonly Vocabulary Words = new(
        ["password", "imprimante", "printer", "access", "acces", "where", "outlook", "connect", "vpn"],
        ["there", "files"]);

    [Theory]
    [InlineData("pasword", "password")]      // one letter missing, 7 letters
    [InlineData("passwrod", "password")]     // two letters swapped count as one typo
    [InlineData("imprimente", "imprimante")] // 10 letters
    [InlineData("imprimnte", "imprimante")]
    [InlineData("imprimmente", "imprimante")] // two typos, 11 letters
    [InlineData("outlok", "outlook")]
    [InlineData("printr", "printer")]
    [InlineData("printers", "printer")]      // a plural the list does not spell out
    public void Repair_CommonTypos_AreRepaired(string typed, string expected) => Assert.Equal(expected, Words.Repair(typed));

    [Theory]
    [InlineData("there")]      // a known word is never "repaired" into a cue word
    [InlineData("vpm")]        // under five letters: too short to guess
    [InlineData("pswrd")]      // too far
    [InlineData("imprimerie")] // 9+ letters but three edits away
    [InlineData("inc123")]     // digits are left alone
    public void Repair_KnownShortOrFarWords_AreKept(string typed) => Assert.Equal(typed, Words.Repair(typed));

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    public void AllowedTypos_GrowWithWordLength(int length, int typos) => Assert.Equal(typos, Vocabulary.AllowedTypos(length));
}
