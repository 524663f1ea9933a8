using ServiceDesk.Dialogs.Text;
using System.Globalization;
using System.Text;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>What a typed resource name matched.</summary>
public sealed record AccessCatalogueMatch(IReadOnlyList<AccessResource> Candidates)
{
    /// <summary>Exactly one resource stands out.</summary>
    public AccessResource? Single => Candidates.Count == 1 ? Candidates[0] : null;

    public bool IsNone => Candidates.Count == 0;
}

/// <summary>
/// Matches typed text ("I need the crm", "acrobat pro", "dossier RH", "powerbi") against resource ids, names in
/// both languages and keywords: case and accent folded, filler words dropped, small typos forgiven. Several resources
/// scoring the same (e.g. "finance") are returned as candidates for the person to choose from.
/// </summary>
internal sealed class AccessCatalogueSearch
{
    private const double MinScore = 0.8;

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "for", "of", "on", "in", "i", "me", "my", "need", "want", "would", "like", "please",
        "access", "request", "get", "give", "can", "have", "with",
        "je", "j", "veux", "voudrais", "aimerais", "besoin", "un", "une", "le", "la", "les", "l", "de", "du", "des",
        "d", "au", "aux", "pour", "sur", "mon", "ma", "mes", "acces", "demande", "demander", "avoir", "svp", "stp",
        "merci", "avec", "il", "faut",
    };

    private readonly IReadOnlyList<(AccessResource Resource, string[] Phrases, HashSet<string> Tokens)> _index;

    public AccessCatalogueSearch(IReadOnlyList<AccessResource> resources)
    {
        _index =
        [
            .. resources.Select(r =>
            {
                string[] phrases = [.. new[] { r.Id, r.Name.En, r.Name.Fr }.Concat(r.Keywords).Select(p => string.Join(' ', Tokens(p)))];
                return (r, phrases, phrases.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal));
            }),
        ];
    }

    public AccessCatalogueMatch Match(string? text)
    {
        var all = Tokens(text);
        var phrase = string.Join(' ', all);
        if (phrase.Length == 0)
        {
            return new AccessCatalogueMatch([]);
        }

        var exact = _index.Where(e => e.Phrases.Contains(phrase, StringComparer.Ordinal)).Select(e => e.Resource).ToList();
        if (exact.Count > 0)
        {
            return new AccessCatalogueMatch(exact);
        }

        var words = all.Where(t => !Filler.Contains(t)).ToArray();
        if (words.Length == 0)
        {
            return new AccessCatalogueMatch([]);
        }

        var scored = _index
            .Select(e => (e.Resource, Score: words.Sum(w => e.Tokens.Max(t => Similarity(w, t)))))
            .Where(s => s.Score >= MinScore)
            .OrderByDescending(s => s.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return new AccessCatalogueMatch([]);
        }

        var best = scored[0].Score;
        return new AccessCatalogueMatch([.. scored.Where(s => s.Score >= best - 0.01).Select(s => s.Resource)]);
    }

    /// <summary>1 equal; 0.9 one word starts the other ("acro" / "acrobat"); 0.8 or 0.6 for one or two typos in longer words.</summary>
    internal static double Similarity(string typed, string known)
    {
        if (typed == known)
        {
            return 1;
        }

        if (typed.Length >= 3 && known.Length >= 3 && (known.StartsWith(typed, StringComparison.Ordinal) || typed.StartsWith(known, StringComparison.Ordinal)))
        {
            return 0.9;
        }

        if (typed.Length < 4 || known.Length < 4)
        {
            return 0;
        }

        var distance = EditDistance.Bounded(typed, known, 2);
        return distance switch
        {
            1 => 0.8,
            2 when typed.Length >= 7 => 0.6,
            _ => 0,
        };
    }

    /// <summary>Lower case, accents removed, split on anything that is not a letter or digit.</summary>
    internal static string[] Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
