using System.Text.RegularExpressions;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>
/// The tasks a text asks or explains, read the same way in English and French: an article about opening a shared mailbox
/// does not explain creating one, nor the delegation article sharing a calendar with someone outside the company. Each
/// task is an action said by its verb (and, for a few, what it is done to or for): a question that names an article's
/// head words but asks a task the article does not explain is not answered by it (<see cref="KnowledgeIndex.TaskMissShare"/>).
/// A question with none of these verbs ("shared mailbox not showing", "open a shared mailbox") asks no task and is
/// searched as before. Only verbs said as the thing to do count: "a file I deleted" is a state, not a task to delete.
/// </summary>
internal static partial class TaskWords
{
    /// <summary>The tasks <paramref name="text"/> asks or explains, in any of the two languages (ids of <see cref="Ids"/>).</summary>
    public static IReadOnlySet<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = $" {TextFolding.Fold(text).Replace('\'', ' ').Replace('’', ' ').Replace('-', ' ')} ";
        return Patterns.Where(p => p.Pattern.IsMatch(folded)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly (string Id, Regex Pattern)[] Patterns =
    [
        ("create", Create()),
        ("delete", Delete()),
        ("rename", Rename()),
        ("change-owner", ChangeOwner()),
        ("share-outside", ShareOutside()),
        ("recover", Recover()),
        ("install", Install()),
        ("encrypt", Encrypt()),
        ("auto-forward", AutoForward()),
        ("personal-device", PersonalDevice()),
        ("permissions", Permissions()),
        ("for-colleague", ForColleague()),
    ];

    /// <summary>Every task, by the id an article's <c>tasks:</c> front matter uses.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Patterns.Select(p => p.Id)];

    // Creating a thing that does not exist yet: "create", "make / set up a new", "créer", "faire une nouvelle".
    [GeneratedRegex(@"\b(creat(e|es|ing)|make (a |an )?new|set ?up (a |an )?new|cre(er|ez|ation)|(faire|ouvrir|mettre en place) (un|une) nouv(eau|el|elle))\b")]
    private static partial Regex Create();

    // Deleting or removing a thing; the participle ("deleted", "supprimé") says what happened, not what to do.
    [GeneratedRegex(@"\b(delete|deleting|remove|removing|get rid of|erase|supprimer|supprimez|effacer|effacez|retirer|enlever)\b")]
    private static partial Regex Delete();

    [GeneratedRegex(@"\b(rename|renaming|renommer|renommez|change (the |its |the site s )?name|changer (le |son )?nom)\b")]
    private static partial Regex Rename();

    // Who owns a site, a team, a mailbox: changing it, not asking the owner for access.
    [GeneratedRegex(@"\b((change|changing|transfer|transferring|switch|new) (the |its |a )?([a-z]+ ){0,3}owner(s|ship)?|owner(ship)? (change|transfer)|(change|changing|transfer) who owns|(changer|modifier|transferer|nouveau) (le |de |du )?([a-z]+ ){0,3}proprietaire)\b")]
    private static partial Regex ChangeOwner();

    // Sharing with or inviting someone from outside the company: a client, a guest, a partner.
    [GeneratedRegex(@"\b(share|sharing|invite|inviting|add|give access|partager|partage|inviter|ajouter|donner acces)\b.{0,40}\b(outside|external|externally|client|clients|customer|customers|guest|guests|partner|partners|supplier|suppliers|vendor|externe|externes|exterieur|exterieurs|partenaire|partenaires|fournisseur|fournisseurs)\b")]
    private static partial Regex ShareOutside();

    // Getting back something lost or deleted.
    [GeneratedRegex(@"\b(recover|recovering|restore|restoring|get ([a-z]+ ){0,4}back|retrieve|undelete|bring back|recuperer|recuperez|restaurer|restaurez|retrouver)\b")]
    private static partial Regex Recover();

    [GeneratedRegex(@"\b(install|installing|installation|download|downloading|installer|installez|installation|telecharger|telechargez)\b")]
    private static partial Regex Install();

    [GeneratedRegex(@"\b(encrypt|encrypting|chiffrer|chiffrez|crypter)\b")]
    private static partial Regex Encrypt();

    // Forwarding every message by itself (a rule), not forwarding one suspicious email.
    [GeneratedRegex(@"\b(auto ?forward(ing)?|forward(ing)? ([a-z]+ ){0,3}automatically|automatically forward|(transferer|rediriger) ([a-z]+ ){0,3}automatiquement|(transfert|redirection) automatique)\b")]
    private static partial Regex AutoForward();

    // The employee's own device, not the company's: "my personal phone", "mon iphone perso".
    [GeneratedRegex(@"\b((personal|private|own|home) (android |apple )?(phone|iphone|android|laptop|pc|computer|mac|tablet|ipad|device)|(telephone|tel|portable|ordi|ordinateur|pc|iphone|android|mac|tablette|ipad|appareil) (perso|personnel))\b")]
    private static partial Regex PersonalDevice();

    // Setting who may read or change a thing, not asking for access to it.
    [GeneratedRegex(@"\b((make|set) ([a-z]+ ){0,6}read ?only|(change|set|edit|manage|restrict|modify) ([a-z]+ ){0,3}(permissions|rights)|(mettre|passer) ([a-z]+ ){0,6}en lecture seule|(modifier|changer|gerer|restreindre|definir) ([a-z]+ ){0,3}(droits|permissions))\b")]
    private static partial Regex Permissions();

    // Acting on a colleague's account rather than one's own: "reset my colleague's password", "le compte d'un collègue".
    [GeneratedRegex(@"\b((colleague|coworker|employee|team member|someone else|somebody else) s (password|account|mailbox)|(password|account|mailbox) (of|for) (a |my |an |another )?(colleague|coworker|employee|team member|someone else)|(mot de passe|compte|boite) (d un|de mon|de ma|du|pour un|pour mon|pour ma|de l) ?(collegue|employe|collaborateur|collaboratrice|stagiaire))\b")]
    private static partial Regex ForColleague();
}
