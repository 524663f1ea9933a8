using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// The causes of single-message confusions fixed on 2026-12-08 (branch <c>intent10</c>), each on sentences written for
/// these tests (none of a labelled set): a pasted error code is a fault, a person asked for by phone is a person, "n+1"
/// is a manager, "du nouveau bâtiment" is no news, "me demande" is a verb, asking whether something is normal or exists
/// is a question, a tag ("… ou quoi") asks; and the router's second looks keep the list of my tickets a list.
/// </summary>
public sealed class SingleMessageCausesTests
{
    [Theory]
    [InlineData("the label printer in shipping displays 0x8004005e and stops", "en")]
    [InlineData("c000021a", "en")]
    [InlineData("mon scanner affiche \"défaut capteur 0x2f00a1b3\"", "fr")]
    [InlineData("l'appli de paie s'arrête avec 0x8007045d au lancement", "fr")]
    [InlineData("the badge terminal at the door is showing \"reader failure\"", "en")]
    public void APastedErrorCode_OrFailureShown_IsAFault(string text, string language) =>
        Assert.Equal(Intent.ReportIncident, KeywordIntentRecognizer.Recognize(text, language).Intent);

    [Theory]
    [InlineData("0xc19a0003", true)]
    [InlineData("caa2000b", true)]
    [InlineData("0x1f", false)]
    [InlineData("deadbeef", false)]
    [InlineData("20261208", false)]
    [InlineData("abc12", false)]
    public void ErrorCodes_AreHexWithDigits(string word, bool expected) => Assert.Equal(expected, ErrorCodes.IsCode(word));

    [Fact]
    public void AnErrorCodeAsked_IsNotReadAsAFault() =>
        Assert.NotEqual(Intent.ReportIncident, KeywordIntentRecognizer.Recognize("what does 0x800f081f mean?", "en").Intent);

    [Theory]
    [InlineData("could I speak to someone on the phone please", "en")]
    [InlineData("can I have somebody on the phone, this is taking forever", "en")]
    [InlineData("j'aimerais bien avoir quelqu'un au téléphone", "fr")]
    [InlineData("est-ce que quelqu'un pourrait me téléphoner cet après-midi", "fr")]
    public void APersonAskedForByPhone_IsAPerson(string text, string language) =>
        Assert.Equal(Intent.Human, KeywordIntentRecognizer.Recognize(text, language).Intent);

    [Fact]
    public void ARankInTheHierarchy_IsNoTicketNumber()
    {
        var recognition = KeywordIntentRecognizer.Recognize("accès au dossier achats svp, validé par mon n+2", "fr");
        Assert.Equal(Intent.RequestAccess, recognition.Intent);
        Assert.Null(recognition.TicketNumber);
        Assert.Equal(Intent.TicketStatus, KeywordIntentRecognizer.Recognize("des nouvelles du ticket n 12 ?", "fr").Intent);
    }

    [Theory]
    [InlineData("il me faut un badge pour le parking du nouveau site", "fr")]
    [InlineData("mon outlook me demande mon mot de passe toutes les heures", "fr")]
    [InlineData("mon chef m'a donné les droits mais le dossier reste vide", "fr")]
    public void NewThings_AVerbOrAGift_AreNoFollowUp(string text, string language) =>
        Assert.NotEqual(Intent.TicketFollowUp, KeywordIntentRecognizer.Recognize(text, language).Intent);

    [Fact]
    public void NewsAskedOfARequest_StaysAFollowUp() =>
        Assert.Equal(Intent.TicketFollowUp, KeywordIntentRecognizer.Recognize("du nouveau sur ma demande de casque ?", "fr").Intent);

    [Theory]
    [InlineData("est-ce normal que outlook archive mes vieux mails ?", "fr")]
    [InlineData("c'est normal que windows me propose une mise à jour chaque semaine ?", "fr")]
    [InlineData("is there a shortcut to lock the screen", "en")]
    [InlineData("y a-t-il un raccourci pour faire une capture d'écran", "fr")]
    [InlineData("what's on the lunch menu this week", "en")]
    public void AskingWhetherSomethingIsNormalOrExists_IsAQuestion(string text, string language) =>
        Assert.Equal(Intent.Question, KeywordIntentRecognizer.Recognize(text, language).Intent);

    [Theory]
    [InlineData("le wifi est coupé dans tout le bâtiment ou quoi", "fr")]
    [InlineData("is teams down for everyone or what", "en")]
    public void ATagEndingTheMessage_AsksIt(string text, string language)
    {
        Assert.True(IntentShape.IsQuestion(text, TextFolding.Words(text)));
        Assert.Equal(Intent.Outage, KeywordIntentRecognizer.Recognize(text, language).Intent);
    }

    [Theory]
    [InlineData("can you show me my whole ticket history")]
    [InlineData("je voudrais voir toutes mes demandes")]
    [InlineData("où j'en suis avec mes tickets")]
    public void TheRoutersSecondLooks_KeepTheListOfMyTickets(string text) =>
        Assert.Equal(Intent.MyTickets, ServiceDeskRouter.SecondLooks(text, new Recognition(Intent.MyTickets, 0.9), null).Intent);

    [Fact]
    public void TheRoutersSecondLooks_StillTakeOneTicketNamed() =>
        Assert.Equal(Intent.TicketFollowUp, ServiceDeskRouter.SecondLooks("where is my monitor ticket at", new Recognition(Intent.MyTickets, 0.9), null).Intent);

    [Fact]
    public void TheRoutersSecondLooks_ReadDemandeAfterAPronounAsTheVerb() =>
        Assert.Equal(Intent.Question, ServiceDeskRouter.SecondLooks("pourquoi mon pc me demande de redémarrer chaque soir ?", new Recognition(Intent.Question, 0.7), null).Intent);
}
