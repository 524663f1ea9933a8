using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>Ways to ask for the list of one's tickets, for a program, and to chase or add to a ticket, with the faults they must not swallow.</summary>
public sealed class RequestAndListPhrasingTests
{
    [Theory]
    [InlineData("show me my open cases", Intent.MyTickets)]
    [InlineData("what have i got open under my name", Intent.MyTickets)]
    [InlineData("could I see everything i've logged with the service desk", Intent.MyTickets)]
    [InlineData("la liste de mes demandes svp", Intent.MyTickets)]
    [InlineData("get me winrar please, I receive rar files from a supplier", Intent.RequestSoftware)]
    [InlineData("j'ai besoin de filezilla pour envoyer des fichiers au prestataire", Intent.RequestSoftware)]
    [InlineData("ms project license for the office move planning", Intent.RequestAccess)]
    [InlineData("zoom crashes every time I share my screen", Intent.ReportIncident)]
    [InlineData("can you chase my vpn ticket please", Intent.TicketFollowUp)]
    [InlineData("about my outlook ticket: it happens on my phone too, please add that", Intent.TicketFollowUp)]
    [InlineData("est-ce que mon manager a approuvé ma demande visio", Intent.TicketFollowUp)]
    public void Recognize_Phrasing_IsItsIntent(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Fact]
    public void Recognize_ChaseWithoutNamingTheTicket_IsTheList()
    {
        // The words around a follow-up ("pls chase", "déjà", "comme") never name a ticket: with nothing else, the list.
        Assert.Equal(Intent.MyTickets, KeywordIntentRecognizer.Recognize("qu'est-ce que j'ai déjà ouvert comme demandes ?", "fr-FR").Intent);
    }
}
