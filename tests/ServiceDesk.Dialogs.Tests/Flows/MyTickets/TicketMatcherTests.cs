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
