using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>
/// Impact and urgency as card values ("me", "team", "many"; "wait", "part", "all"), matched by meaning with a
/// <see cref="ChoiceMatcher"/>: the card's labels in both languages, their numbers (1, 2, 3) and ordinals, and the
/// other ways people say them. To teach a paraphrase, add a short synonym in both languages here.
/// </summary>
internal static class IncidentChoices
{
    public static readonly IReadOnlyList<(string Value, Impact Impact)> Impacts =
        [("me", Impact.Low), ("team", Impact.Medium), ("many", Impact.High)];

    public static readonly IReadOnlyList<(string Value, Urgency Urgency)> Urgencies =
        [("wait", Urgency.Low), ("part", Urgency.Medium), ("all", Urgency.High)];

    public static ChoiceMatcher ImpactMatcher { get; } = new(
    [
        Option("me", TextKeys.IncidentImpactMe,
            "me", "moi", "only me", "just myself", "myself", "only mine", "just mine", "nobody else", "no one else", "only my computer",
            "just my machine", "me alone", "single user", "moi seul", "moi seulement", "seulement moi", "que moi", "uniquement moi",
            "personne d autre", "juste mon poste", "seulement mon poste", "il n y a que moi", "je suis seul"),
        // A few colleagues (Medium) against a whole team or department and more (High): how the labelled batches read
        // "the whole accounts payable team is blocked" and "tout le service compta", and what the options now say.
        Option("team", TextKeys.IncidentImpactTeam,
            "my colleagues", "colleagues", "a few colleagues", "some colleagues", "a few people", "some people", "several people",
            "a few of us", "several of us", "some of my team", "part of the team", "not just me", "not only me", "mes collegues",
            "collegues", "quelques collegues", "quelques personnes", "plusieurs personnes", "quelques uns", "une partie de l equipe",
            "pas que moi", "pas seulement moi", "nous"),
        Option("many", TextKeys.IncidentImpactMany,
            "my team", "our team", "the team", "whole team", "entire team", "the whole team", "my department", "department",
            "whole department", "my group", "equipe", "mon equipe", "notre equipe", "toute l equipe", "toute une equipe", "mon service",
            "le service", "tout le service",
            "many", "many people", "everyone", "everybody", "whole site", "whole floor", "whole office", "whole building",
            "whole company", "entire company", "all users", "lots of people", "the whole office", "site", "floor", "company",
            "beaucoup", "beaucoup de monde", "plusieurs", "tout le monde", "tout le site", "tout l etage", "tout le batiment",
            "toute l entreprise", "toute la boite", "tous les utilisateurs", "etage", "batiment", "entreprise"),
    ]);

    public static ChoiceMatcher UrgencyMatcher { get; } = new(
    [
        Option("wait", TextKeys.IncidentUrgencyWait,
            "wait", "can wait", "not urgent", "no rush", "no hurry", "low", "low priority", "whenever", "later", "not blocking",
            "not blocked", "nothing blocked", "minor", "not a big deal", "attendre", "peut attendre", "pas urgent", "rien ne presse",
            "pas presse", "pas bloque", "pas bloquant", "rien de bloque", "pas grave", "plus tard", "faible", "pas prioritaire"),
        Option("part", TextKeys.IncidentUrgencyPart,
            "part", "partly", "partially", "partly blocked", "some of my work", "somewhat", "a bit", "a little", "medium",
            "i can work around it", "workaround", "slows me down", "half", "some things", "en partie", "partie", "partiellement",
            "un peu", "moyen", "a moitie", "je peux contourner", "ca me ralentit", "certaines choses", "quelques trucs"),
        Option("all", TextKeys.IncidentUrgencyAll,
            "all", "completely", "completely blocked", "totally blocked", "fully blocked", "blocked", "all of it", "everything",
            "cant work", "cannot work", "cant do anything", "nothing works", "urgent", "very urgent", "asap", "high", "critical",
            "stuck", "dead in the water", "tout", "tout est bloque", "completement", "completement bloque", "totalement bloque",
            "bloque", "je suis bloque", "peux plus rien faire", "peux plus travailler", "peux rien faire", "plus rien ne marche",
            "rien ne marche", "tres urgent", "urgent", "critique", "bloquant", "au secours"),
    ]);

    /// <summary>Typed at the review: create the ticket.</summary>
    private static readonly ChoiceMatcher Confirm = new(
    [
        new("create", ["Create the ticket", "Créer le ticket"],
            ["create", "create it", "yes", "ok", "okay", "confirm", "submit", "send", "go", "go ahead", "do it", "looks good",
             "yes please", "yep", "sure", "creer", "oui", "valider", "confirmer", "envoyer", "d accord", "vas y", "allez y", "c est bon",
             "parfait", "ca me va", "oui merci", "ouais"]),
    ]);

    // A click sends the option's card value ("team"), read as itself before any wording: "team" alone is no longer one
    // of that option's words ("my team" is a whole team).
    public static Impact? ImpactOf(string? typed, bool lenient = false) =>
        Impacts.FirstOrDefault(i => string.Equals(i.Value, typed, StringComparison.Ordinal)) is { Value: not null } clicked ? clicked.Impact
        : ImpactCount.Read(typed) is { } counted ? counted
        : Pick(ImpactMatcher, typed, lenient) is { } value ? Impacts.First(i => i.Value == value).Impact : null;

    public static Urgency? UrgencyOf(string? typed, bool lenient = false) =>
        Pick(UrgencyMatcher, typed, lenient) is { } value ? Urgencies.First(u => u.Value == value).Urgency : null;

    /// <summary>The options' values that fit about as well (for "did you mean ... ?"), else empty.</summary>
    public static IReadOnlyList<string> Ambiguous(ChoiceMatcher matcher, string? typed) =>
        matcher.Match(typed) is { Outcome: ChoiceOutcome.Ambiguous } match ? match.Candidates : [];

    /// <summary>Typed at the review: create the ticket; never when the message also drops the request ("oublie, c'est bon").</summary>
    public static bool IsCreate(string? typed) => Confirm.Match(typed) is { IsMatched: true, Confidence: >= 0.7 } && !CancelSignal.In(typed);

    /// <summary>
    /// The option typed. <paramref name="lenient"/> (the step was refused once already) also takes the best of an ambiguous
    /// answer or the closest weak lead, so a reasonable paraphrase is never refused twice.
    /// </summary>
    private static string? Pick(ChoiceMatcher matcher, string? typed, bool lenient)
    {
        var match = matcher.Match(typed);
        return match.Outcome switch
        {
            ChoiceOutcome.Matched => match.Value,
            _ when lenient && match.Candidates.Count > 0 => match.Candidates[0],
            _ => null,
        };
    }

    private static ChoiceOption Option(string value, string labelKey, params string[] synonyms) =>
        new(value, [Texts.English.Get(labelKey), Texts.French.Get(labelKey)], synonyms);
}
