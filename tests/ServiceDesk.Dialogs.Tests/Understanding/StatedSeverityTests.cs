using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// Impact and urgency read from a first sentence by the kinds of words that state them (a group, a scope, a head count,
/// "only me", a negated urgency, a deadline, a later day), in English and French; and the slot left empty when the
/// words do not clearly state it, since a wrong pre-fill is worse than the question.
/// </summary>
public sealed class StatedSeverityTests
{
    [Theory]
    [InlineData("the printers on the entire 2nd floor are offline", Impact.High)]
    [InlineData("wifi is gone for the whole sales team", Impact.High)]
    [InlineData("the entire customer support team cannot log in to jira", Impact.High)]
    [InlineData("the whole design team laptops reboot since the update", Impact.High)]
    [InlineData("every branch lost the intranet this morning", Impact.High)]
    [InlineData("nobody on our floor can open excel", Impact.High)]
    [InlineData("no one in my department gets any mail", Impact.Medium)]
    [InlineData("everyone at the lyon office has the same error", Impact.High)]
    [InlineData("toute l'équipe support n'a plus teams", Impact.High)]
    [InlineData("tout le service achats a perdu le partage", Impact.High)]
    [InlineData("toute la logistique est sans imprimante", Impact.High)]
    [InlineData("the CFO's laptop will not start before the board", Impact.High)]
    [InlineData("la boîte mail du PDG ne reçoit plus rien", Impact.High)]
    [InlineData("the scanner in the archive room jams, nobody really uses it", Impact.Low)]
    [InlineData("l'imprimante du sous-sol bourre, personne ne s'en sert vraiment", Impact.Low)]
    [InlineData("tout le 2e étage est sans réseau", Impact.High)]
    [InlineData("personne au 4e n'arrive à imprimer", Impact.High)]
    [InlineData("personne dans mon équipe ne reçoit de mails", Impact.Medium)]
    [InlineData("me and four colleagues cannot log in to sap", Impact.Medium)]
    [InlineData("around 40 users see the same error", Impact.High)]
    [InlineData("une trentaine de personnes sans réseau à l'agence", Impact.High)]
    [InlineData("moi et deux collègues n'avons plus accès au partage", Impact.Medium)]
    [InlineData("it only happens to me, the others are fine", Impact.Low)]
    [InlineData("le souci n'arrive que chez moi", Impact.Low)]
    [InlineData("I'm the only one with this problem", Impact.Low)]
    public void Impact_StatedInAnyWording_IsRead(string text, Impact expected) =>
        Assert.Equal(expected, StatedSeverity.ImpactOf(TextFolding.Words(text)));

    [Theory]
    [InlineData("it's not only me, my neighbour has it too")]
    [InlineData("ce n'est pas que moi")]
    [InlineData("not the whole floor, only some desks near the window")]
    [InlineData("two of my screens are black")]
    [InlineData("j'ai essayé deux autres imprimantes")]
    [InlineData("the whole office 365 suite is slow")]
    [InlineData("toute la boite mail a disparu")]
    [InlineData("the whole sharepoint site is down")]
    [InlineData("all day my office pc froze")]
    [InlineData("office 365 users cannot sign in")]
    [InlineData("can you just call me back")]
    [InlineData("la personne au 3e étage ne peut pas imprimer")]
    [InlineData("I have been in the team for two years and my laptop is slow")]
    [InlineData("my whole screen is black")]
    [InlineData("nobody can use the scanner on my desk")]
    [InlineData("je n'entends personne pendant les appels teams")]
    [InlineData("when I share my slides it shows a frozen picture to everyone")]
    [InlineData("all my files on the team site are gone")]
    public void Impact_NotClearlyStated_IsLeftToTheForm(string text) =>
        Assert.Null(StatedSeverity.ImpactOf(TextFolding.Words(text)));

    [Theory]
    [InlineData("not really urgent, the fan is just loud", Urgency.Low)]
    [InlineData("I don't think it's urgent", Urgency.Low)]
    [InlineData("it isn't an emergency", Urgency.Low)]
    [InlineData("rien de bien urgent, l'écran clignote", Urgency.Low)]
    [InlineData("ce n'est vraiment pas une urgence", Urgency.Low)]
    [InlineData("not working at all, urgent please", Urgency.High)]
    [InlineData("we need the report printed before 3pm", Urgency.High)]
    [InlineData("board meeting in 20 minutes and my laptop wont start", Urgency.High)]
    [InlineData("the slides are due by end of day", Urgency.High)]
    [InlineData("j'ai une réunion à 15h et teams ne marche pas", Urgency.High)]
    [InlineData("on doit envoyer la paie avant ce soir", Urgency.High)]
    [InlineData("il faut que ce soit réglé avant midi", Urgency.High)]
    [InlineData("it can wait until next week", Urgency.Low)]
    [InlineData("next week is fine for me", Urgency.Low)]
    [InlineData("vous pouvez passer lundi", Urgency.Low)]
    [InlineData("whenever you have a minute", Urgency.Low)]
    [InlineData("the plotter is down, it's blocking part of our work", Urgency.Medium)]
    [InlineData("le scanner ne marche plus, j'utilise celui du 2e en attendant", Urgency.Medium)]
    [InlineData("word crashes, not urgent, I use google docs for now", Urgency.Low)]
    [InlineData("the erp is down and payroll is blocked", Urgency.High)]
    [InlineData("la facturation est complètement bloquée depuis la mise à jour", Urgency.High)]
    public void Urgency_StatedInAnyWording_IsRead(string text, Urgency expected) =>
        Assert.Equal(expected, StatedSeverity.UrgencyOf(TextFolding.Words(text)));

    [Theory]
    [InlineData("it stopped working at 2pm")]
    [InlineData("since this afternoon outlook is slow")]
    [InlineData("the teams call at 2pm dropped twice")]
    [InlineData("it worked fine until monday")]
    [InlineData("can you fix it by monday")]
    [InlineData("pouvez-vous regarder lundi")]
    [InlineData("it can't wait until monday")]
    [InlineData("I have been waiting since monday")]
    [InlineData("whenever I open outlook it crashes")]
    [InlineData("I need a new mouse, mine broke this afternoon")]
    [InlineData("ça ne peut pas attendre la semaine prochaine")]
    [InlineData("my account is blocked again")]
    [InlineData("I can't use the printer for now")]
    [InlineData("I have a meeting at 10am tomorrow and the projector is broken")]
    public void Urgency_NotClearlyStated_IsLeftToTheForm(string text) =>
        Assert.Null(StatedSeverity.UrgencyOf(TextFolding.Words(text)));

    [Theory]
    [InlineData("me and 3 others", Impact.Medium)]
    [InlineData("une quarantaine de personnes", Impact.High)]
    [InlineData("two of us", Impact.Medium)]
    public void HeadCount_AtTheImpactStep_StillCountsAnyWordForPeople(string typed, Impact expected) =>
        Assert.Equal(expected, ImpactCount.Read(typed));

    [Theory]
    [InlineData("the whole 3rd floor lost wifi, we have a client meeting at 2pm", "en-US", Impact.High, Urgency.High)]
    [InlineData("outlook plante pour toute l'équipe compta, pas pressé", "fr-FR", Impact.High, Urgency.Low)]
    [InlineData("my laptop fan is loud, only happens to me, next week is fine", "en-US", Impact.Low, Urgency.Low)]
    public void FirstSentence_ThroughTheRecogniser_CarriesBothHints(string text, string locale, Impact impact, Urgency urgency)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, locale);

        Assert.Equal(Intent.ReportIncident, recognition.Intent);
        Assert.Equal((impact, urgency), (recognition.ImpactHint, recognition.UrgencyHint));
    }
}
