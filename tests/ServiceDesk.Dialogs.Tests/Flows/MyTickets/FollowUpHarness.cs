using Moq;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>
/// Jean's tickets for follow-up questions (and one of Paul's, which Jean must never see), with the incident flow
/// registered, and a recogniser that is the real one unless a test makes it say <see cref="Intent.TicketFollowUp"/>.
/// </summary>
internal sealed class FollowUpHarness
{
    public RouterHarness Router { get; } = new RouterHarness().WithIncidentFlow();

    public Mock<IIntentRecognizer> Recognizer { get; } = new();

    public FollowUpHarness()
    {
        var now = Router.Time.GetUtcNow();
        Router.Access = TestAccessCatalogue.Catalogue();
        Add(1, "Printer jammed on floor 3", "printing", "printer", TicketStatus.New, now);
        Add(2, "VPN drops every hour", "network-vpn", "vpn", TicketStatus.InProgress, now);
        Add(3, "Écran noir au démarrage", "workstation", "laptop", TicketStatus.New, now);
        Add(4, "Outlook crashes at start", "email", "outlook", TicketStatus.Closed, now, closedDaysAgo: 10);
        Add(5, "Accès au dossier partagé RH", "hr-share", null, TicketStatus.New, now, kind: TicketKind.Request);
        Add(6, "Printer stolen from my desk", "printing", "printer", TicketStatus.New, now, requester: "29:paul");
        Add(7, "Laptop battery swollen", "workstation", "laptop", TicketStatus.New, now, requester: "29:paul");
        // Whatever the mock is not told about goes to the real recogniser.
        Recognizer.Setup(r => r.RecognizeAsync(It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string? text, string? locale, CancellationToken _) => ValueTask.FromResult(KeywordIntentRecognizer.Recognize(text, locale)));
    }

    public int Count => Router.Tickets.All.Count;

    /// <summary>The mock says <paramref name="text"/> is a follow-up about <paramref name="subject"/>.</summary>
    public FollowUpHarness FollowUp(string text, string subject, string? category = null, string? service = null)
    {
        Router.Recognizer = Recognizer.Object;
        Recognizer.Setup(r => r.RecognizeAsync(text, It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Recognition(Intent.TicketFollowUp, 0.9, null, category, service) { Subject = subject });
        return this;
    }

    public ConversationScript Script(string locale, string userId = "29:jean") => new(Router, locale, userId);

    /// <summary>
    /// Types <paramref name="message"/> and expects <paramref name="expected"/> in the answer, with no ticket created;
    /// the answer's text, for what a test checks besides.
    /// </summary>
    public async Task<string> TypeCreatingNothingAsync(string locale, string message, string expected)
    {
        var before = Count;

        var script = Script(locale);
        await script.PlayAsync(("type: " + message, expected));

        Assert.Equal(before, Count);
        return ConversationScript.Text(script.LastResult!);
    }

    /// <summary>No form was opened: neither language's step counter is shown.</summary>
    public static void AssertNoForm(string text)
    {
        Assert.DoesNotContain("Step", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Étape", text, StringComparison.Ordinal);
    }

    private void Add(long n, string title, string category, string? service, TicketStatus status, DateTimeOffset now,
        int? closedDaysAgo = null, string requester = "29:jean", TicketKind kind = TicketKind.Incident)
    {
        var closed = closedDaysAgo is { } d ? now.AddDays(-d) : (DateTimeOffset?)null;
        Router.Tickets.Add(new Ticket
        {
            Number = new TicketNumber(kind, n),
            Version = 1,
            Status = status,
            Title = title,
            Description = "Details: " + title,
            Category = category,
            Service = service,
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = Priority.P4,
            Requester = new TicketPerson(requester, null, requester == "29:jean" ? "Jean Dupont" : "Paul"),
            CreatedAt = now.AddDays(-20 + n),
            UpdatedAt = closed ?? now.AddHours(-n),
            ResolvedAt = closed,
            ClosedAt = closed,
            Access = kind == TicketKind.Request ? new AccessRequestDetails(category, "read", "For the payroll audit.", null, ["29:marie"]) : null,
        });
    }
}
