using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>A person asked to be handed over ("get me a technician, this bot is useless") is the wish for a person.</summary>
public sealed class HandMeAPersonTests
{
    [Theory]
    [InlineData("get me a real person, I've been at this for ages")]
    [InlineData("give me someone from the service desk now")]
    [InlineData("passez-moi un technicien, ça n'avance pas")]
    [InlineData("trouvez-moi quelqu'un qui s'y connaît")]
    public void Recognise_APersonHandedOver_IsHuman(string text) =>
        Assert.Equal(Interrupt.Human, Interrupts.Recognise(text));

    [Theory]
    [InlineData("give someone else access to the finance share")]
    [InlineData("get my manager access to the project site")]
    [InlineData("donne moi accès au dossier RH")]
    public void Recognise_SomethingHandedToAnother_IsNoPerson(string text) =>
        Assert.NotEqual(Interrupt.Human, Interrupts.Recognise(text));
}
