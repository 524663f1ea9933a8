namespace ServiceDesk.Dialogs.Localization;

// The knowledge answers' keys added with issue 10, in their own file so parallel work does not collide.
public static partial class TextKeys
{
    public const string KbOnlyIn = "kb.onlyIn";
    public const string KbLanguageEnglish = "kb.languageEnglish";
    public const string KbLanguageFrench = "kb.languageFrench";
    public const string KbMaySolve = "kb.maySolve";
    public const string KbSolvedButton = "kb.solvedButton";
    public const string KbReportItButton = "kb.reportItButton";

    // "No" under an answered question: it opens the report with the question, and says so.
    public const string KbNoReportItButton = "kb.noReportItButton";
    public const string KbSorryTitle = "kb.sorryTitle";
    public const string KbSorryOffer = "kb.sorryOffer";
    public const string KbAlreadyThanked = "kb.alreadyThanked";

    // The article shown beside the incident form's first step.
    public const string KbBesideIntro = "kb.besideIntro";
    public const string KbBesideNotHelpedButton = "kb.besideNotHelpedButton";
    public const string KbBesideSolved = "kb.besideSolved";
    public const string KbBesideCarryOn = "kb.besideCarryOn";
    public const string KbBesideNoted = "kb.besideNoted";

    // A how-to about a request the catalogue does not name: the answer, then the request's form on "No".
    public const string KbRequestItButton = "kb.requestItButton";
    public const string KbNotHelpfulRequest = "kb.notHelpfulRequest";

    // A question read as something else that an article clearly answers: the way the intent would have gone.
    public const string KbNotWhatYouMeant = "kb.notWhatYouMeant";
}
