using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>Being lost, said around "help" in both languages, is the help interrupt; said alone, it stays an answer.</summary>
public sealed class InterruptsLostTests
{
    [Theory]
    [InlineData("um what do I do now, help")]
    [InlineData("I'm lost, help me")]
    [InlineData("help, I don't understand")]
    [InlineData("confused... what can you do?")]
    [InlineData("je comprends rien, aide moi")]
    [InlineData("euh on fait quoi, aide")]
    [InlineData("je suis perdue, au secours")]
    public void Recognise_LostAroundHelp_IsHelp(string text) => Assert.Equal(Interrupt.Help, Interrupts.Recognise(text));

    [Theory]
    [InlineData("what do I do")]
    [InlineData("je fais quoi")]
    [InlineData("I'm lost")]
    [InlineData("je suis perdu")]
    [InlineData("what should I do about my screen")]
    public void Recognise_LostAlone_IsNone(string text) => Assert.Equal(Interrupt.None, Interrupts.Recognise(text));
}
