using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Understanding;
using Xunit;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A cancel said again in other words, a cancel whose reason denies wanting the request, and "it's fine after all" with
/// the trouble gone; and the sentences that look like them but stay answers or wishes.
/// </summary>
public sealed class CancelRestatedTests
{
    [Theory]
    [InlineData("stop, honestly I do not want to open a ticket for this anymore")]
    [InlineData("cancel - I don't need this request after all, my manager handled it")]
    [InlineData("arrête, je ne veux plus faire cette demande")]
    [InlineData("stop on annule la demande")]
    [InlineData("cancel, i cancel the request")]
    [InlineData("ah non c'est bon finalement, ça refonctionne")]
    [InlineData("oh wait, it works again")]
    public void Cancels(string text) => Assert.Equal(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("stop, I don't want the old model, I need a new one with more memory")]
    [InlineData("c'est bon")]
    [InlineData("ok finalement")]
    [InlineData("non c'est bon, ça ne marche toujours pas")]
    [InlineData("I don't want to lose my files, the disk makes a clicking noise")]
    public void StaysAnAnswer(string text) => Assert.NotEqual(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("thank you so much!", "en-US")]
    [InlineData("many thanks mate", "en-US")]
    [InlineData("super merci beaucoup", "fr-FR")]
    [InlineData("merci pour ton aide !", "fr-FR")]
    public void OnlyThanks_IsAGreeting(string text, string locale) =>
        Assert.Equal(Intent.Greeting, KeywordIntentRecognizer.Recognize(text, locale).Intent);

    [Theory]
    [InlineData("thanks, but my vpn still drops every hour", "en-US")]
    [InlineData("merci, comment je change mon mot de passe ?", "fr-FR")]
    public void ThanksWithMore_IsNotAGreeting(string text, string locale) =>
        Assert.NotEqual(Intent.Greeting, KeywordIntentRecognizer.Recognize(text, locale).Intent);
}
