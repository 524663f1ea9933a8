using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// Odd messages through the router, with the incident flow registered: a sensible answer each time, never a crash,
/// never an apology loop; after three misunderstandings in a row the bot offers a person, once.
/// </summary>
public sealed class BadInputTests
{
    private const string OfferEn = "I'm not managing to help with this.";
    private const string OfferFr = "Je n'arrive pas à vous aider sur ce point.";

    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    private static readonly string Rambling = string.Concat(Enumerable.Repeat(
        "so basically this morning I came in and sat down and my laptop was doing the thing again where it is very slow and then ", 40))[..4_000];

    private const string StackTrace = """
        System.NullReferenceException: Object reference not set to an instance of an object.
           at Contoso.Billing.InvoiceService.Post(Invoice invoice) in C:\src\Billing\InvoiceService.cs:line 212
           at Contoso.Billing.Program.Main(String[] args)
        """;

    public static TheoryData<string, string, string> Messages => new()
    {
        // locale, message, a fragment of the sensible answer
        { "en-US", "", "I didn't get any text." },
        { "fr-FR", "   ", "Je n'ai reçu aucun texte." },
        { "en-US", "😀🎉👍", "I couldn't find any words in that." },
        { "fr-FR", "🙈🙈", "Je n'ai trouvé aucun mot dans ce message." },
        { "en-US", Rambling, "Report an incident" },
        { "fr-FR", "mon laptop ne boot plus depuis the update", "Signaler un incident | Qui est touché ?" },
        { "en-US", "outlook plante tout le temps since yesterday", "Report an incident | Who is affected?" },
        { "en-US", StackTrace, "Report an incident | Who is affected?" },
        // A pasted error code alone is what a service desk reads as a fault (it was "I don't know" before 2026-12-08).
        { "en-US", "0x80070005", "Report an incident | What is it about?" },
        { "fr-FR", "erreur 0x800CCC0E", "Signaler un incident | De quoi s'agit-il ?" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task OddMessage_GetsASensibleAnswer(string locale, string message, string expected)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: " + message, expected));

        var text = ConversationScript.Text(script.LastResult!);
        Assert.DoesNotContain(OfferEn, text, StringComparison.Ordinal);
        Assert.DoesNotContain(OfferFr, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "😀")]
    [InlineData("en-US", "🙈🙈🙈")]
    [InlineData("fr-FR", "0x80070005")]
    [InlineData("en-US", "")]
    [InlineData("fr-FR", "   ")]
    [InlineData("en-US", "...")]
    [InlineData("en-US", "<script>alert(1)</script> {{title}} ${jndi:ldap://x}")]
    public async Task OddMessage_InsideAForm_IsRefusedByTheStep_WithoutACrash(string locale, string message)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: " + message, locale == "en-US" ? "What is it about?" : "De quoi s'agit-il ?"));

        Assert.Equal("incident", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    [Fact]
    public async Task ALongRamblingAnswer_AtAFreeTextStep_IsCheckedByTheStep()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: " + Rambling, "Please keep this under"));
    }

    [Theory]
    [InlineData("en-US", "what is the meaning of life?", "blorp", "🙂", OfferEn)]
    [InlineData("fr-FR", "quelle est la couleur du ciel ?", "zzz", "quel temps fait-il sur la lune ?", OfferFr)]
    public async Task ThreeMisunderstandingsInARow_OfferAPerson_Once(string locale, string first, string second, string third, string offer)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: " + first, ""));
        Assert.DoesNotContain(offer, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        await script.PlayAsync(("type: " + second, ""));
        Assert.DoesNotContain(offer, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        await script.PlayAsync(("type: " + third, offer));

        // Not again at the next one: no apology loop.
        await script.PlayAsync(("type: " + first, ""));
        Assert.DoesNotContain(offer, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnderstoodMessage_ResetsTheCount()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: blorp", ""), ("type: zzz", ""), ("type: how do I connect to the vpn", "Connect to the VPN"), ("type: blorp", ""));

        Assert.DoesNotContain(OfferEn, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOffer_TakenUp_GivesTheAgentWhatWasSaid()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: blorp", ""), ("type: zzz qqq", ""), ("type: frobnicate the widget", OfferEn), ("press: escalation.start", "I've asked the service desk"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.True(ticket.NeedsHuman);
        Assert.Contains("> frobnicate the widget", ticket.Description, StringComparison.Ordinal);
        Assert.Contains("> blorp", ticket.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreeWrongAnswersInAForm_OfferAPerson()
    {
        var script = new ConversationScript(_harness, "en-US");
        // At the title step: a step with options takes its closest option at the second try, so it never refuses three times.
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", "In a few words, what is wrong?"),
            ("type: ab", "In a few words, what is wrong?"),
            ("type: cd", "In a few words, what is wrong?"),
            ("type: ef", "(Talk to someone)"));
    }

    [Theory]
    [InlineData("en-US", "yes", "I've asked the service desk")]
    [InlineData("fr-FR", "oui", "J'ai demandé au support")]
    public async Task TheOffer_AnsweredByTyping_IsTakenUp(string locale, string yes, string expected)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: blorp", ""), ("type: zzz qqq", ""), ("type: frobnicate", ""), ("type: " + yes, expected));

        Assert.Single(_harness.Tickets.All);
    }

    [Fact]
    public async Task TheOffer_DeclinedByTyping_ShowsTheMenu_AndOpensNothing()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: blorp", ""), ("type: zzz qqq", ""), ("type: frobnicate", OfferEn), ("type: no thanks", "Hello Jean!"));

        Assert.Empty(_harness.Tickets.All);
    }
}
