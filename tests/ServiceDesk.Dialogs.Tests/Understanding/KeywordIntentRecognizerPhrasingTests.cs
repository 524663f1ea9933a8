using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>Phrasings reported as misrouted, one theory per report.</summary>
public sealed class KeywordIntentRecognizerPhrasingTests
{
    [Theory]
    [InlineData("report incident", "en-US")]
    [InlineData("report an incident", "en-US")]
    [InlineData("Report an incident", "en-US")]
    [InlineData("I want to report an incident", "en-US")]
    [InlineData("new incident", "en-US")]
    [InlineData("signaler un incident", "fr-FR")]
    [InlineData("Signaler un incident", "fr-FR")]
    [InlineData("je veux signaler un incident", "fr-FR")]
    [InlineData("déclarer un incident", "fr-FR")]
    public void Recognize_AskingToReportAnIncident_IsReportIncidentWithNothingToPrefill(string text, string locale)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, locale);
        Assert.Equal(Intent.ReportIncident, recognition.Intent);
        // The command says nothing about the fault: the flow must ask for a title, not title it "Report an incident".
        Assert.Null(recognition.TitleHint);
        Assert.Null(recognition.CategoryHint);
    }

    [Fact]
    public void Recognize_ReportCommandFollowedByTheFault_KeepsTheFaultAsTitle()
    {
        var recognition = KeywordIntentRecognizer.Recognize("report an incident: the printer on floor 2 is jammed", "en-US");
        Assert.Equal((Intent.ReportIncident, CategoryIds.Printing, "The printer on floor 2 is jammed"), (recognition.Intent, recognition.CategoryHint, recognition.TitleHint));
    }

    [Theory]
    [InlineData("request access", Intent.RequestAccess)]
    [InlineData("demander un accès", Intent.RequestAccess)]
    [InlineData("demande d'accès", Intent.RequestAccess)]
    [InlineData("my tickets", Intent.MyTickets)]
    [InlineData("mes tickets", Intent.MyTickets)]
    [InlineData("ask", Intent.Question)]
    [InlineData("Ask a question", Intent.Question)]
    [InlineData("question", Intent.Question)]
    [InlineData("poser une question", Intent.Question)]
    [InlineData("help", Intent.Help)]
    [InlineData("aide", Intent.Help)]
    public void Recognize_CommandWords_AreRecognizedNotFallenBackOn(string text, Intent expected)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");
        Assert.Equal(expected, recognition.Intent);
        Assert.False(recognition.IsFallback);
    }

    [Theory]
    [InlineData("comment changer mon mot de passe ?", Intent.Question)]
    [InlineData("how do I change my password", Intent.Question)]
    [InlineData("mon mot de passe ne marche plus", Intent.ReportIncident)]
    [InlineData("my password doesn't work", Intent.ReportIncident)]
    public void Recognize_HowToAboutAPassword_IsAQuestionButAFaultIsAnIncident(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, "fr-FR").Intent);

    [Theory]
    [InlineData("what are you able to do?")]
    [InlineData("tu sers à quoi ?")]
    [InlineData("what can you do")]
    public void Recognize_WhatTheBotCanDo_IsHelp(string text) =>
        Assert.Equal(Intent.Help, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Fact]
    public void Recognize_AnOutageOnAServiceRightNow_IsOutage()
    {
        var recognition = KeywordIntentRecognizer.Recognize("une panne sur teams en ce moment ?", "fr-FR");
        Assert.Equal((Intent.Outage, ServiceIds.Teams), (recognition.Intent, recognition.ServiceHint));
    }

    [Fact]
    public void Recognize_HowToGetAccess_IsRequestAccess() =>
        Assert.Equal(Intent.RequestAccess, KeywordIntentRecognizer.Recognize("how do i get access to the power bi reports", "en-US").Intent);
}
