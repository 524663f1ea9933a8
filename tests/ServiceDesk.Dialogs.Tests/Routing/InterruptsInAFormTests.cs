using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// Interrupts in the words people use, honoured inside a form at a step with options (category) and at a free-text
/// step (title), in English and French; an ordinary answer is never taken for one.
/// </summary>
public sealed class InterruptsInAFormTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    public static TheoryData<string, string, string> Wordings => new()
    {
        { "en-US", "never mind", "Cancelled: nothing was saved." },
        { "en-US", "forget it", "Cancelled: nothing was saved." },
        { "en-US", "stop", "Cancelled: nothing was saved." },
        { "en-US", "ok cancle that", "Cancelled: nothing was saved." },
        { "en-US", "actually I want to cancel", "Cancelled: nothing was saved." },
        { "fr-FR", "oublie", "C'est annulé" },
        { "fr-FR", "oublie ça", "C'est annulé" },
        { "fr-FR", "laisse tomber", "C'est annulé" },
        { "fr-FR", "annule", "C'est annulé" },
        { "fr-FR", "non, anuler", "C'est annulé" },
        { "en-US", "talk to a human", "I can ask the service desk to call you back" },
        { "en-US", "real person please", "I can ask the service desk to call you back" },
        { "en-US", "can I speak to someone", "I can ask the service desk to call you back" },
        { "fr-FR", "je veux un humain", "Je peux demander au support de vous rappeler" },
        { "fr-FR", "parler à quelqu'un", "Je peux demander au support de vous rappeler" },
        { "fr-FR", "je voudrais parler a un technicien svp", "Je peux demander au support de vous rappeler" },
        { "en-US", "help", "I can report an incident" },
        { "fr-FR", "aide moi", "Je peux signaler un incident" },
        { "en-US", "main menu", "Hello Jean!" },
        { "fr-FR", "retour au menu", "Bonjour Jean !" },
        { "en-US", "start again", "Let's start again from the beginning." },
        { "fr-FR", "on recommence", "Reprenons depuis le début." },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public async Task Interrupt_AtAStepWithOptions_IsHonoured(string locale, string wording, string expected)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", Question(locale, category: true)), ("type: " + wording, expected));
    }

    [Theory]
    [MemberData(nameof(Wordings))]
    public async Task Interrupt_AtAFreeTextStep_IsHonoured_NotTakenAsTheTitle(string locale, string wording, string expected)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", Question(locale, category: true)),
            ("type: printing", Question(locale, category: false)),
            ("type: " + wording, expected));
    }

    [Theory]
    [InlineData("en-US", "no", "Create the ticket")]
    [InlineData("fr-FR", "non", "Créer le ticket")]
    public async Task No_AtTheReview_IsAnAnswer_NotACancel(string locale, string no, string stillThere)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", Question(locale, category: true)),
            ("type: printing", Question(locale, category: false)),
            ("type: Printer jammed on floor 3", ""),
            ("type: The printer on floor 3 shows a paper jam error since this morning.", ""),
            ("type: 1", ""),
            ("type: 1", stillThere),
            ("type: " + no, stillThere));

        Assert.Equal("incident", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    [Theory]
    [InlineData("en-US", "Cancel button greyed out in SAP", "Describe what happens")]
    [InlineData("fr-FR", "Arrêt de l'imprimante en pleine impression", "Décrivez ce qui se passe")]
    public async Task ATitleThatMentionsAnInterruptWord_IsTakenAsTheTitle(string locale, string title, string next)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", Question(locale, category: true)),
            ("type: printing", Question(locale, category: false)),
            ("type: " + title, next));
    }

    private static string Question(string locale, bool category) => (locale, category) switch
    {
        ("fr-FR", true) => "De quoi s'agit-il ?",
        ("fr-FR", false) => "En quelques mots, quel est le problème ?",
        (_, true) => "What is it about?",
        _ => "In a few words, what is wrong?",
    };
}
