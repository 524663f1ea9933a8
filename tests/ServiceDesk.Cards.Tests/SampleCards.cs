using System.Text.Json.Nodes;
using ServiceDesk.Cards;

namespace ServiceDesk.Cards.Tests;

/// <summary>Cards the tests share: a welcome card per language and one using every element and action type.</summary>
internal static class SampleCards
{
    public static WelcomeView EnglishWelcome { get; } = new(
        "Hello Jean!",
        "I'm the IT service desk.",
        [
            new("Report an incident", "Something is broken.", "menu.reportIncident"),
            new("Request access", "Get access to an application.", "menu.requestAccess"),
            new("My tickets", "See where your tickets stand.", "menu.myTickets"),
            new("Ask a question", "Find an answer in the knowledge base.", "menu.askQuestion"),
        ],
        "Type help at any time to come back to this menu.");

    public static WelcomeView FrenchWelcome { get; } = new(
        "Bonjour Jean !",
        "Je suis le support informatique.",
        [
            new("Signaler un incident", "Quelque chose est en panne.", "menu.reportIncident"),
            new("Demander un accès", "Obtenir l'accès à une application.", "menu.requestAccess"),
            new("Mes tickets", "Voir où en sont vos tickets.", "menu.myTickets"),
            new("Poser une question", "Trouver une réponse dans la base de connaissances.", "menu.askQuestion"),
        ],
        "Tapez aide à tout moment pour revenir à ce menu.",
        Note: "Dites-moi ce qui ne fonctionne pas.");

    public static AdaptiveCard EveryElement()
    {
        var ticket = new JsonObject { ["ticket"] = "INC-000123", ["version"] = 3 };
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Every element") { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Accent, Wrap = true, HorizontalAlignment = HorizontalAlignment.Center },
                new TextBlock("Assigned to <at>Ana Agent</at>") { Wrap = true },
                new TextBlock("Subtle line") { IsSubtle = true, Spacing = Spacing.Small, Separator = true },
                new RichTextBlock([new TextRun("Rich run") { Weight = TextWeight.Bolder, Italic = true }, new TextRun(" plain run")]),
                new FactSet([new Fact("Number", "INC-000123"), new Fact("Priority", "P2")]),
                new Container([new TextBlock("Inside a container") { Wrap = true }])
                {
                    Style = ContainerStyle.Attention,
                    SelectAction = CardActions.Execute("Open", "ticket.open", ticket),
                },
                new ColumnSet(
                [
                    new Column([new Image("https://adaptivecards.io/content/cats/1.png") { Size = ImageSize.Small, AltText = "A cat" }]) { Width = "auto" },
                    new Column([new TextBlock("Column text") { Wrap = true }]) { Width = "stretch" },
                ]),
                new TextInput { Id = "title", Label = "Title", Placeholder = "Short title", MaxLength = 120, IsRequired = true, ErrorMessage = "A title is required." },
                new TextInput { Id = "description", Label = "Description", IsMultiline = true, Value = "Prefilled" },
                new ChoiceSetInput([new Choice("Just me", "3"), new Choice("My team", "2"), new Choice("Many people", "1")])
                {
                    Id = "impact", Label = "Impact", Style = ChoiceInputStyle.Expanded, IsRequired = true, ErrorMessage = "Pick one.", Value = "3",
                },
                new ChoiceSetInput([new Choice("Email", "email"), new Choice("VPN", "vpn")]) { Id = "services", Label = "Services", IsMultiSelect = true },
                new DateInput { Id = "endDate", Label = "End date", Min = "2026-01-01" },
                new ToggleInput("Temporary access") { Id = "temporary", Label = "Temporary", ValueOn = "yes", ValueOff = "no" },
                new ActionSet([CardActions.Execute("Take it", "ticket.assign", ticket, ActionStyle.Positive)]),
            ],
            Actions =
            [
                CardActions.Execute("Submit", "incident.submit", ticket),
                CardActions.Submit("Send as message", "incident.submit"),
                new OpenUrlAction("https://example.org/kb/1") { Title = "Full article" },
                new ShowCardAction(new AdaptiveCard { Body = [new TextInput { Id = "comment", Label = "Comment" }], Actions = [CardActions.Execute("Reject", "access.reject", style: ActionStyle.Destructive)] }) { Title = "Reject…" },
            ],
            FallbackText = "Every element",
            Refresh = new CardRefresh(new ExecuteAction("ticket.refresh") { Data = ticket.DeepClone().AsObject() }, ["29:user"]),
            MsTeams = new TeamsCardProperties { Width = TeamsCardProperties.FullWidth, Entities = [CardMention.Of("29:agent", "Ana Agent")] },
        };
    }
}
