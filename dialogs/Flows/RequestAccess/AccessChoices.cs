using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>
/// The access flow's option steps as <see cref="ChoiceMatcher"/> options, so they are answered by meaning: a level
/// ("read only", "lecture seule", "the second one"), a "Did you mean …?" candidate ("le premier", "the finanse one")
/// or "none of these", and yes at the summary.
/// </summary>
internal static class AccessChoices
{
    /// <summary>The value of "None of these" among the candidates (resource ids never contain a space).</summary>
    public const string NoneValue = "none of these";

    private static readonly Dictionary<string, string[]> LevelWords = new(StringComparer.Ordinal)
    {
        [AccessLevels.Read] = ["read only", "readonly", "view", "view only", "just read", "reading", "lecture seule", "consultation", "consulter", "lire"],
        [AccessLevels.Contribute] = ["write", "edit", "modify", "change", "read write", "read and write", "contributor", "ecriture", "modifier", "lecture ecriture", "contributeur"],
        [AccessLevels.Admin] = ["admin", "administrator", "full control", "manage", "administrateur", "controle total", "gerer"],
        [AccessLevels.Member] = ["join", "membre", "be a member", "rejoindre"],
        [AccessLevels.Owner] = ["proprietaire", "manage the group", "gerer le groupe"],
        [AccessLevels.Assigned] = ["licence", "license"],
    };

    private static readonly string[] NoneWords =
    [
        "none", "none of them", "neither", "no", "nope", "other", "something else", "not listed", "not there", "not in the list",
        "aucun", "aucune", "aucun des deux", "aucune de celles ci", "aucun de ceux ci", "ni l un ni l autre", "non", "autre", "autre chose",
    ];

    private static readonly ConcurrentDictionary<string, ChoiceMatcher> LevelMatchers = new(StringComparer.Ordinal);

    public static ChoiceMatcher YesNo { get; } = new(ChoiceOption.YesNo("yes", "no"));

    /// <summary>The levels of <paramref name="resource"/>, in its order (the card's numbers); one matcher per list of levels.</summary>
    public static ChoiceMatcher Levels(AccessResource resource) =>
        LevelMatchers.GetOrAdd(string.Join(' ', resource.Levels), _ => new ChoiceMatcher(
        [
            .. resource.Levels.Select(l => new ChoiceOption(
                l,
                [Texts.English.Get(AccessLevels.NameKey(l)), Texts.French.Get(AccessLevels.NameKey(l)), l],
                LevelWords.GetValueOrDefault(l, []))),
        ]));

    /// <summary>
    /// "None of these" alone: asked only after <see cref="Candidates"/> found nothing, so "the last one" is the last
    /// candidate and never this.
    /// </summary>
    public static ChoiceMatcher NoneOfThese { get; } = new(
        [new ChoiceOption(NoneValue, [Texts.English.Get(AccessTextKeys.NoneOfThese), Texts.French.Get(AccessTextKeys.NoneOfThese)], NoneWords)]);

    /// <summary>The candidates of a "Did you mean …?" by place, name and alias in both languages.</summary>
    public static ChoiceMatcher Candidates(IReadOnlyList<AccessResource> candidates) =>
        new([.. candidates.Select(r => new ChoiceOption(r.Id, [r.Name.En, r.Name.Fr], r.Aliases))]);
}
