using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>
/// Impact and urgency as card values ("me", "team", "many"; "wait", "part", "all"), their option numbers as listed
/// (1, 2, 3), or words people type in English or French.
/// </summary>
internal static class IncidentChoices
{
    public static readonly IReadOnlyList<(string Value, Impact Impact)> Impacts =
        [("me", Impact.Low), ("team", Impact.Medium), ("many", Impact.High)];

    public static readonly IReadOnlyList<(string Value, Urgency Urgency)> Urgencies =
        [("wait", Urgency.Low), ("part", Urgency.Medium), ("all", Urgency.High)];

    private static readonly Dictionary<string, string> ImpactWords = new(StringComparer.Ordinal)
    {
        ["1"] = "me", ["just me"] = "me", ["only me"] = "me", ["me"] = "me", ["moi"] = "me", ["juste moi"] = "me", ["moi seul"] = "me", ["moi seulement"] = "me", ["seulement moi"] = "me",
        ["2"] = "team", ["my team"] = "team", ["team"] = "team", ["mon equipe"] = "team", ["equipe"] = "team", ["notre equipe"] = "team",
        ["3"] = "many", ["many"] = "many", ["many people"] = "many", ["everyone"] = "many", ["whole site"] = "many", ["site"] = "many",
        ["many people or a whole site"] = "many", ["beaucoup de monde ou tout un site"] = "many", ["plusieurs"] = "many", ["beaucoup"] = "many", ["tout le monde"] = "many", ["tout le site"] = "many",
    };

    private static readonly Dictionary<string, string> UrgencyWords = new(StringComparer.Ordinal)
    {
        ["1"] = "wait", ["wait"] = "wait", ["it can wait"] = "wait", ["can wait"] = "wait", ["ca peut attendre"] = "wait", ["attendre"] = "wait", ["pas urgent"] = "wait",
        ["2"] = "part", ["part"] = "part", ["partly"] = "part", ["partially"] = "part", ["part of my work is blocked"] = "part", ["une partie de mon travail est bloquee"] = "part", ["en partie"] = "part", ["partie"] = "part", ["partiellement"] = "part",
        ["3"] = "all", ["all"] = "all", ["blocked"] = "all", ["completely"] = "all", ["all my work"] = "all", ["all my work is blocked"] = "all", ["tout mon travail est bloque"] = "all", ["tout"] = "all", ["bloque"] = "all", ["completement"] = "all", ["urgent"] = "all",
    };

    public static Impact? ImpactOf(string? typed) =>
        typed is not null && ImpactWords.TryGetValue(Interrupts.Normalize(typed), out var value)
            ? Impacts.First(i => i.Value == value).Impact
            : null;

    public static Urgency? UrgencyOf(string? typed) =>
        typed is not null && UrgencyWords.TryGetValue(Interrupts.Normalize(typed), out var value)
            ? Urgencies.First(u => u.Value == value).Urgency
            : null;

    /// <summary>Typed at the review: create the ticket.</summary>
    public static bool IsCreate(string? typed) => Interrupts.Normalize(typed) is
        "create" or "create it" or "create the ticket" or "yes" or "ok" or "confirm" or "submit" or "send"
        or "creer" or "creer le ticket" or "oui" or "valider" or "confirmer" or "envoyer" or "d'accord";
}
