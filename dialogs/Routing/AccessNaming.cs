using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// The recogniser knows no catalogue: "visio pls", "il me faut MS Project pour les plannings" match none of its cues and
/// would go to the knowledge base. A message it could not place (the fallback, or a weak guess) that names one
/// resource of the access catalogue clearly, as a wish ("need", "il me faut", "pls") rather than a fault, is a request
/// for it. The catalogue's names and aliases are what the administrator configured, so a new resource is understood
/// here without touching the recogniser.
/// </summary>
internal static partial class AccessNaming
{
    /// <summary>A guess weaker than this may be overruled by a clear catalogue match.</summary>
    private const double WeakGuess = 0.5;

    public static Recognition Upgrade(string? text, Recognition recognition, AccessCatalogue? catalogue)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        if (recognition.Intent is Intent.RequestAccess or Intent.Question && AsksAboutUse(text))
        {
            // "can I access the S: drive from home", "does onedrive need the vpn": whether something can be used under a
            // condition is asked of the knowledge base; nothing is asked to be given, so no request starts.
            return recognition with { Intent = Intent.Question };
        }

        if (catalogue is not null && recognition.Intent == Intent.RequestSoftware && LicenceRatherThanInstall(text, catalogue))
        {
            // "il me faut un logiciel pour modifier des pdf, acrobat pro": a product the access catalogue holds as a
            // licence and the software catalogue as installed is the licence unless installing is said ("install", "sur
            // mon poste"); the licence is what is approved, and its fulfilment sets the program up.
            return recognition with { Intent = Intent.RequestAccess };
        }

        if (catalogue is not null && recognition.Intent is Intent.TicketFollowUp or Intent.MyTickets
            && recognition.TicketNumber is null && ReasonedFollowUp(text, catalogue))
        {
            // "I need access to the CRM to follow up my customer accounts", "il me faut le fichier clients pour relancer
            // les prospects": the following up is the employee's work, the reason for the access, not news of a ticket.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (catalogue is null || recognition.Intent is not (Intent.Question or Intent.ReportIncident))
        {
            return recognition;
        }

        var words = TextFolding.Words(text);
        // "comment accéder à mon pc depuis la maison", "how do they get on the guest wifi": a how-to stays a question.
        var howTo = AlwaysAsking.Matches(words).Count > 0;
        if (recognition.Intent == Intent.Question && !howTo && Openings.Matches(words).Count > 0 && catalogue.Matcher.Match(text, byNames: true).Kind != AccessMatchKind.None)
        {
            // Asking to see, open or use a resource the catalogue names ("can I look at the HR portal") is asking for it;
            // when several resources are near, the request asks which one rather than the knowledge base saying nothing.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (recognition.Intent == Intent.ReportIncident && Openings.Matches(words).Count > 0
            && (Denials.Matches(words).Count > 0 || recognition.Confidence < WeakGuess)
            && catalogue.Matcher.Match(text, byNames: true).Kind != AccessMatchKind.None)
        {
            // Asking to see a resource the catalogue names and being refused ("can I look at the HR portal? it says
            // I'm not allowed") is no fault of the resource: the access is missing. A weak guess of a fault is overruled too.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (WishedWithoutFault(words, asked: text?.Contains('?', StringComparison.Ordinal) == true) && catalogue.Matcher.Match(text, byNames: true).Kind != AccessMatchKind.None)
        {
            // "I need all my traffic through the VPN", "pouvez-vous m'ouvrir le dossier compta", "je dois pouvoir consulter
            // les grilles tarifaires": a wish to have, see or use something the catalogue knows, with nothing said to be
            // wrong, is a request however sure the reading of a fault or a question was ("VPN", "réseau" are fault topics).
            // When several resources are near, the request asks which one.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (Heads.Matches(words).Count > 0 && WishedWithoutFault(words, asked: text?.Contains('?', StringComparison.Ordinal) == true)
            && catalogue.Matcher.Match(text).Kind != AccessMatchKind.None)
        {
            // "access to the supplier invoices please", "accès aux opportunités commerciales svp": the resource is named
            // by what it holds (its description) rather than by a name; the request asks which one, never takes it.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (VariantWished(text, asked: text?.Contains('?', StringComparison.Ordinal) == true) && catalogue.Matcher.Match(text, byNames: true).Kind == AccessMatchKind.Clear)
        {
            // "I need the full tunnel VPN, the split one doesn't reach the lab", "il me faut les droits en écriture au lieu
            // de la lecture, je ne peux rien enregistrer": the fault is the variant the employee has, the wish is for the
            // one the catalogue names; only a resource named clearly is taken so.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        var wished = Wishes.Matches(words).Count > 0;
        var weak = recognition.IsFallback || (recognition.Confidence < WeakGuess && wished);
        if (!weak || howTo || (!wished && words.Count > 3) || catalogue.Matcher.Match(text, byNames: true).Kind != AccessMatchKind.Clear)
        {
            return recognition;
        }

        return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
    }

    /// <summary>
    /// A licence the access catalogue names clearly, that the software catalogue also has as a program (its words name
    /// an item there too), with no word of installing: the licence. A place one is let into (a group, a site, a shared
    /// folder) that the access catalogue names clearly is never installed: "put me in the Marketing team on Teams" names
    /// a program ("Teams") and the team in it, and the team is what is asked.
    /// </summary>
    private static bool LicenceRatherThanInstall(string? text, AccessCatalogue catalogue)
    {
        var words = TextFolding.Words(text);
        if (ServiceRequestCues.SaysInstallation(words) || AlwaysAsking.Matches(words).Count > 0)
        {
            return false;
        }

        // "the Visio software", "un logiciel pour les PDF": the kind said of the program is not held against the licence.
        var licence = catalogue.Matcher.Match(string.Join(' ', words.Where(w => !ProgramWords.Contains(w))), byNames: true);
        return licence.Single is { Kind: AccessResourceKind.Group or AccessResourceKind.Site or AccessResourceKind.SharedFolder }
            || (licence.Single is { Kind: AccessResourceKind.Licence } && catalogue.Match(CataloguePart.Software, text).Kind != AccessMatchKind.None);
    }

    private static readonly HashSet<string> ProgramWords = new(StringComparer.Ordinal)
    {
        "software", "logiciel", "logiciels", "app", "application", "appli", "program", "programme", "tool", "outil",
    };

    /// <summary>
    /// A wish for a resource the catalogue names clearly, with nothing said to be wrong and nothing of a ticket: the
    /// follow-up reading came from the reason's words ("to follow up my customers", "pour relancer les prospects").
    /// </summary>
    private static bool ReasonedFollowUp(string? text, AccessCatalogue catalogue)
    {
        var words = TextFolding.Words(text);
        return TicketTalk.Matches(words).Count == 0
            && WishedWithoutFault(words, asked: text?.Contains('?', StringComparison.Ordinal) == true)
            && catalogue.Matcher.Match(text, byNames: true).Kind == AccessMatchKind.Clear;
    }
}
