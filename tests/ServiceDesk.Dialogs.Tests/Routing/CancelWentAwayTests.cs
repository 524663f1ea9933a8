using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A cancel followed, without punctuation, by a short reason saying the trouble went away by itself is a cancel, read
/// by the kind of words of the reason; a reason that keeps the trouble alive ("still", "pas") is not.
/// </summary>
public sealed class CancelWentAwayTests
{
    [Theory]
    [InlineData("never mind the wifi reconnected")]
    [InlineData("forget it the share is back")]
    [InlineData("laisse tomber la connexion est revenue")]
    [InlineData("oublie c'est rétabli")]
    [InlineData("nvm outlook recovered by itself")]
    public void Recognise_ACancelThenItCameBack_IsCancel(string text) =>
        Assert.Equal(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("never mind it still isn't working")]
    [InlineData("laisse tomber ça marche toujours pas")]
    [InlineData("forget it the error is back again")]
    public void Recognise_ACancelThenTheTroubleGoesOn_IsNoCancel(string text) =>
        Assert.NotEqual(Interrupt.Cancel, Interrupts.Recognise(text));
}
