using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// What the router reads around the recogniser: a how-to asked aside inside a form, a hashed number a step refused, and
/// a resource one was refused when trying to see it.
/// </summary>
public sealed class AsideAndRefusalWordsTests
{
    [Theory]
    [InlineData("au fait, comment on se connecte au wifi du bureau ?", "comment on se connecte au wifi du bureau ?")]
    [InlineData("btw how do i add a signature to my emails", "how do i add a signature to my emails")]
    [InlineData("quick question, how do I open the shared mailbox?", "how do i open the shared mailbox ?")]
    public void HowToAside_AnAsideThenAHowTo_IsTheQuestionWithoutItsAside(string text, string asked) =>
        Assert.Equal(asked, TopicSwitch.HowToAside(text));

    [Theory]
    [InlineData("comment on se connecte au wifi du bureau ?")]
    [InlineData("au fait, l'écran clignote aussi le matin")]
    [InlineData("btw how")]
    [InlineData("actually how it happens is that the screen goes black after a minute and then comes back, every single time I plug the dock in")]
    public void HowToAside_WithoutAnAside_OrWithoutAHowTo_OrTooLong_IsNothing(string text) =>
        Assert.Null(TopicSwitch.HowToAside(text));

    [Theory]
    [InlineData("#42", true)]
    [InlineData("42", false)]
    public void AfterRefusal_AHashedNumber_IsATicket_ABareOneMayBeACount(string text, bool ticket)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");

        Assert.Equal(ticket, TopicSwitch.AfterRefusal(text, recognition, ServiceDeskRouter.IncidentDialog));
    }

    [Theory]
    [InlineData("can I open the CRM? it says access denied")]
    [InlineData("je voudrais consulter le dossier partagé RH, on me dit que je n'ai pas les droits")]
    public void Upgrade_SeeingAResourceAndBeingRefused_IsAnAccessRequest(string text)
    {
        var recognition = new Recognition(Intent.ReportIncident, 0.8);

        Assert.Equal(Intent.RequestAccess, AccessNaming.Upgrade(text, recognition, TestAccessCatalogue.Catalogue()).Intent);
    }

    [Fact]
    public void Upgrade_AResourceThatFails_WithoutAskingToSeeIt_StaysAnIncident()
    {
        var recognition = new Recognition(Intent.ReportIncident, 0.8);

        Assert.Equal(Intent.ReportIncident, AccessNaming.Upgrade("the CRM crashes when I save a contact, access denied error", recognition, TestAccessCatalogue.Catalogue()).Intent);
    }
}
