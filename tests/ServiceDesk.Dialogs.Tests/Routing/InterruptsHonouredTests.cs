using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// Interrupts said inside an open form with something else beside them: a cancel with "it's fine", "no longer needed"
/// in texting, a person asked for in franglais or with "not a bot". Answers that look alike stay answers.
/// </summary>
public sealed class InterruptsHonouredTests
{
    [Theory]
    [InlineData("oublie ça, c bon")]
    [InlineData("c bon annule")]
    [InlineData("bon laisse, cbon merci")]
    [InlineData("never mind, it's fine")]
    [InlineData("forget it its ok")]
    [InlineData("all good, cancel the request")]
    public void Recognise_CancelWithItsFine_IsCancel(string text) =>
        Assert.Equal(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("c bon")]
    [InlineData("c'est bon")]
    [InlineData("it's fine")]
    [InlineData("ok")]
    public void Recognise_ItsFineAlone_StaysAnAnswer(string text) =>
        Assert.Equal(Interrupt.None, Interrupts.Recognise(text));

    [Theory]
    [InlineData("oui c'est bon", true)]
    [InlineData("c'est bon", true)]
    [InlineData("ok", true)]
    [InlineData("yes create it", true)]
    [InlineData("c'est bon oublie", false)]
    [InlineData("ok never mind", false)]
    [InlineData("yes actually cancel", false)]
    public void IncidentReview_ACancelBesideAConfirmation_NeverCreates(string text, bool creates) =>
        Assert.Equal(creates, IncidentChoices.IsCreate(text));

    [Theory]
    [InlineData("laisse tomber c'est bon", true)]
    [InlineData("forget it, it's ok", true)]
    [InlineData("c'est bon", false)]
    [InlineData("ok", false)]
    [InlineData("the cancel button is fine", true)]
    public void CancelSignal_FindsTheCancelAnywhere(string text, bool found) =>
        Assert.Equal(found, CancelSignal.In(text));

    [Theory]
    [InlineData("nan c bon jlai plus besoin")]
    [InlineData("j'l'ai plus besoin")]
    [InlineData("c'est plus la peine finalement")]
    [InlineData("jen ai plus besoin merci")]
    [InlineData("pas besoin finalement")]
    [InlineData("it's no longer needed")]
    [InlineData("no longer need it thx")]
    [InlineData("ok i dont need it anymore")]
    [InlineData("this is not needed anymore")]
    public void Recognise_NoLongerNeeded_IsCancel(string text) =>
        Assert.Equal(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("pas besoin de droits d'admin, juste la lecture")]
    [InlineData("I no longer need the old version installed next to it")]
    [InlineData("plus besoin de redémarrer, l'écran reste noir")]
    public void Recognise_NoLongerNeedingAThing_StaysAnAnswer(string text) =>
        Assert.Equal(Interrupt.None, Interrupts.Recognise(text));

    [Theory]
    [InlineData("un human svp, pas un robot")]
    [InlineData("je voudrais une vraie person")]
    [InlineData("pas un bot")]
    [InlineData("pas un robot, un vrai")]
    [InlineData("i want a real humain not a bot")]
    [InlineData("a person please, not a robot")]
    [InlineData("not a bot, a real one")]
    [InlineData("can i talk to un humain")]
    public void Recognise_PersonInFranglaisOrNotABot_IsHuman(string text) =>
        Assert.Equal(Interrupt.Human, Interrupts.Recognise(text));

    [Theory]
    [InlineData("human resources, not a bot")]
    [InlineData("ressources humaines pas un robot")]
    [InlineData("a real one")]
    [InlineData("un vrai")]
    [InlineData("le robot de la chaîne ne démarre pas")]
    public void Recognise_LookAlikes_AreNotAPerson(string text) =>
        Assert.NotEqual(Interrupt.Human, Interrupts.Recognise(text));
}
