using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>The per-message language, the stated impact and urgency, and follow-ups on one's own tickets.</summary>
public sealed class RecognitionDetailsTests
{
    [Theory]
    [InlineData("my printer is jammed again", "fr-FR", "en")]
    [InlineData("mon imprimante est bloquée", "en-US", "fr")]
    [InlineData("imprimante HS", "en-US", "en")]
    [InlineData("l'imprimante", "en-US", "fr")]
    [InlineData("le vpn marche pas", "en-US", "fr")]
    [InlineData("pls help outlook doesnt work", "fr-FR", "en")]
    [InlineData("j'ai un souci avec teams, the meeting link doesnt work", "en-US", "fr")]
    [InlineData("vpn", "fr-CA", "fr")]
    [InlineData("vpn", "en-GB", "en")]
    [InlineData("vpn", "de-DE", null)]
    public void Language_IsDetectedPerMessage_TheClientsLanguageOnlyBreaksATie(string text, string locale, string? expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, locale).Language);

    [Theory]
    [InlineData("the whole floor is affected, outlook wont open", Impact.High, null)]
    [InlineData("nobody in accounting can print", Impact.Medium, null)]
    [InlineData("printer jammed, just me though, it can wait", Impact.Low, Urgency.Low)]
    [InlineData("outlook crashes, not urgent", null, Urgency.Low)]
    [InlineData("vpn is broken and I cant work at all", null, Urgency.High)]
    [InlineData("je suis complètement bloqué, mon pc ne démarre plus", null, Urgency.High)]
    [InlineData("l'imprimante ne marche plus, pas urgent", null, Urgency.Low)]
    [InlineData("tout l'étage n'a plus internet", Impact.High, null)]
    [InlineData("teams plante pour toute l'équipe", Impact.High, null)]
    [InlineData("outlook plante, ça ne gêne que moi", Impact.Low, null)]
    [InlineData("my laptop is slow", null, null)]
    [InlineData("nobody can hear me in teams meetings", null, null)]
    [InlineData("blue screen CRITICAL_PROCESS_DIED", null, null)]
    public void ImpactAndUrgency_AreReadOnlyWhenStated(string text, Impact? impact, Urgency? urgency)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");

        Assert.Equal(Intent.ReportIncident, recognition.Intent);
        Assert.Equal((impact, urgency), (recognition.ImpactHint, recognition.UrgencyHint));
    }

    [Theory]
    [InlineData("any news on my printer ticket?", "printer")]
    [InlineData("still waiting on the vpn thing I reported", "vpn")]
    [InlineData("has anyone looked at my keyboard issue yet", "keyboard")]
    [InlineData("quelqu'un a regardé mon souci d'écran ?", "ecran")]
    [InlineData("ma demande pour Visio", "visio")]
    [InlineData("des nouvelles de mon ticket imprimante ?", "imprimante")]
    [InlineData("my vpn keeps dropping still, any news on the ticket?", "vpn")]
    public void FollowUp_OnOneOfMyTickets_IsRecognisedWithItsSubject(string text, string subjectWord)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");

        Assert.Equal(Intent.TicketFollowUp, recognition.Intent);
        Assert.Contains(subjectWord, recognition.Subject!.Split(' '));
    }

    [Theory]
    [InlineData("add this to my ticket: it also happens on the second screen")]
    [InlineData("ajoutez à mon ticket que ça le fait aussi sur l'autre écran")]
    public void AddToMyTicket_IsAFollowUp(string text) =>
        Assert.Equal(Intent.TicketFollowUp, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Theory]
    [InlineData("whats the status of my ticket")]
    [InlineData("est-ce que quelqu'un a regardé ma demande")]
    [InlineData("any news on my request?")]
    [InlineData("du nouveau sur mon ticket ?")]
    public void OneTicketOfMineNamingNothing_IsAFollowUpWithAnEmptySubject(string text)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");
        Assert.Equal(Intent.TicketFollowUp, recognition.Intent);
        Assert.Equal(string.Empty, recognition.Subject);
    }

    [Theory]
    [InlineData("my printer is broken", Intent.ReportIncident)]
    [InlineData("mon imprimante est en panne", Intent.ReportIncident)]
    [InlineData("I want to open a new ticket for my printer", Intent.ReportIncident)]
    [InlineData("still no internet since this morning", Intent.ReportIncident)]
    [InlineData("my tickets", Intent.MyTickets)]
    [InlineData("mes demandes", Intent.MyTickets)]
    [InlineData("whats the status of my tickets", Intent.MyTickets)]
    [InlineData("est-ce que quelqu'un a regardé mes demandes", Intent.MyTickets)]
    [InlineData("what's the status of all my requests", Intent.MyTickets)]
    [InlineData("any news on INC-000123?", Intent.TicketStatus)]
    public void NotAFollowUp_ANewIncidentTheListOrANumber(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Theory]
    [InlineData("wifi drops every time I'm in a teams meeting", CategoryIds.NetworkVpn)]
    [InlineData("websites time out but teams works fine", CategoryIds.NetworkVpn)]
    [InlineData("outlook keeps asking for my password", CategoryIds.Email)]
    [InlineData("my laptop wont connect to the vpn", CategoryIds.NetworkVpn)]
    [InlineData("le wifi coupe pendant les réunions teams", CategoryIds.NetworkVpn)]
    public void Category_IsWhatIsBroken_NotWhatIsMerelyMentioned(string text, string category) =>
        Assert.Equal(category, KeywordIntentRecognizer.Recognize(text, "en-US").CategoryHint);

    [Theory]
    [InlineData("System.NullReferenceException: Object reference not set to an instance of an object.\n   at Contoso.Expenses.Submit() in C:\\src\\Submit.cs:line 42")]
    [InlineData("0x80092013")]
    [InlineData("[2026-12-03 08:41:12] ERROR vpnagent: TLS handshake failed (code 0x80092013)")]
    [InlineData("AADSTS50053")]
    [InlineData("HTTP 500 Internal Server Error")]
    public void PastedLogsAndErrorCodes_AreAnIncidentOrAQuestion(string text)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");

        Assert.Contains(recognition.Intent, new[] { Intent.ReportIncident, Intent.Question });
    }

    [Fact]
    public void AVeryLongRamblingMessage_IsUnderstoodWithoutThrowing()
    {
        var text = string.Concat(Enumerable.Repeat("so my laptop is really slow every morning and I have tried restarting it, ", 60));

        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");

        Assert.Equal((Intent.ReportIncident, CategoryIds.Workstation), (recognition.Intent, recognition.CategoryHint));
    }
}
