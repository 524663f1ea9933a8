using Moq;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A question read as my tickets, equipment, a new starter, the menu or (by someone with no ticket) a follow-up that an
/// article likely answers gets the article first, with the way the intent would have gone one click away; the same
/// intent only stated, or asked with no likely article, goes where it always did. The test knowledge base answers "disk" / "disque" clearly (0.9) and "password" /
/// "mot de passe" only weakly (0.5).
/// </summary>
public sealed class AskedFirstTests
{
    private readonly RouterHarness _harness = new();

    public static TheoryData<string, string, Intent, string, string, string> AskedAndClear => new()
    {
        // locale, the message, what the recogniser read, the article's title, the note, the button that does the intent
        { "en-US", "someone starts on my team next week, does their laptop disk get encrypted?", Intent.NewStarter, "Disk full", "Not what you were after?", "New starter" },
        { "en-US", "the replacement pc has a tiny disk, what now", Intent.RequestHardware, "Disk full", "Not what you were after?", "Hardware" },
        { "en-US", "where do I see how much disk I have left", Intent.MyTickets, "Disk full", "Not what you were after?", "My tickets" },
        { "en-US", "hello, how do I clean up my disk", Intent.Greeting, "Disk full", "Not what you were after?", "Show the menu" },
        { "fr-FR", "une stagiaire arrive lundi, son disque sera chiffré ?", Intent.NewStarter, "Disque plein", "Ce n'est pas ce que vous cherchiez ?", "Nouvel arrivant" },
        { "fr-FR", "mon nouveau poste a un disque minuscule, je fais quoi", Intent.RequestHardware, "Disque plein", "Ce n'est pas ce que vous cherchiez ?", "Matériel" },
        { "fr-FR", "où je vois la place qui reste sur mon disque ?", Intent.MyTickets, "Disque plein", "Ce n'est pas ce que vous cherchiez ?", "Mes tickets" },
        { "en-US", "what should I request about my disk for the newcomer?", Intent.TicketFollowUp, "Disk full", "Not what you were after?", "My tickets" },
        { "fr-FR", "ma demande de disque pour le stagiaire, je fais comment ?", Intent.TicketFollowUp, "Disque plein", "Ce n'est pas ce que vous cherchiez ?", "Mes tickets" },
    };

    [Theory]
    [MemberData(nameof(AskedAndClear))]
    public async Task AskedAndClearlyAnswered_GetsTheArticleFirst_AndTheIntentOneClickAway(string locale, string text, Intent intent, string title, string note, string button)
    {
        var shown = await TypeAsync(locale, text, new Recognition(intent, 0.9), withForms: true);

        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.Contains(note, shown, StringComparison.Ordinal);
        Assert.Contains(button, shown, StringComparison.Ordinal);
        Assert.True(shown.IndexOf(title, StringComparison.Ordinal) < shown.IndexOf(note, StringComparison.Ordinal), shown);
        Assert.Null(OpenForm);
        Assert.Empty(_harness.Tickets.All);
    }

    [Theory]
    [InlineData("en-US", "menu.newStarter")]
    [InlineData("fr-FR", "menu.requestHardware")]
    public async Task TheButtonUnderTheArticle_DoesWhatTheIntentWouldHaveDone(string locale, string verb)
    {
        var (text, intent, form) = verb == "menu.newStarter"
            ? ("someone starts on my team next week, does their laptop disk get encrypted?", Intent.NewStarter, "newstarter")
            : ("mon nouveau poste a un disque minuscule, je fais quoi", Intent.RequestHardware, "hardware");
        _harness.Recognizer = Reading(text, new Recognition(intent, 0.9)).Object;
        AddForms();
        var script = new ConversationScript(_harness, locale);
        await script.DoAsync("type: " + text);

        await script.DoAsync("press: " + verb);

        Assert.Equal(form, OpenForm);
    }

    [Theory]
    [InlineData("en-US", "new starter on monday, her laptop needs a bigger disk", Intent.NewStarter, "newstarter")]
    [InlineData("fr-FR", "il me faut un disque externe de 2 To", Intent.RequestHardware, "hardware")]
    public async Task OnlyStated_TheIntentGoesOnAsBefore(string locale, string text, Intent intent, string form)
    {
        var shown = await TypeAsync(locale, text, new Recognition(intent, 0.9), withForms: true);

        Assert.Equal(form, OpenForm);
        Assert.DoesNotContain("Disk full", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Disque plein", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "can I get a bigger disk for my laptop?")]
    [InlineData("en-US", "could I have an external disk please")]
    [InlineData("fr-FR", "je voudrais un disque externe, c'est possible ?")]
    public async Task AWishForEquipment_AskedPolitely_OpensTheEquipmentForm_NotTheArticle(string locale, string text)
    {
        var shown = await TypeAsync(locale, text, new Recognition(Intent.RequestHardware, 0.9), withForms: true);

        Assert.Equal("hardware", OpenForm);
        Assert.DoesNotContain(locale == "fr-FR" ? "Disque plein" : "Disk full", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "how do I get a bigger disk?", "Disk full")]
    [InlineData("fr-FR", "comment on obtient un disque plus grand ?", "Disque plein")]
    public async Task AskingHowToGetEquipment_StillGetsTheArticleFirst(string locale, string text, string title)
    {
        var shown = await TypeAsync(locale, text, new Recognition(Intent.RequestHardware, 0.9), withForms: true);

        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.Null(OpenForm);
    }

    [Theory]
    [InlineData("en-US", "new laptop for a trainee, the disk thing", Intent.NewStarter, "Disk full")]
    [InlineData("fr-FR", "disque du portable pour le nouveau", Intent.RequestHardware, "Disque plein")]
    public async Task OnlyStated_ButTheRulesWereUnsure_TheClearArticleComesFirst(string locale, string text, Intent intent, string title)
    {
        var shown = await TypeAsync(locale, text, new Recognition(intent, 0.3), withForms: true);

        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.Null(OpenForm);
    }

    [Theory]
    [InlineData("en-US", "how many tickets did I open about my password?", "Reset your password", "Not what you were after?")]
    [InlineData("fr-FR", "combien de tickets j'ai ouverts pour mon mot de passe ?", "Réinitialiser votre mot de passe", "Ce n'est pas ce que vous cherchiez ?")]
    public async Task AskedWithoutAClearArticle_TheIntentGoesOnAsBefore(string locale, string text, string article, string note)
    {
        var shown = await TypeAsync(locale, text, new Recognition(Intent.MyTickets, 0.9));

        Assert.DoesNotContain(article, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(note, shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "is INC-000042 about my disk?")]
    [InlineData("fr-FR", "le ticket INC-000042 c'est pour mon disque ?")]
    public async Task AskedAboutATicketNamed_NeverTakesTheArticle(string locale, string text)
    {
        var shown = await TypeAsync(locale, text, new Recognition(Intent.MyTickets, 0.9, TicketNumber.Parse("INC-000042")));

        Assert.DoesNotContain("Disk full", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Disque plein", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "outlook keeps asking for my password, what do I do?", "Before we open an incident, this may solve it:")]
    [InlineData("fr-FR", "mon disque est plein", "Ceci peut vous aider. Sinon, continuez avec le formulaire ci-dessous :")]
    public async Task AProblem_KeepsItsOwnWay_NoSecondCard(string locale, string text, string intro)
    {
        _harness.WithIncidentFlow();
        var script = new ConversationScript(_harness, locale);

        var shown = ConversationScript.Text(await script.DoAsync("type: " + text));

        Assert.Contains(intro, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Not what you were after?", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ce n'est pas ce que vous cherchiez ?", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "my disk is nearly full, how long can I wait before I clean it?", "Disk full")]
    [InlineData("fr-FR", "mon disque est presque plein, combien de temps je peux attendre ?", "Disque plein")]
    public async Task ReadAsAFollowUp_OnNoneOfTheirTickets_GetsTheArticleFirst(string locale, string text, string title)
    {
        AddTicket("Printer jammed on floor 3", "printing", "printer");
        var shown = await TypeAsync(locale, text, new Recognition(Intent.TicketFollowUp, 0.9) { Subject = locale == "fr-FR" ? "disque" : "disk" });

        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "Mes tickets" : "My tickets", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("INC-000001", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "my disk is still full, any news?", "disk", "Disk full on my laptop")]
    [InlineData("fr-FR", "mon disque est toujours plein, ça avance ?", "disque", "Disque plein sur mon portable")]
    [InlineData("en-US", "what's happening with my request about the disk?", "disk", "Disk full on my laptop")]
    [InlineData("fr-FR", "ma demande pour le disque, elle en est où ?", "disque", "Disque plein sur mon portable")]
    public async Task ReadAsAFollowUp_OnOneOfTheirTickets_TheFollowUpAnswers(string locale, string text, string subject, string ticket)
    {
        AddTicket(ticket, "workstation", "laptop");
        var shown = await TypeAsync(locale, text, new Recognition(Intent.TicketFollowUp, 0.9) { Subject = subject });

        Assert.Contains("INC-000001", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(locale == "fr-FR" ? "Ce n'est pas ce que vous cherchiez ?" : "Not what you were after?", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "my windows password got locked this morning", "Reset your password")]
    [InlineData("fr-FR", "mon mot de passe windows est bloqué depuis ce matin", "Réinitialiser votre mot de passe")]
    public async Task ReadAsAFollowUp_BySomeoneWithNoTicket_EvenStated_GetsAnyArticleTheSearchFinds(string locale, string text, string title)
    {
        var shown = await TypeAsync(locale, text, new Recognition(Intent.TicketFollowUp, 0.9));

        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "Mes tickets" : "My tickets", shown, StringComparison.Ordinal);
    }

    private void AddTicket(string title, string category, string service)
    {
        var now = _harness.Time.GetUtcNow();
        _harness.Tickets.Add(new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1),
            Version = 1,
            Status = TicketStatus.New,
            Title = title,
            Description = "Details: " + title,
            Category = category,
            Service = service,
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = Priority.P4,
            Requester = new TicketPerson("29:jean", null, "Jean Dupont"),
            CreatedAt = now.AddDays(-2),
            UpdatedAt = now.AddHours(-1),
        });
    }

    /// <summary>The form open in Jean's personal chat, if any.</summary>
    private string? OpenForm => _harness.Store.Peek("a:personal", "29:jean")?.DialogName;

    /// <summary>
    /// Types <paramref name="text"/>, which the recogniser reads as <paramref name="reading"/> (the new starter and
    /// hardware forms registered <paramref name="withForms"/>); what the bot shows.
    /// </summary>
    private async Task<string> TypeAsync(string locale, string text, Recognition reading, bool withForms = false)
    {
        _harness.Recognizer = Reading(text, reading).Object;
        if (withForms)
        {
            AddForms();
        }

        return ConversationScript.Text(await new ConversationScript(_harness, locale).DoAsync("type: " + text));
    }

    private void AddForms()
    {
        _harness.Dialogs.Add(new ProbeDialog("newstarter"));
        _harness.Dialogs.Add(new ProbeDialog("hardware"));
    }

    private static Mock<IIntentRecognizer> Reading(string text, Recognition recognition)
    {
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string? typed, string? locale, CancellationToken _) => ValueTask.FromResult(KeywordIntentRecognizer.Recognize(typed, locale)));
        recognizer.Setup(r => r.RecognizeAsync(text, It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(recognition);
        return recognizer;
    }
}
