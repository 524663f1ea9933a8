using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>Which of two tickets of the same category a follow-up names: the computer itself, or a symptom in the other language.</summary>
public sealed class TicketMatcherTests
{
    private static readonly Ticket Laptop = Incident(1, "Laptop takes 10 minutes to start", "My laptop is very slow to start every morning.", "laptop");
    private static readonly Ticket Screen = Incident(2, "Second screen flickers", "My second monitor flickers all the time when it is on the dock.", "screen");

    [Theory]
    [InlineData("pc")]
    [InlineData("ordi")]
    [InlineData("computer")]
    public void Match_AWordForTheComputer_IsTheLaptopTicket_NotTheScreenOfTheSameCategory(string word)
    {
        var matches = new TicketMatcher(null, null).Match([word], Workstation(), [Laptop, Screen]);

        Assert.Equal(Laptop.Number, Assert.Single(matches).Number);
    }

    [Theory]
    [InlineData(1, "lenteur", "demarrage")]
    [InlineData(2, "ecran", "clignote")]
    public void Match_FrenchSymptoms_MeetTheEnglishTicket(int expected, string first, string second)
    {
        var matches = new TicketMatcher(null, null).Match([first, second], Workstation(), [Laptop, Screen]);

        Assert.Equal(new TicketNumber(TicketKind.Incident, expected), Assert.Single(matches).Number);
    }

    [Fact]
    public void Match_AThingNoTicketMentions_InTheSameCategory_IsNoTicket()
    {
        var matches = new TicketMatcher(null, null).Match(["keyboard"], Workstation(), [Laptop, Screen]);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_MotDePasse_MeetsTheEnglishPasswordTicket()
    {
        var outlook = Incident(3, "Outlook keeps asking for my password", "Outlook asks for my password again and again.", "outlook") with { Category = "email" };

        var matches = new TicketMatcher(null, null).Match(["mot", "passe"], new Recognition(Intent.TicketFollowUp, 0.9), [Laptop, Screen, outlook]);

        Assert.Equal(outlook.Number, Assert.Single(matches).Number);
    }

    [Theory]
    [InlineData("coffee", "machine")]
    [InlineData("machine", "cafe")]
    [InlineData("telephone", "portable")]
    public void Match_AComputerWordInsideAnotherThingsName_IsNotTheLaptop(string first, string second)
    {
        var matches = new TicketMatcher(null, null).Match([first, second], new Recognition(Intent.TicketFollowUp, 0.9), [Laptop, Screen], first + " " + second);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_OnlyAWordThatTellsOneThingFromAnother_IsNoTicket()
    {
        // "second" is in the screen ticket's title, but "my second badge" is not about a screen.
        var matches = new TicketMatcher(null, null).Match(["second", "badge"], new Recognition(Intent.TicketFollowUp, 0.9), [Laptop, Screen]);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_MyAccessRequest_IsTheRequest_ButABadgeAccessRequestIsNot()
    {
        var request = Incident(4, "Visio licence", "I draw the network plans.", "visio") with { Number = new TicketNumber(TicketKind.Request, 4), Category = "visio" };
        var matcher = new TicketMatcher(null, null);
        var none = new Recognition(Intent.TicketFollowUp, 0.9);

        Assert.Equal(request.Number, Assert.Single(matcher.Match(["access"], none, [Laptop, Screen, request], "any news on my access request")).Number);
        Assert.Empty(matcher.Match(["badge", "access"], none, [Laptop, Screen, request], "any news on my badge access request"));
    }

    private static readonly Ticket Printer = Incident(5, "Printer on the 2nd floor prints blank pages", "The printer near the kitchen prints blank pages since Monday.", "printer") with { Category = "printing" };
    private static readonly Ticket JammedPrinter = Incident(6, "Printer jammed on floor 3", "Paper jams in the printer on floor 3 at every job.", "printer") with { Category = "printing" };
    private static readonly Ticket Outlook = Incident(7, "Outlook keeps asking for my password", "Outlook asks for my password again and again.", "outlook") with { Category = "email" };
    private static readonly Ticket Vpn = Incident(8, "VPN disconnects every few minutes", "The VPN drops every few minutes when I work from home.", "vpn") with { Category = "network-vpn" };

    [Theory]
    [InlineData("mouse pointer keeps freezing every few seconds", 2)]
    [InlineData("souris qui se fige toutes les secondes", 2)]
    [InlineData("outlook keeps crashing as soon as i open an attachment", 7)]
    [InlineData("outlook plante sans arret a l'ouverture des pieces jointes", 7)]
    [InlineData("the printer on floor 2 jams on each page", 5)]
    [InlineData("l'imprimante du 2e bourre a chaque page", 5)]
    [InlineData("my laptop keeps overheating every few minutes", 1)]
    public void SharesSymptom_OnlyTheCategoryTheThingOrWordsSaidOfAnyProblem_IsNoSameProblem(string sentence, int ticket)
    {
        var matcher = new TicketMatcher(null, null);
        var tickets = new[] { Laptop, Screen, Printer, Outlook, Vpn }.ToDictionary(t => (int)t.Number.Sequence);

        Assert.False(matcher.SharesSymptom(FollowUpCues.Subject(sentence), tickets[ticket]));
    }

    [Theory]
    [InlineData("paper keeps getting stuck in the printer on floor 3", 6)]
    [InlineData("l'imprimante du 3e bourre encore a chaque impression", 6)]
    [InlineData("the 3rd floor printer is jamming again", 6)]
    [InlineData("my vpn keeps cutting out when working from home", 8)]
    [InlineData("le vpn coupe toutes les dix minutes en teletravail", 8)]
    [InlineData("my second monitor is blinking on the dock", 2)]
    [InlineData("outlook redemande sans arret mes identifiants", 7)]
    public void SharesSymptom_TheSameThingAndProblem_InOtherWords_IsTheSameProblem(string sentence, int ticket)
    {
        var matcher = new TicketMatcher(null, null);
        var tickets = new[] { Laptop, Screen, JammedPrinter, Outlook, Vpn }.ToDictionary(t => (int)t.Number.Sequence);

        Assert.True(matcher.SharesSymptom(FollowUpCues.Subject(sentence), tickets[ticket]));
    }

    [Theory]
    [InlineData("des nouvelles pour les deconnexions ?", 8)]
    [InlineData("ma demande pour la messagerie qui reclame mes identifiants", 7)]
    [InlineData("is my printer still jamming?", 6)]
    public void Match_AFormOrSynonymOfTheTicketsSymptom_InEitherLanguage_NamesIt(string sentence, int ticket)
    {
        var tickets = new[] { Laptop, Screen, JammedPrinter, Outlook, Vpn };

        var matches = new TicketMatcher(null, null).Match(FollowUpCues.Subject(sentence), new Recognition(Intent.TicketFollowUp, 0.9), tickets, sentence);

        Assert.Equal(ticket, Assert.Single(matches).Number.Sequence);
    }

    [Theory]
    [InlineData("the second headset i asked for")]
    [InlineData("des nouvelles de mon deuxieme casque")]
    [InlineData("my ticket about the headset at home")]
    public void Match_AnotherThing_MetOnlyByWhenWhereOrWhichOne_IsNoTicket(string sentence)
    {
        var charger = Incident(10, "Laptop does not charge at home", "My laptop stops charging when I plug it in at home.", "laptop");

        var matches = new TicketMatcher(null, null).Match(FollowUpCues.Subject(sentence), Workstation(), [Screen, charger], sentence);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_AWordSharingOnlyItsFirstLetters_IsNotTheSameWord_ButAWordsOtherForm_Is()
    {
        var french = Incident(9, "PC portable très lent", "Mon ordinateur portable met longtemps à démarrer.", "laptop");
        var matcher = new TicketMatcher(null, null);
        var none = new Recognition(Intent.TicketFollowUp, 0.9);

        Assert.Empty(matcher.Match(["acces", "portail"], none, [french], "ma demande d'acces au portail"));
        Assert.Equal(JammedPrinter.Number, Assert.Single(matcher.Match(["printing"], none, [french, JammedPrinter], "my printing ticket")).Number);
    }

    private static Recognition Workstation() => new(Intent.TicketFollowUp, 0.9, null, "workstation");

    private static Ticket Incident(int number, string title, string description, string service)
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        return new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, number),
            Version = 1,
            Status = TicketStatus.New,
            Title = title,
            Description = description,
            Category = "workstation",
            Service = service,
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = Priority.P4,
            Requester = new TicketPerson("29:employee", null, "Alex Employee"),
            CreatedAt = at,
            UpdatedAt = at,
        };
    }
}
