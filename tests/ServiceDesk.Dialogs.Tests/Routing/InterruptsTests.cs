using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Tests.Routing;

public sealed class InterruptsTests
{
    [Theory]
    [InlineData("help", nameof(Interrupt.Help))]
    [InlineData("  HELP  ", nameof(Interrupt.Help))]
    [InlineData("Help!", nameof(Interrupt.Help))]
    [InlineData("aide", nameof(Interrupt.Help))]
    [InlineData("Aide !", nameof(Interrupt.Help))]
    [InlineData("?", nameof(Interrupt.Help))]
    [InlineData(" ?? ", nameof(Interrupt.Help))]
    [InlineData("menu", nameof(Interrupt.Menu))]
    [InlineData("Menu.", nameof(Interrupt.Menu))]
    [InlineData("MÉNU", nameof(Interrupt.Menu))]
    [InlineData("start over", nameof(Interrupt.StartOver))]
    [InlineData("Start   Over", nameof(Interrupt.StartOver))]
    [InlineData("recommencer", nameof(Interrupt.StartOver))]
    [InlineData("Recommencer...", nameof(Interrupt.StartOver))]
    [InlineData("cancel", nameof(Interrupt.Cancel))]
    [InlineData("annuler", nameof(Interrupt.Cancel))]
    [InlineData("ANNULER.", nameof(Interrupt.Cancel))]
    [InlineData("Annulér", nameof(Interrupt.Cancel))]
    public void Recognise_InterruptWords_InEitherLanguage(string text, string expected)
    {
        // The enum is internal: the theory names it.
        Assert.Equal(Enum.Parse<Interrupt>(expected), Interrupts.Recognise(text));
    }

    [Theory]
    [InlineData("help me with my printer")]
    [InlineData("cancel my ticket INC-000123")]
    [InlineData("l'aide de mon manager")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("...")]
    public void Recognise_OtherText_IsNone(string? text)
    {
        Assert.Equal(Interrupt.None, Interrupts.Recognise(text));
    }
}
