using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>
/// The words of a follow-up that name a thing (a product, a device, an access resource: "onedrive", "scanner",
/// "github"), as opposed to words about the problem ("slow", "blank"). A ticket about something else than a thing the
/// sentence names is not the ticket meant, even in the same category: "my OneDrive ticket" is never the Teams ticket,
/// and with no other ticket the employee is told it was not found.
/// </summary>
internal sealed class TicketThings
{
    /// <summary>Topic words too general to name one thing ("code", "app", "account").</summary>
    private static readonly HashSet<string> GeneralTopics = new(StringComparer.Ordinal)
    {
        "code", "update", "app", "application", "appli", "account", "compte", "login", "mail", "mails", "email", "emails",
        "courriel", "windows", "poste", "boot", "demarrage", "demarre", "redemarre", "restarts", "logiciel", "software",
        "program", "programme", "mise", "jour", "print", "printing", "imprimer", "impression", "network", "reseau",
        "internet", "phone", "telephone", "mobile", "tel", "pc", "computer", "ordi", "ordinateur", "portable", "mac",
    };

    /// <summary>Words of access names shared by kinds of resources, not one resource ("licence", "site", "folder").</summary>
    private static readonly HashSet<string> GeneralAccess = new(StringComparer.Ordinal)
    {
        "access", "acces", "licence", "license", "site", "sites", "folder", "dossier", "shared", "partage", "group", "groupe",
        "team", "equipe", "pro", "channel", "canal", "drive", "lecteur", "share", "portal", "portail", "intranet", "microsoft",
        "workspace", "espace", "tool", "outil", "reports", "rapports", "repertoire", "network", "reseau", "logiciel", "edit",
    };

    /// <summary>A word in the names and aliases of at most this many access resources names one of them.</summary>
    private const int MaxResourcesPerWord = 2;

    private readonly HashSet<string> _accessWords;

    public TicketThings(AccessCatalogue? access)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var resource in access?.Resources ?? [])
        {
            var words = TextFolding.Words(string.Join(' ', [resource.Id.Replace('-', ' '), resource.Name.En, resource.Name.Fr, .. resource.Aliases]));
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        _accessWords = [.. counts.Where(c => c.Value <= MaxResourcesPerWord && c.Key.Length >= 3 && !GeneralAccess.Contains(c.Key)).Select(c => c.Key)];
        foreach (var resource in access?.Resources ?? [])
        {
            var words = TextFolding.Words(string.Join(' ', [resource.Id.Replace('-', ' '), resource.Name.En, resource.Name.Fr, .. resource.Aliases]));
            foreach (var word in words.Where(_accessWords.Contains))
            {
                if (!_besides.TryGetValue(word, out var besides))
                {
                    _besides[word] = besides = new HashSet<string>(StringComparer.Ordinal);
                }

                besides.UnionWith(words.Where(w => w != word && w.Length >= 3 && !GeneralAccess.Contains(w)));
            }
        }
    }

    private readonly Dictionary<string, HashSet<string>> _besides = new(StringComparer.Ordinal);

    /// <summary>
    /// The other words of the access resources a word names ("distance" in "VPN accès à distance" brings "vpn"): a
    /// ticket about one of them is about that thing too.
    /// </summary>
    public IReadOnlyCollection<string> Besides(string word) => _besides.TryGetValue(word, out var besides) ? besides : [];

    /// <summary>The category and service a thing word names (service null for a device or an access resource), or null when the word names no thing.</summary>
    public (string? Category, string? Service)? Of(string word)
    {
        if (GeneralTopics.Contains(word))
        {
            return null;
        }

        var (category, service) = TopicReader.Read([word], namedOnly: true);
        if (category is not null)
        {
            return (category, service);
        }

        return _accessWords.Contains(word) ? (null, null) : null;
    }
}
