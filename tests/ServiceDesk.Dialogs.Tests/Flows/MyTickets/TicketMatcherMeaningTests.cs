using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>
/// A follow-up matched by meaning with the shipped catalogues: a symptom said in other words, the category's own names
/// telling no ticket apart, a service only implied never naming a ticket, an access word bringing its resource's words.
/// </summary>
public sealed class TicketMatcherMeaningTests
{
    private static readonly Ticket Laptop = Incident(1, "workstation", "laptop", "Laptop takes 10 minutes to start", "My laptop is very slow to start every morning.");
    private static readonly Ticket Screen = Incident(2, "workstation", "screen", "Second screen flickers", "My second monitor flickers all the time.");
    private static readonly Ticket Vpn = Incident(3, "network-vpn", "vpn", "VPN disconnects every few minutes", "The VPN drops every few minutes when I work from home.");
    private static readonly Ticket Outlook = Incident(4, "email", "outlook", "Outlook keeps asking for my password", "Outlook asks for my password again and again.");

    private static TicketMatcher Matcher() => new(
        new IncidentCatalogue(Options.Create(TestCatalogue.Options)), AccessCatalogue.From(ShippedAccessCatalogue.Options(), ShippedAccessCatalogue.Items()));

    [Theory]
    [InlineData("the slow boot thing, any news?", "slow", "boot")]
    [InlineData("my pc still takes ages to boot up, anyone on it?", "pc", "ages", "boot")]
    [InlineData("mon démarrage interminable, des nouvelles ?", "demarrage", "interminable")]
    public void Match_TheSymptomInOtherWords_IsTheLaptopNotTheScreenOfTheSameCategory(string text, params string[] subject)
    {
        // Both tickets are the workstation's: "Poste de travail" or "Workstation" says nothing of which one.
        var recognition = new Recognition(Intent.TicketFollowUp, 0.9, null, CategoryIds.Workstation);

        Assert.Equal(Laptop.Number, Assert.Single(Matcher().Match(subject, recognition, [Laptop, Screen, Vpn], text)).Number);
    }

    [Fact]
    public void Match_AFrenchVerbOfTheSymptom_MeetsTheEnglishTicket()
    {
        var matches = Matcher().Match(["truc", "coupe"], new Recognition(Intent.TicketFollowUp, 0.9), [Laptop, Vpn, Outlook], "mon truc qui coupe, du nouveau ?");

        Assert.Equal(Vpn.Number, Assert.Single(matches).Number);
    }

    [Fact]
    public void Match_AnAccessWordOfTheVpn_IsTheVpnTicket_NotAnotherThing()
    {
        // "distance" is a word of the VPN access resource ("accès à distance"): it does not name something the VPN ticket is not about.
        var recognition = new Recognition(Intent.TicketFollowUp, 0.9, null, CategoryIds.NetworkVpn, ServiceIds.Vpn);

        var matches = Matcher().Match(["acces", "distance"], recognition, [Laptop, Vpn, Outlook], "où en est mon accès à distance ?");

        Assert.Equal(Vpn.Number, Assert.Single(matches).Number);
    }

    [Fact]
    public void Match_AServiceOnlyImplied_DoesNotNameTheTicketOfThatService()
    {
        // A headset falls in the catalogue's "screen and accessories", but the screen ticket is not about a headset.
        var recognition = new Recognition(Intent.TicketFollowUp, 0.9, null, CategoryIds.Workstation, ServiceIds.Screen);

        Assert.Empty(Matcher().Match(["headset"], recognition, [Laptop, Screen], "any news on my headset ticket?"));
    }

    [Fact]
    public void Match_AThingTheTicketMentionsOnlyAsWhereItHappens_IsNotThatTicket()
    {
        var onTheDock = Screen with { Description = "The monitor goes black when it sits on the dock." };
        var recognition = new Recognition(Intent.TicketFollowUp, 0.9, null, CategoryIds.Workstation);

        Assert.Empty(Matcher().Match(["broken", "dock"], recognition, [Laptop, onTheDock], "what about my ticket for the broken dock?"));
        Assert.Equal(onTheDock.Number, Assert.Single(Matcher().Match(["monitor", "black"], recognition, [Laptop, onTheDock], "my monitor going black, news?")).Number);
    }

    [Fact]
    public void SharesSymptom_AnotherThingTheTicketsTitleSays_IsTheSymptom()
    {
        // The password is the Outlook ticket's symptom, not another thing: said again, it is the same problem.
        Assert.True(Matcher().SharesSymptom(["outlook", "password", "prompt"], Outlook));
        Assert.False(Matcher().SharesSymptom(["outlook", "calendar"], Outlook));
    }

    private static Ticket Incident(int number, string category, string service, string title, string description)
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero).AddDays(number);
        return new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, number),
            Version = 1,
            Status = TicketStatus.New,
            Title = title,
            Description = description,
            Category = category,
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
