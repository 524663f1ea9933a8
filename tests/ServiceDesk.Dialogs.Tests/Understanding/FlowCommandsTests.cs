using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

public sealed class FlowCommandsTests
{
    [Theory]
    [InlineData("Report an incident", "en-US")]
    [InlineData("report incident", "en-US")]
    [InlineData("I'd like to open a ticket please", "en-US")]
    [InlineData("new incident", "en-GB")]
    [InlineData("Signaler un incident", "fr-FR")]
    [InlineData("je voudrais signaler un problème svp", "fr-FR")]
    [InlineData("ouvrir un ticket", "fr-CA")]
    public void Recognize_TheFlowsNameTyped_StartsAnIncidentWithNothingPrefilled(string text, string locale)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, locale);

        // The words name the flow, not the fault: no title, category or service to pre-fill.
        Assert.Equal(new Recognition(Intent.ReportIncident, 0.95) { Language = locale[..2] }, recognition);
    }

    [Theory]
    [InlineData("comment signaler un mail de phishing", Intent.Question)]
    [InlineData("how do I report a phishing email", Intent.Question)]
    [InlineData("status of my incident INC-000123", Intent.TicketStatus)]
    [InlineData("mes incidents", Intent.MyTickets)]
    public void Recognize_SentencesAroundTheSameWords_AreNotCommands(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, "fr-FR").Intent);

    [Fact]
    public void Recognize_AnIncidentCommandWithTheFault_KeepsItsTitle()
    {
        var recognition = KeywordIntentRecognizer.Recognize("report an incident: my printer is jammed", "en-US");

        Assert.Equal(Intent.ReportIncident, recognition.Intent);
        Assert.NotNull(recognition.TitleHint);
    }
}
