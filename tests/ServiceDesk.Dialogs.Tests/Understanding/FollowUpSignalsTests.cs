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
