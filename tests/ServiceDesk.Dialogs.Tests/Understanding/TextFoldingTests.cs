using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Où EST l'Imprimante ?!", "ou est l imprimante")]
    [InlineData("MOT DE PASSE BLOQUÉ", "mot de passe bloque")]
    [InlineData("my password doesn't work", "my password doesnt work")]
    [InlineData("I’d like access, it's urgent", "id like access its urgent")]
    [InlineData("qu'on m'appelle aujourd'hui", "qu on m appelle aujourd hui")]
    [InlineData("cœur Æther straße", "coeur aether strasse")]
    [InlineData("vpn...marche---pas", "vpn marche pas")]
    [InlineData("  \t\n ", "")]
    [InlineData("😀🙏👍", "")]
    public void Fold_FoldsCaseAccentsPunctuationAndApostrophes(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Words_LongText_AreReadUpToTheLimitOnly()
    {
        var text = string.Concat(Enumerable.Repeat("abcd ", 4_000));
        Assert.Equal(TextFolding.MaxCharacters / 5, TextFolding.Words(text).Count);
    }
}
