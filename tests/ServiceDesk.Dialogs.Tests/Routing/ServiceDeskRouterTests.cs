using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>Conversation scripts: what the person does → what the bot answers, in English and in French.</summary>
public sealed class ServiceDeskRouterTests
{
    private const string MenuEn = "card: Hello Jean!";
    private const string MenuFr = "card: Bonjour Jean !";

    private readonly ServiceDeskRouter _router = new Conversation.RouterHarness().Router();

    public static TheoryData<string, Turn, string[]> Scripts => new()
    {
        // English
        { "install in a personal chat", TurnFactory.Installed("en-US"), [MenuEn] },
        { "install in a group chat", TurnFactory.Installed("en-US", ConversationKind.GroupChat), ["text: Hello! I'm the IT service desk bot. Employees talk to me in a one-to-one chat to report incidents, request access and follow their tickets."] },
        { "help", TurnFactory.Message("en-US", "help"), [MenuEn] },
        { "Menu!", TurnFactory.Message("en-US", "Menu!"), [MenuEn] },
        { "?", TurnFactory.Message("en-US", "?"), [MenuEn] },
        { "start over", TurnFactory.Message("en-US", "start over"), [MenuEn] },
        { "cancel", TurnFactory.Message("en-US", "Cancel"), ["text: There is nothing to cancel. Type help to see what I can do."] },
        { "empty", TurnFactory.Message("en-US", "   "), ["text: I didn't get any text. Type a message or pick one of the options below.", MenuEn] },
        // Without the incident flow registered (these scripts test the router alone), an incident shows the menu's note.
        { "incident in words", TurnFactory.Message("en-US", "my printer is jammed"), [MenuEn + " | note: To report an incident, tell me what is not working, on which device or application, and since when."] },
        { "the button's title typed", TurnFactory.Message("en-US", "Report an incident"), [MenuEn + " | note: To report an incident, tell me what is not working, on which device or application, and since when."] },
        { "report incident (submit)", TurnFactory.Button("en-US", "menu.reportIncident", invoke: false), [MenuEn + " | note: To report an incident, tell me what is not working, on which device or application, and since when."] },
        { "ask a question (invoke)", TurnFactory.Button("en-US", "menu.askQuestion", invoke: true), ["invoke 200 card: Hello Jean! | note: Ask your question in a sentence, for example: how do I reset my password?"] },
        { "unknown button (invoke)", TurnFactory.Button("en-US", "ticket.gone", invoke: true), ["invoke 400 unknownAction: This button is no longer available. Type help to see what I can do."] },
        { "unknown button (submit)", TurnFactory.Button("en-US", "ticket.gone", invoke: false), ["text: This button is no longer available. Type help to see what I can do.", MenuEn] },
        { "no name", TurnFactory.Message("en-GB", "help", name: null), ["card: Hello!"] },

        // French
        { "installation en conversation privée", TurnFactory.Installed("fr-FR"), [MenuFr] },
        { "installation dans une conversation de groupe", TurnFactory.Installed("fr-FR", ConversationKind.GroupChat), ["text: Bonjour ! Je suis le bot du support informatique. Les employés m'écrivent en conversation privée pour signaler des incidents, demander des accès et suivre leurs tickets."] },
        { "aide", TurnFactory.Message("fr-FR", "aide"), [MenuFr] },
        { "Aide !", TurnFactory.Message("fr-FR", " Aide ! "), [MenuFr] },
        { "menu", TurnFactory.Message("fr-CA", "MENU"), [MenuFr] },
        { "recommencer", TurnFactory.Message("fr-FR", "Recommencer"), [MenuFr] },
        { "annuler", TurnFactory.Message("fr-FR", "annuler."), ["text: Il n'y a rien à annuler. Tapez aide pour voir ce que je peux faire."] },
        { "vide", TurnFactory.Message("fr-FR", ""), ["text: Je n'ai reçu aucun texte. Écrivez un message ou choisissez une des options ci-dessous.", MenuFr] },
        { "incident en mots", TurnFactory.Message("fr-FR", "mon imprimante est bloquée"), [MenuFr + " | note: Pour signaler un incident, dites-moi ce qui ne fonctionne pas, sur quel appareil ou quelle application, et depuis quand."] },
        { "le titre du bouton tapé", TurnFactory.Message("fr-FR", "signaler un incident"), [MenuFr + " | note: Pour signaler un incident, dites-moi ce qui ne fonctionne pas, sur quel appareil ou quelle application, et depuis quand."] },
        { "demander un accès (submit)", TurnFactory.Button("fr-FR", "menu.requestAccess", invoke: false), [MenuFr + " | note: Pour demander un accès, dites-moi de quelle application, de quel groupe ou de quel dossier vous avez besoin, et pourquoi."] },
        { "poser une question (invoke)", TurnFactory.Button("fr-FR", "menu.askQuestion", invoke: true), ["invoke 200 card: Bonjour Jean ! | note: Posez votre question en une phrase, par exemple : comment réinitialiser mon mot de passe ?"] },
        { "bouton inconnu (invoke)", TurnFactory.Button("fr-FR", "ticket.gone", invoke: true), ["invoke 400 unknownAction: Ce bouton n'est plus disponible. Tapez aide pour voir ce que je peux faire."] },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task HandleAsync_Script_AnswersAsExpected(string step, Turn turn, string[] expected)
    {
        var result = await _router.HandleAsync(turn, CancellationToken.None);

        Assert.True(expected.SequenceEqual(Describe(result)), $"{step}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", Describe(result))}]");
    }

    [Fact]
    public async Task HandleAsync_MenuCard_HasThreeVerbsAndMoreRequests()
    {
        var result = await _router.HandleAsync(TurnFactory.Message("fr-FR", "aide"), CancellationToken.None);

        var card = Assert.Single(result.Replies).Card!;
        Assert.Equal(["menu.reportIncident", "menu.requestAccess", "menu.myTickets"], card.Actions!.OfType<ExecuteAction>().Select(a => a.Verb));
        Assert.Equal(["Signaler un incident", "Demander un accès", "Mes tickets", "Autres demandes"], card.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task HandleAsync_NameWithMarkdown_IsShownLiterally()
    {
        var result = await _router.HandleAsync(TurnFactory.Message("en-US", "help", name: "**Bob** <i>Smith</i>"), CancellationToken.None);

        Assert.Equal(@"Hello \*\*Bob\*\*!", Greeting(Assert.Single(result.Replies).Card!));
    }

    [Theory]
    [InlineData(TurnKind.Uninstalled)]
    [InlineData(TurnKind.Other)]
    public async Task HandleAsync_OtherEvents_AnswerNothing(TurnKind kind)
    {
        var turn = TurnFactory.Message("en-US", null) with { Kind = kind };

        var result = await _router.HandleAsync(turn, CancellationToken.None);

        Assert.Empty(result.Replies);
        Assert.Null(result.Invoke);
    }

    private static List<string> Describe(TurnResult result)
    {
        var lines = result.Replies.Select(r => r.Card is null ? $"text: {r.Text}" : DescribeCard(r.Card)).ToList();
        if (result.Invoke is { } invoke)
        {
            lines.Add(invoke.Card is null
                ? $"invoke {invoke.StatusCode} {invoke.ErrorCode}: {invoke.Message}"
                : $"invoke {invoke.StatusCode} {DescribeCard(invoke.Card)}");
        }

        return lines;
    }

    private static string DescribeCard(AdaptiveCard card)
    {
        var note = card.Body[0] is Container { Items: [TextBlock text] } ? $" | note: {text.Text}" : string.Empty;
        return $"card: {Greeting(card)}{note}";
    }

    private static string Greeting(AdaptiveCard card) => card.Body.OfType<TextBlock>().First(t => t.Size == TextSize.Large).Text;
}
