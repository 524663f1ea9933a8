using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

public sealed class TitleHintTests
{
    [Theory]
    [InlineData("my outlook crashes every morning since the update", "Outlook crashes every morning since the update")]
    [InlineData("  hi, could you please help, my screen stays black when i turn on the pc!! ", "Screen stays black when i turn on the pc")]
    [InlineData("hello my vpn is down", "Vpn is down")]
    [InlineData("bonjour, pouvez-vous m'aider ? l'application de notes de frais affiche une page blanche", "L'application de notes de frais affiche une page blanche")]
    [InlineData("mon outlook plante   tous les\nmatins", "Outlook plante tous les matins")]
    [InlineData("écran noir au démarrage", "Écran noir au démarrage")]
    [InlineData("<b>Printer</b> **on fire**", "<b>Printer</b> **on fire**")]
    public void From_TypedText_IsCleaned(string text, string expected) => Assert.Equal(expected, TitleHint.From(text, "en-US"));

    [Fact]
    public void From_LongText_IsCutAtAWordWithinEightyCharacters()
    {
        var text = "my laptop " + string.Concat(Enumerable.Repeat("restarts again ", 20));
        var title = TitleHint.From(text, "en-US");
        Assert.NotNull(title);
        Assert.True(title.Length <= TitleHint.MaxLength, title);
        Assert.StartsWith("Laptop restarts again", title, StringComparison.Ordinal);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        // Cut between words: what is kept is followed by a space in the original.
        Assert.Contains(title[1..^1] + " ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("hi, please!")]
    [InlineData("😀😀")]
    public void From_NothingButFluffOrSymbols_IsNull(string? text) => Assert.Null(TitleHint.From(text, "fr-FR"));
}
