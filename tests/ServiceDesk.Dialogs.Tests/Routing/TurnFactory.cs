using System.Text.Json;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>Turns as the bot maps them from Teams activities.</summary>
internal static class TurnFactory
{
    public static Turn Message(string locale, string? text, string? name = "Jean Dupont") =>
        Make(TurnKind.Message, locale, text, null, name);

    public static Turn Installed(string locale, ConversationKind where = ConversationKind.Personal, string? name = "Jean Dupont") =>
        Make(TurnKind.Installed, locale, null, null, name, where);

    public static Turn Button(string locale, string verb, bool invoke, string? name = "Jean Dupont") =>
        Make(TurnKind.CardAction, locale, null, new CardAction(verb, JsonSerializer.SerializeToElement(new { verb }), invoke), name);

    /// <summary>A card button with data (inputs merged in, as Teams does), as Action.Execute or the Submit fallback.</summary>
    public static Turn Card(string locale, string verb, System.Text.Json.Nodes.JsonObject data, bool invoke = true, string userId = "29:jean") =>
        Make(TurnKind.CardAction, locale, null, new CardAction(verb, JsonSerializer.SerializeToElement(data), invoke), "Jean Dupont") is var turn
            ? turn with { From = turn.From with { Id = userId } }
            : turn;

    private static Turn Make(TurnKind kind, string locale, string? text, CardAction? action, string? name, ConversationKind where = ConversationKind.Personal) =>
        new(
            kind,
            "activity-1",
            new Person("29:jean", "00000000-0000-0000-0000-000000000001", name),
            new ConversationReference("https://smba.example/teams/", where == ConversationKind.Personal ? "a:personal" : "19:general@thread.tacv2", "tenant-1", "msteams", where, "28:bot"),
            locale,
            "Europe/Paris",
            text,
            action,
            new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
}
