using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>
/// The accesses and equipment a list names ("CRM and the finance share", "un portable, un casque et le dossier RH"):
/// each part of the list is matched against the access, software and hardware catalogues with their own matchers
/// and confidence rules; only a clear match is taken. A part that comes close to something without a clear match is
/// <see cref="Unclear"/> (said back, never guessed); a part naming nothing of the catalogue is ignored.
/// </summary>
internal sealed record NewStarterItems(IReadOnlyList<AccessResource> Taken, IReadOnlyList<string> Unclear)
{
    // A guard against pathological input, not a speed target.
    private static readonly Regex Separators = new(@"\s*(?:[,;+&/\n]|\band\b|\bet\b|\bplus\b|\bwith\b|\bavec\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    // Software and hardware first: "needs Visio" for someone who starts is the application on their laptop, licence included.
    private static readonly CataloguePart[] Parts = [CataloguePart.Hardware, CataloguePart.Software, CataloguePart.Access];

    public static NewStarterItems Read(string? text, AccessCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var taken = new List<AccessResource>();
        var unclear = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NewStarterItems(taken, unclear);
        }

        foreach (var part in Separators.Split(text).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var matches = Parts.Select(p => catalogue.Match(p, part)).ToList();
            if (matches.FirstOrDefault(m => m.Single is not null)?.Single is { } clear)
            {
                if (!taken.Contains(clear))
                {
                    taken.Add(clear);
                }
            }
            else if (matches.Any(m => m.Kind == AccessMatchKind.Near))
            {
                unclear.Add(part.Length > 60 ? part[..60] + "…" : part);
            }
        }

        return new NewStarterItems(taken, unclear);
    }
}
