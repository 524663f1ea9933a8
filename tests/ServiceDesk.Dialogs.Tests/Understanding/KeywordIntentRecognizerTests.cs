using System.Diagnostics;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

public sealed class KeywordIntentRecognizerTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory]
    [InlineData("how do I reset my password", Intent.Question)]
    [InlineData("my password doesn't work", Intent.ReportIncident)]
    [InlineData("I'm locked out", Intent.ReportIncident)]
    [InlineData("I need access to SAP", Intent.RequestAccess)]
    [InlineData("access denied when I open SAP", Intent.ReportIncident)]
    [InlineData("mes tickets", Intent.MyTickets)]
    [InlineData("my requests", Intent.MyTickets)]
    [InlineData("what's the status of my tickets", Intent.MyTickets)]
    [InlineData("what's the status of my ticket", Intent.TicketFollowUp)]
    [InlineData("gm", Intent.Greeting)]
    [InlineData("is there an outage?", Intent.Outage)]
    [InlineData("y a-t-il une panne", Intent.Outage)]
    [InlineData("is email down for everyone", Intent.Outage)]
    [InlineData("teams est en panne ?", Intent.Outage)]
    [InlineData("mon imprimante est en panne", Intent.ReportIncident)]
    [InlineData("talk to a human", Intent.Human)]
    [InlineData("parler à quelqu'un", Intent.Human)]
    [InlineData("agent please", Intent.Human)]
    [InlineData("un technicien", Intent.Human)]
    [InlineData("what can you do", Intent.Help)]
    [InlineData("bonjour", Intent.Greeting)]
    [InlineData("hi, my vpn is not working", Intent.ReportIncident)]
    public void Recognize_BriefExamples(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Theory]
    [InlineData("status INC-000123", "INC-000123")]
    [InlineData("où en est inc123", "INC-000123")]
    [InlineData("REQ 45", "REQ-000045")]
    [InlineData("talk to a human about INC-000777", "INC-000777")]
    public void Recognize_TicketNumberAnywhere_IsTicketStatus(string text, string number)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "fr-FR");
        Assert.Equal(Intent.TicketStatus, recognition.Intent);
        Assert.Equal(number, recognition.TicketNumber?.ToString());
    }

    [Theory]
    [InlineData("MOT DE PASSE BLOQUÉ", "mot de passe bloque")]
    [InlineData("L'IMPRIMANTE NE MARCHE PLUS !!!", "l imprimante ne marche plus")]
    [InlineData("Où Trouver Le Client VPN ?", "ou trouver le client vpn")]
    public void Recognize_CaseAccentsAndPunctuation_DoNotMatter(string shouted, string plain)
    {
        var a = KeywordIntentRecognizer.Recognize(shouted, "fr-FR");
        var b = KeywordIntentRecognizer.Recognize(plain, "fr-FR");
        Assert.Equal((a.Intent, a.CategoryHint, a.ServiceHint, a.Confidence), (b.Intent, b.CategoryHint, b.ServiceHint, b.Confidence));
        Assert.NotEqual(Intent.None, a.Intent);
    }

    [Theory]
    [InlineData("my pasword doesnt work", Intent.ReportIncident, CategoryIds.AccountPassword)]
    [InlineData("imprimente bloquée", Intent.ReportIncident, CategoryIds.Printing)]
    [InlineData("le vpn marche pa", Intent.ReportIncident, CategoryIds.NetworkVpn)]
    [InlineData("outlok crashes", Intent.ReportIncident, CategoryIds.Email)]
    [InlineData("i need acess to the finance folder", Intent.RequestAccess, null)]
    public void Recognize_CommonTypos_AreTolerated(string text, Intent intent, string? category)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");
        Assert.Equal(intent, recognition.Intent);
        Assert.Equal(category, recognition.CategoryHint);
    }

    [Theory]
    [InlineData("my outlook crashes every morning since the update", CategoryIds.Email, ServiceIds.Outlook)]
    [InlineData("vpn wont connect", CategoryIds.NetworkVpn, ServiceIds.Vpn)]
    [InlineData("l'imprimante du 2e est hors ligne", CategoryIds.Printing, ServiceIds.Printer)]
    [InlineData("teams plante quand je partage mon ecran", CategoryIds.Software, ServiceIds.Teams)]
    [InlineData("onedrive not syncing", CategoryIds.Software, ServiceIds.OneDrive)]
    [InlineData("sharepoint site gives an error", CategoryIds.Software, ServiceIds.OneDrive)]
    [InlineData("error in SAP when i log on", CategoryIds.Software, ServiceIds.Sap)]
    [InlineData("mfa code never arrives on my phone", CategoryIds.AccountPassword, ServiceIds.Mfa)]
    [InlineData("my desk phone has no dial tone", CategoryIds.Phone, ServiceIds.DeskPhone)]
    [InlineData("laptop keyboard broken", CategoryIds.Workstation, ServiceIds.Laptop)]
    [InlineData("my second monitor keeps flickering", CategoryIds.Workstation, ServiceIds.Screen)]
    [InlineData("le scanner n'envoie plus les scans par mail", CategoryIds.Printing, ServiceIds.Scanner)]
    [InlineData("shared mailbox missing from outlook", CategoryIds.Email, ServiceIds.SharedMailbox)]
    public void Recognize_NamedProductOrDevice_GivesCategoryAndServiceHints(string text, string category, string? service)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");
        Assert.Equal(Intent.ReportIncident, recognition.Intent);
        Assert.Equal(category, recognition.CategoryHint);
        Assert.Equal(service, recognition.ServiceHint);
    }

    [Fact]
    public void Recognize_OneSentenceIncident_PrefillsCategoryServiceAndTitle()
    {
        var recognition = KeywordIntentRecognizer.Recognize("my outlook crashes every morning since the update", "en-US");
        Assert.Equal(
            new Recognition(Intent.ReportIncident, recognition.Confidence, null, CategoryIds.Email, ServiceIds.Outlook, "Outlook crashes every morning since the update") { Language = "en" },
            recognition);
        Assert.InRange(recognition.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("quarterly budget figures for the board")]
    [InlineData("xyzzy plugh")]
    [InlineData("مرحبا، الطابعة لا تعمل")]
    [InlineData("שלום, המדפסת לא עובדת")]
    public void Recognize_TextThatMatchesNothing_IsAFallbackQuestion(string text)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");
        Assert.Equal(Intent.Question, recognition.Intent);
        Assert.True(recognition.IsFallback);
        Assert.Equal(0, recognition.Confidence);
        Assert.NotNull(recognition.TitleHint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n")]
    [InlineData(null)]
    [InlineData("😀🙏👍")]
    [InlineData("?!...")]
    [InlineData("\u200F\u202E")]
    public void Recognize_NothingToUnderstand_IsNone(string? text) =>
        Assert.Same(Recognition.Nothing, KeywordIntentRecognizer.Recognize(text, null));

    [Fact]
    public void Recognize_OddLocale_IsIgnored() =>
        Assert.Equal(Intent.ReportIncident, KeywordIntentRecognizer.Recognize("my printer is broken", "xx-not-a-culture").Intent);

    [Fact]
    public void Recognize_TenThousandCharacters_IsFast()
    {
        // Distinct long words that are not in the vocabulary are the expensive case for spelling repair.
        var random = new Random(4);
        var text = string.Join(' ', Enumerable.Range(0, 1_500).Select(_ => new string(Enumerable.Range(0, 9).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray())))[..10_000];
        KeywordIntentRecognizer.Recognize("warm up the qwertyuiop spelling repair", "en-US");

        var stopwatch = Stopwatch.StartNew();
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");
        stopwatch.Stop();

        output.WriteLine($"{text.Length} characters in {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        Assert.NotEqual(Intent.None, recognition.Intent);
        Assert.True(stopwatch.ElapsedMilliseconds < 500, $"{stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task RecognizeAsync_CompletesWithoutWaiting()
    {
        IIntentRecognizer recognizer = new KeywordIntentRecognizer();
        var pending = recognizer.RecognizeAsync("mes tickets", "fr-FR", CancellationToken.None);
        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal(Intent.MyTickets, (await pending).Intent);
    }
}
