namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// Scores every resource against the whole request: names and aliases in both languages, typos and accents
/// forgiven, each word counting by how rare it is in the catalogue ("finance" is in six resources, "share" in three,
/// "visio" in one). A resource is taken only with a high score, a clear margin over the next one and a word of the
/// request that the next one lacks; a named team or kind that the resource does not have counts against it.
/// Everything else is asked (<see cref="AccessMatchKind.Near"/>) or said to be missing. With descriptions, the words of
/// each resource's description (and their synonyms in either language) count too, at half weight and only to decide
/// what is asked: "les grilles tarifaires", "budget dashboards" offer the resources that hold them, never take one.
/// </summary>
internal sealed class AccessCatalogueMatcher
{
    // A word found in one resource only weighs 1; one found in every resource about 0.23 (see AccessMatcherEntry).
    public const double ClearScore = 0.8;
    public const double ClearMargin = 0.33;
    public const double NearScore = 0.4;
    private const double PhraseBonus = 0.33;
    private const double OtherTeamPenalty = 0.5;
    private const double OtherKindPenalty = 0.33;
    private const double DescriptionFactor = 0.5;
    private const double Strong = 0.8;
    private const int MaxAsked = 3;
    private const int MaxTied = 5; // with "None of these", the six buttons Teams shows without an overflow menu

    private readonly IReadOnlyList<AccessMatcherEntry> _entries;
    private readonly HashSet<string> _vocabulary;
    private readonly HashSet<string> _described;
    private readonly IReadOnlySet<string> _filler;

    /// <param name="resources">The entries to match.</param>
    /// <param name="filler">More words that never name an entry ("install", "écran" for hardware is not filler).</param>
    /// <param name="describe">Whether the words of descriptions may make a resource a candidate to ask about.</param>
    public AccessCatalogueMatcher(IReadOnlyList<AccessResource> resources, IReadOnlySet<string>? filler = null, bool describe = false)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _entries = AccessMatcherEntry.Index(resources, describe);
        _vocabulary = [.. _entries.SelectMany(e => e.Tokens)];
        _described = [.. _entries.SelectMany(e => e.Described)];
        _filler = filler ?? new HashSet<string>();
    }

    /// <summary>
    /// Matches <paramref name="text"/> against the catalogue, or only <paramref name="among"/> (a "did you mean" answer);
    /// <paramref name="byNames"/>: by names and aliases alone, as when deciding whether a message names a resource at all.
    /// </summary>
    public AccessCatalogueMatch Match(string? text, IReadOnlyCollection<AccessResource>? among = null, bool byNames = false)
    {
        var words = RequestWords.Read(text).Where(w => !_filler.Contains(w.Text) || _vocabulary.Contains(w.Text) || _described.Contains(w.Text)).ToList();
        if (words.Count == 0)
        {
            return AccessCatalogueMatch.Nothing;
        }

        // The speaker's own team or post ("for my team", "pour mon nouveau poste") is who asks, not what is asked for:
        // it names no team or kind of resource, and is no unknown product.
        var teams = words.Where(w => w.Weight >= 1 && !w.Owned && CatalogueWords.Departments.Contains(w.Text) && NamesSomething(w, words)).Select(w => w.Text).ToList();
        var kinds = words.Where(w => w.Weight >= 1 && !w.Owned && !w.Doing && CatalogueWords.Kinds.ContainsKey(w.Text)).Select(w => w.Text).ToList();
        var scored = Scores(words, teams, kinds, among, described: false);
        if (scored.Count == 0)
        {
            return AccessCatalogueMatch.Nothing;
        }

        var top = scored[0];
        var second = scored.Count > 1 ? scored[1] : null;
        var narrowed = among is not null;
        var unknown = UnknownWords(words);
        if (top.Score >= (narrowed ? NearScore : ClearScore)
            && top.Score - (second?.Score ?? 0) >= ClearMargin
            && (second is null || Distinguishes(top, second.Entry, words))
            && !OneWordBesideTheUnknown(top, unknown)
            && !SharedWithoutItsNoun(top, words, unknown)
            && !OnlyCommonWords(top)
            && !OnlyKindWords(top)
            && !(second is not null && TeamUnsaid(top, second, words)))
        {
            return new AccessCatalogueMatch(AccessMatchKind.Clear, [top.Entry.Resource], true);
        }

        if (_described.Count > 0 && !byNames)
        {
            // Not taken by its names: what the descriptions say may add candidates to ask about, and a word one of them
            // holds is not unknown ("grilles tarifaires" is no other product).
            scored = Scores(words, teams, kinds, among, described: true);
            top = scored[0];
            unknown = [.. unknown.Where(u => !_described.Any(t => WordSimilarity.Of(u.Text, t) >= Strong))];
        }

        var bar = Math.Max(narrowed ? Strong : NearScore, top.Score * 0.5);
        var near = scored.Where(s => s.Score >= bar).ToList();

        // "the legal sharepoint" (every candidate is another team's or another kind), "a licence for AutoCAD" (only
        // the kind matched, the name did not): what was asked for is not in the catalogue.
        var onlyKindWords = near.All(s => s.Used.All(w => CatalogueWords.Kinds.ContainsKey(w.Text)) && !s.Described);
        if (near.Count == 0 || (!narrowed && (near.All(s => s.Penalised) || (onlyKindWords && unknown.Count > 0))))
        {
            return new AccessCatalogueMatch(AccessMatchKind.None, [], true);
        }

        var tied = near.Count(s => s.Score >= top.Score - 0.01);
        var count = Math.Max(Math.Min(near.Count, MaxAsked), Math.Min(tied, MaxTied));
        return new AccessCatalogueMatch(AccessMatchKind.Near, [.. near.Take(count).Select(s => s.Entry.Resource)], true);
    }

    private List<Scored> Scores(
        IReadOnlyList<RequestWord> words, List<string> teams, List<string> kinds, IReadOnlyCollection<AccessResource>? among, bool described) =>
    [
        .. _entries
            .Where(e => among is null || among.Any(r => r.Id == e.Resource.Id))
            .Select(e => Score(e, words, teams, kinds, described))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Entry.Order),
    ];

    private static Scored Score(AccessMatcherEntry entry, IReadOnlyList<RequestWord> words, List<string> teams, List<string> kinds, bool described)
    {
        var credit = new Dictionary<string, double>(StringComparer.Ordinal);
        var used = new List<RequestWord>();
        var byDescription = false;
        foreach (var word in words)
        {
            var (token, similarity) = entry.Best(word.Text);
            if (described && !word.Owned && (token is null || similarity < Strong) && entry.BestDescribed(word.Text) is { Token: { } said, Similarity: >= Strong } about)
            {
                // A word of the description only: half weight, and never a word that names the resource. The speaker's
                // own thing ("my calendar") is not what a shared resource's description speaks of.
                var worth = word.Weight * about.Similarity * entry.DescribedWeight(said) * DescriptionFactor;
                credit["~" + said] = Math.Max(credit.GetValueOrDefault("~" + said), worth);
                byDescription |= word.Weight >= 1;
                continue;
            }

            if (token is null || similarity < WordSimilarity.Weak)
            {
                continue;
            }

            var value = word.Weight * similarity * entry.Weight(token);
            credit[token] = Math.Max(credit.GetValueOrDefault(token), value);
            if (similarity >= Strong && word.Weight >= 1)
            {
                used.Add(word);
            }
        }

        var score = credit.Values.Sum();
        if (HasPhrase(entry, used))
        {
            score += PhraseBonus;
        }

        // The distinguishing word decides: a request naming another team, or another kind, is not for this resource.
        var penalised = false;
        if (teams.Count > 0 && entry.Teams.Count > 0 && !teams.Any(t => entry.Best(t).Similarity >= Strong))
        {
            score -= OtherTeamPenalty;
            penalised = true;
        }

        if (kinds.Count > 0 && !kinds.Any(k => CatalogueWords.Kinds[k] == entry.Resource.Kind || entry.Best(k).Similarity >= Strong))
        {
            score -= OtherKindPenalty;
            penalised = true;
        }

        return new Scored(entry, score, used, penalised, byDescription);
    }

    /// <summary>
    /// Every word of one of the entry's phrases (two words or more) is among the words used. Loops rather than nested
    /// lambdas: this runs for every entry on every message, and each lambda was a delegate and a closure per call.
    /// </summary>
    private static bool HasPhrase(AccessMatcherEntry entry, List<RequestWord> used)
    {
        foreach (var phrase in entry.Phrases)
        {
            if (phrase.Length < 2)
            {
                continue;
            }

            var all = true;
            foreach (var token in phrase)
            {
                if (!Uses(used, token))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Uses(List<RequestWord> used, string token)
    {
        foreach (var word in used)
        {
            if (WordSimilarity.Of(word.Text, token) >= Strong)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A team counts when it is said of the resource ("the legal sharepoint", "site RH", "finance share"): next to a
    /// kind or a catalogue word. "SAP for the audit" names no audit team.
    /// </summary>
    private bool NamesSomething(RequestWord team, IReadOnlyList<RequestWord> words) =>
        words.Any(w => w.Position != team.Position && Math.Abs(w.Position - team.Position) <= 2
            && (CatalogueWords.Kinds.ContainsKey(w.Text) || _vocabulary.Any(t => WordSimilarity.Of(w.Text, t) >= Strong)));

    /// <summary>
    /// The top resource is one team's ("Finance reporting (Power BI workspace)"), the request names no team of it, and
    /// the rival fits the same words well enough ("power bi reports for my team" is also the Power BI licence): ask.
    /// </summary>
    private static bool TeamUnsaid(Scored top, Scored rival, IReadOnlyList<RequestWord> words) =>
        top.Entry.Teams.Count > 0
        && rival.Score >= NearScore
        && !words.Any(w => w.Weight >= 1 && CatalogueWords.Departments.Contains(w.Text) && top.Entry.Best(w.Text).Similarity >= Strong)
        && top.Used.Any(w => rival.Entry.Best(w.Text).Similarity >= Strong);

    /// <summary>
    /// Every word that named the resource is a frequent word of either language ("plus" in "plus de place sur le disque"
    /// is not Notepad++, "sales site" may be several things): the name was not said, so the match is asked, never taken.
    /// </summary>
    private static bool OnlyCommonWords(Scored top) =>
        top.Used.Count > 0 && top.Used.All(w => CatalogueWords.Grammar.Contains(w.Text));

    /// <summary>
    /// Every word that named the resource says only a kind ("a licence for a tool", "une appli"): "Diagram tool" has
    /// "tool" in its name, yet nothing was named. Asked or said missing, never taken.
    /// </summary>
    private static bool OnlyKindWords(Scored top) =>
        top.Used.Count > 0 && top.Used.All(w => CatalogueWords.Kinds.ContainsKey(w.Text));

    /// <summary>Some word of the request names the top resource and not its closest rival.</summary>
    private static bool Distinguishes(Scored top, AccessMatcherEntry rival, IReadOnlyList<RequestWord> words) =>
        top.Used.Any(w => rival.Best(w.Text).Similarity < Strong);

    /// <summary>
    /// One word named the resource and the request has a word the catalogue does not know: right next to it ("the
    /// jira project"), or anywhere when that one word was a typo's worth away ("Jira pour le projet" is not "Project").
    /// </summary>
    private static bool OneWordBesideTheUnknown(Scored top, List<RequestWord> unknown) =>
        top.Used.Count == 1
        && unknown.Any(u => Math.Abs(u.Position - top.Used[0].Position) == 1 || top.Entry.Best(top.Used[0].Text).Similarity < 1);

    /// <summary>"shared", "partagé(e)": a kind said by an adjective, whose noun is another word ("shared drive", "boîte partagée").</summary>
    private static readonly HashSet<string> SharedWords = new(StringComparer.Ordinal)
    {
        "shared", "partage", "partagee", "partages", "partagees", "common", "commun", "commune",
    };

    /// <summary>
    /// The kind was said only by "shared" / "partagé", right beside it stands a word the catalogue does not know, and no
    /// folder, drive or site is said anywhere (a team may be the owner): "boîte partagée compta", "the finance shared
    /// mailbox", "the shared calendar of the HR team". The unknown word is the thing asked for (a mailbox, a calendar),
    /// which the catalogue may not hold, so the shared folder it resembles is asked about, never taken.
    /// </summary>
    private static bool SharedWithoutItsNoun(Scored top, IReadOnlyList<RequestWord> words, List<RequestWord> unknown) =>
        top.Used.Any(w => SharedWords.Contains(w.Text) && unknown.Any(u => Math.Abs(u.Position - w.Position) == 1))
        && !words.Any(w => !SharedWords.Contains(w.Text)
            && CatalogueWords.Kinds.TryGetValue(w.Text, out var kind) && kind is AccessResourceKind.SharedFolder or AccessResourceKind.Site);

    /// <summary>
    /// Words of the request the catalogue does not know ("jira", "autocad"). Next to the only word that matched
    /// ("the jira project") the request may name something else, so the match is asked, not taken.
    /// </summary>
    private List<RequestWord> UnknownWords(IReadOnlyList<RequestWord> words) =>
    [
        .. words.Where(w => w.Weight >= 1
            && !w.Owned
            && w.Text.Length >= 3
            && !w.Text.All(char.IsAsciiDigit)
            && !CatalogueWords.Departments.Contains(w.Text)
            && !CatalogueWords.Kinds.ContainsKey(w.Text)
            && !_vocabulary.Any(t => WordSimilarity.Of(w.Text, t) >= Strong)),
    ];

    private sealed record Scored(AccessMatcherEntry Entry, double Score, List<RequestWord> Used, bool Penalised, bool Described = false);
}
