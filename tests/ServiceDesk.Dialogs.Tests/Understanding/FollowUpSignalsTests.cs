using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// Kinds of words, not phrases, say that a message asks about something already reported: the sentences here are
/// worded unlike any phrase of <c>FollowUp</c>, and the ones that ask for work (not about it) must stay new requests.
/// </summary>
public sealed class FollowUpSignalsTests
{
    [Theory]
    [InlineData("eta on the dock thing")]
    [InlineData("nudging you about the scanner")]
    [InlineData("has anybody fixed the projector yet")]
    [InlineData("was the badge reader repaired or not")]
    [InlineData("when will the scanner be repaired")]
    [InlineData("when is somebody coming for the projector")]
    [InlineData("la borne wifi, ca a été réglé ou pas ?")]
    [InlineData("vous avez avancé sur le scanner ?")]
    [InlineData("d'ici quand le projecteur sera réparé")]
    [InlineData("where are we with the dock")]
    public void Asked(string message) =>
        Assert.Equal(FollowUpSignals.Signal.Asked, FollowUpSignals.Of(TextFolding.Words(message), message.Contains('?')));

    [Theory]
    [InlineData("the scanner is still jamming")]
    [InlineData("re: projector, same again this morning")]
    [InlineData("le scanner bourre encore")]
    public void Restated(string message) =>
        Assert.Equal(FollowUpSignals.Signal.Restated, FollowUpSignals.Of(TextFolding.Words(message), message.Contains('?')));

    [Theory]
    [InlineData("can someone fix my scanner please")]
    [InlineData("my projector stopped working after the windows update")]
    [InlineData("the update failed with 0x80070005")]
    [InlineData("quand je lance teams personne ne m'entend")]
    [InlineData("pouvez-vous regarder mon scanner")]
    [InlineData("quelque chose ne marche pas")]
    [InlineData("")]
    public void NotAboutAReportedTicket(string message) =>
        Assert.Equal(FollowUpSignals.Signal.None, FollowUpSignals.Of(TextFolding.Words(message), message.Contains('?')));

    [Theory]
    [InlineData("eta on the scanner thing", Intent.TicketFollowUp)]
    [InlineData("quelque chose ne marche pas", Intent.ReportIncident)]
    [InlineData("my scanner stopped working after the update", Intent.ReportIncident)]
    public void TheRecogniser_ReadsThem(string message, Intent intent) =>
        Assert.Equal(intent, KeywordIntentRecognizer.Recognize(message, "en-US").Intent);
}

/// <summary>
/// Something already asked for, referred to ("asked 3 days ago", "when will I get …", "j'ai demandé …"): the employee's
/// own tickets are checked; someone else asking, a wish, signing in or a rule are not such references.
/// </summary>
public sealed class FollowUpReferredTests
{
    [Theory]
    [InlineData("when will I get the project licence, requested it on monday")]
    [InlineData("I ordered a dock last week")]
    [InlineData("i've asked for the sales site already")]
    [InlineData("when do we get the new scanner")]
    [InlineData("j'ai demandé l'accès au portail commercial, je l'aurai quand ?")]
    [InlineData("le logiciel de plans, demandé il y a une semaine")]
    [InlineData("quand est-ce que j'aurai mon deuxième écran")]
    [InlineData("I'm waiting for my project licence")]
    [InlineData("j'attends encore mon deuxième écran")]
    [InlineData("still haven't got the sales site access")]
    [InlineData("toujours pas reçu la licence pour les plans")]
    [InlineData("I never received the dock")]
    public void Referred(string message) => Assert.True(FollowUpSignals.Referred(TextFolding.Words(message)));

    [Theory]
    [InlineData("my manager asked me to request the legal share")]
    [InlineData("j'aurais besoin du dossier juridique")]
    [InlineData("I logged in yesterday and outlook froze")]
    [InlineData("when I get home the vpn drops")]
    [InlineData("when do I have to change my password")]
    [InlineData("ma demande de casque")]
    [InlineData("I need the sales site")]
    [InlineData("I have someone in my team who needs the sales site")]
    [InlineData("attends, j'ai une question sur le wifi")]
    [InlineData("the app is stuck waiting for network")]
    [InlineData("I had a problem with outlook")]
    [InlineData("on attend des livraisons ce matin et le scanner plante")]
    public void NotReferred(string message) => Assert.False(FollowUpSignals.Referred(TextFolding.Words(message)));

    [Theory]
    [InlineData("hi did somebody repair the scanner yet")]
    [InlineData("so has anyone sorted the projector")]
    [InlineData("salut, quelqu'un a réparé le scanner ?")]
    [InlineData("the projector in room 4, did somebody look at it yet")]
    [InlineData("the dock thing - has the helpdesk done something?")]
    public void AGreetingBeforeTheQuestion_StillAsks(string message) =>
        Assert.Equal(FollowUpSignals.Signal.Asked, FollowUpSignals.Of(TextFolding.Words(message), message.Contains('?')));
}
