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
    [InlineData("stop, the printer keeps printing blank pages on every job since this morning")]
    [InlineData("never mind the error message, the laptop will not boot at all now")]
    [InlineData("l'aide de mon manager")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("...")]
    public void Recognise_OtherText_IsNone(string? text)
    {
        Assert.Equal(Interrupt.None, Interrupts.Recognise(text));
    }

    [Theory]
    [InlineData("never mind", nameof(Interrupt.Cancel))]
    [InlineData("Nevermind!", nameof(Interrupt.Cancel))]
    [InlineData("forget it", nameof(Interrupt.Cancel))]
    [InlineData("ok stop", nameof(Interrupt.Cancel))]
    [InlineData("cancle", nameof(Interrupt.Cancel))]
    [InlineData("i want to cancel please", nameof(Interrupt.Cancel))]
    [InlineData("oublie", nameof(Interrupt.Cancel))]
    [InlineData("oublie ça", nameof(Interrupt.Cancel))]
    [InlineData("Oubliez ça !", nameof(Interrupt.Cancel))]
    [InlineData("laisse tomber", nameof(Interrupt.Cancel))]
    [InlineData("annule", nameof(Interrupt.Cancel))]
    [InlineData("bon, laisse tomber", nameof(Interrupt.Cancel))]
    [InlineData("nevermind, it works now", nameof(Interrupt.Cancel))]
    [InlineData("never mind it works now", nameof(Interrupt.Cancel))]
    [InlineData("actually no, cancel the ticket", nameof(Interrupt.Cancel))]
    [InlineData("c'est bon, annule tout", nameof(Interrupt.Cancel))]
    [InlineData("sorry, my manager sorted it out with the vendor directly, please cancel this request", nameof(Interrupt.Cancel))]
    [InlineData("désolé, le service RH s'en est déjà occupé de son côté, annulez la demande", nameof(Interrupt.Cancel))]
    [InlineData("my colleague lent me his spare one this morning so no worries, drop the form", nameof(Interrupt.Cancel))]
    [InlineData("laisse tomber ça remarche", nameof(Interrupt.Cancel))]
    [InlineData("finalement non, on arrête", nameof(Interrupt.Cancel))]
    [InlineData("nah dont bother", nameof(Interrupt.Cancel))]
    [InlineData("talk to a human", nameof(Interrupt.Human))]
    [InlineData("real person please", nameof(Interrupt.Human))]
    [InlineData("can I speak to someone?", nameof(Interrupt.Human))]
    [InlineData("I want to talk to an agent", nameof(Interrupt.Human))]
    [InlineData("je veux un humain", nameof(Interrupt.Human))]
    [InlineData("parler à quelqu'un", nameof(Interrupt.Human))]
    [InlineData("je voudrais parler à une vraie personne svp", nameof(Interrupt.Human))]
    [InlineData("huamin", nameof(Interrupt.Human))]
    [InlineData("help me", nameof(Interrupt.Help))]
    [InlineData("aidez-moi", nameof(Interrupt.Help))]
    [InlineData("back to the menu", nameof(Interrupt.Menu))]
    [InlineData("retour au menu", nameof(Interrupt.Menu))]
    [InlineData("start again", nameof(Interrupt.StartOver))]
    [InlineData("on recommence", nameof(Interrupt.StartOver))]
    [InlineData("resume", nameof(Interrupt.Resume))]
    [InlineData("reprendre", nameof(Interrupt.Resume))]
    [InlineData("back to my request", nameof(Interrupt.Resume))]
    public void Recognise_EverydayWordings_FoldedAndTypoTolerant(string text, string expected)
    {
        Assert.Equal(Enum.Parse<Interrupt>(expected), Interrupts.Recognise(text));
    }

    /// <summary>Answers to steps that contain an interrupt word, or are short like one, stay answers.</summary>
    [Theory]
    [InlineData("no")]
    [InlineData("non")]
    [InlineData("no thanks")]
    [InlineData("ok")]
    [InlineData("just me")]
    [InlineData("people")]
    [InlineData("many people")]
    [InlineData("my team")]
    [InlineData("the cancel button is greyed out")]
    [InlineData("Outlook stops responding when I open an attachment")]
    [InlineData("I need help with the human resources portal")]
    [InlineData("arrêt de l'imprimante")]
    [InlineData("l'agent de sécurité a bloqué mon badge")]
    [InlineData("stop sign icon on my screen and then the laptop restarts by itself every hour")]
    [InlineData("the approval portal shows an error page, I cannot cancel the request I made there last week")]
    [InlineData("SAP freezes when I save, the form never stops loading")]
    public void Recognise_Answers_AreNone(string text)
    {
        Assert.Equal(Interrupt.None, Interrupts.Recognise(text));
    }
}
