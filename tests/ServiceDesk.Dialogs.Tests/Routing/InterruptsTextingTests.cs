using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>Short and texting ways to leave, in both languages; answers that look alike stay answers.</summary>
public sealed class InterruptsTextingTests
{
    [Theory]
    [InlineData("nvm thx")]
    [InlineData("nm")]
    [InlineData("ignore that")]
    [InlineData("forget what i said")]
    [InlineData("nvm i fixed it")]
    [InlineData("never mind, found it")]
    [InlineData("nan laisse")]
    [InlineData("j'annule")]
    [InlineData("bref, oublie ce que j'ai dit")]
    [InlineData("laisse tomber, j'ai trouvé")]
    [InlineData("plus besoin merci")]
    public void Recognise_TextingForms_AreCancel(string text) =>
        Assert.Equal(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("c'est pas grave")]
    [InlineData("k")]
    [InlineData("nan")]
    [InlineData("ignore the error and it restarts on its own every hour")]
    public void Recognise_LookAlikeAnswers_AreNone(string text) =>
        Assert.Equal(Interrupt.None, Interrupts.Recognise(text));
}
