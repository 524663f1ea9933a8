using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// How a message asks, read clause by clause (<see cref="AskingClause"/>), and what the recogniser makes of it: a clause
/// asking what to do, where, which or how long, tips asked for, someone leaving asked about, a how-to that names no
/// ticket. Sentences written for these tests, in both languages, with and without accents and in texting spellings;
/// none comes from a labelled set.
/// </summary>
public sealed class AskingClauseTests
{
    [Theory]
    [InlineData("le scanner m'envoie un pdf vide, je fais quoi")]
    [InlineData("mon outlook me demande un code a 6 chiffres, ou je le trouve")]
    [InlineData("mon casque grésille en visio, quel paramètre changer")]
    [InlineData("le badge du parking marche plus, on fait quoi dans ce cas")]
    [InlineData("c quoi l'adresse du portail rh")]
    [InlineData("c'est koi le numéro du support")]
    [InlineData("mot de passe expiré, combien de temps avant que le nouveau marche")]
    [InlineData("reçu un sms bizarre avec un lien, que faire")]
    [InlineData("my calendar shows other people's meetings, which setting is that")]
    [InlineData("teams wants a code every morning, where do I get it")]
    [InlineData("got a text asking for my login, what should I do")]
    [InlineData("how long does a new account take to be ready")]
    public void AClauseAsks(string text) => Assert.True(AskingClause.AsksTheWay(text), text);

    [Theory]
    [InlineData("l'imprimante du 3e bourre encore, quelle galère")]
    [InlineData("my laptop won't boot, can someone help?")]
    [InlineData("outlook plante au démarrage depuis ce matin")]
    [InlineData("what did I report last week")]
    [InlineData("where is my visio request at")]
    [InlineData("je sais pas quoi")]
    [InlineData("please give me access to the legal share")]
    [InlineData("quand j'ouvre excel il se ferme tout seul")]
    public void NoClauseAsksTheWay(string text) => Assert.False(AskingClause.AsksTheWay(text), text);

    [Theory]
    [InlineData("la wifi décroche dans la salle b, des astuces ?")]
    [InlineData("mon micro sature en réunion, vous avez des conseils ?")]
    [InlineData("excel is super slow with big files, any tips?")]
    [InlineData("the dock keeps dropping my second screen, any advice")]
    public void TipsAsked(string text) => Assert.True(AskingClause.AsksAdvice(text), text);

    [Theory]
    [InlineData("merci pour les conseils")]
    [InlineData("any idea when my laptop request will ship?")]
    [InlineData("the vpn keeps dropping")]
    public void NoTipsAsked(string text) => Assert.False(AskingClause.AsksAdvice(text), text);

    [Theory]
    [InlineData("le scanner m'envoie un pdf vide, je fais quoi", "fr-FR")]
    [InlineData("reçu un sms bizarre avec un lien, que faire", "fr-FR")]
    [InlineData("c quoi l'adresse du portail rh", "fr-FR")]
    [InlineData("mon outlook me demande un code a 6 chiffres, ou je le trouve", "fr-FR")]
    [InlineData("got a text asking for my login, what should I do", "en-US")]
    public void AskingTheWay_IsAQuestion(string text, string locale) =>
        Assert.Equal(Intent.Question, KeywordIntentRecognizer.Recognize(text, locale).Intent);

    [Theory]
    [InlineData("teams affiche une erreur de connexion, comment je relance", "fr-FR")]
    [InlineData("how much notice do you need before someone's account is created", "en-US")]
    public void AHowToNamingNoTicket_IsNoFollowUp(string text, string locale) =>
        Assert.NotEqual(Intent.TicketFollowUp, KeywordIntentRecognizer.Recognize(text, locale).Intent);

    [Theory]
    [InlineData("je relance pour mon ticket imprimante, quelqu'un s'en occupe ?", "fr-FR")]
    [InlineData("how is my printer ticket going, any update?", "en-US")]
    [InlineData("ou en est ma demande pour visio ?", "fr-FR")]
    public void AFollowUpNamingItsTicket_StaysAFollowUp(string text, string locale) =>
        Assert.Equal(Intent.TicketFollowUp, KeywordIntentRecognizer.Recognize(text, locale).Intent);

    [Theory]
    [InlineData("ma collègue s'en va vendredi, on fait quoi de son ordi et de ses comptes ?", "fr-FR")]
    [InlineData("someone in my team is leaving next week, what happens to their laptop and their access?", "en-US")]
    [InlineData("quelqu'un quitte le service, il faut rendre quoi comme matériel ?", "fr-FR")]
    public void SomeoneLeaving_AskedAbout_IsAQuestion(string text, string locale) =>
        Assert.Equal(Intent.Question, KeywordIntentRecognizer.Recognize(text, locale).Intent);

    [Theory]
    [InlineData("my laptop won't boot, can someone help?", "en-US", Intent.ReportIncident)]
    [InlineData("mon pc ne démarre plus, quelqu'un peut regarder ?", "fr-FR", Intent.ReportIncident)]
    [InlineData("l'imprimante du 2e bourre encore, quelle galère", "fr-FR", Intent.ReportIncident)]
    [InlineData("can you give me access to the finance share?", "en-US", Intent.RequestAccess)]
    [InlineData("vous pouvez me donner accès au dossier compta ?", "fr-FR", Intent.RequestAccess)]
    [InlineData("what can you do?", "en-US", Intent.Help)]
    public void IncidentsAndRequestsWithAQuestionMark_StayWhatTheyAre(string text, string locale, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, locale).Intent);
}
