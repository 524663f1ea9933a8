using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>
/// One labelled access request of Data/*.tsv: what the employee typed and what it should lead to: a resource id,
/// <see cref="Ask"/> (several resources fit: asking is right) or <see cref="Missing"/> (not in the catalogue).
/// </summary>
internal sealed record LabelledRequest(string Expected, string Language, string Text)
{
    public const string Ask = "ask";
    public const string Missing = "none";

    /// <summary>Right, asked (a question that includes the answer, or any question when nothing is right to take) or silently wrong.</summary>
    public MatchVerdict Judge(AccessCatalogueMatch match) => (Expected, match.Kind) switch
    {
        (Ask, AccessMatchKind.Near) => MatchVerdict.Right,
        (Missing, AccessMatchKind.None) => MatchVerdict.Right,
        (Ask or Missing, AccessMatchKind.Clear) => MatchVerdict.SilentlyWrong,
        (Ask or Missing, _) => MatchVerdict.Asked,
        (_, AccessMatchKind.Clear) => match.Single!.Id == Expected ? MatchVerdict.Right : MatchVerdict.SilentlyWrong,
        (_, AccessMatchKind.Near) => match.Candidates.Any(c => c.Id == Expected) ? MatchVerdict.Asked : MatchVerdict.Missed,
        _ => MatchVerdict.Missed,
    };
}

/// <summary>Missed: the resource exists but was not offered (the person has to pick it in the catalogue).</summary>
internal enum MatchVerdict { Right, Asked, Missed, SilentlyWrong }

internal static class AccessRequestSet
{
    /// <summary>Tuned on.</summary>
    public const string Dev = "access-requests.dev.tsv";

    /// <summary>Written with the dev set before the matcher existed; only measured.</summary>
    public const string HeldOut = "access-requests.holdout.tsv";

    /// <summary>A second held-out batch, written after the first version was measured; only measured.</summary>
    public const string Fresh = "access-requests.fresh.tsv";

    /// <summary>A third held-out batch, written after the last change to the matcher; only measured.</summary>
    public const string Third = "access-requests.third.tsv";

    public static IReadOnlyList<LabelledRequest> Load(string fileName)
    {
        var path = Path.Combine(ShippedAccessCatalogue.RepositoryRoot(), "tests", "ServiceDesk.Dialogs.Tests", "Flows", "RequestAccess", "Data", fileName);
        return
        [
            .. File.ReadAllLines(path)
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t'))
                .Select(f => f.Length == 3 ? new LabelledRequest(f[0], f[1], f[2]) : throw new InvalidDataException($"{fileName}: expected 3 tab-separated fields in \"{string.Join('\t', f)}\".")),
        ];
    }
}
