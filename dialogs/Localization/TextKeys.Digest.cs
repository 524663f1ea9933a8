namespace ServiceDesk.Dialogs.Localization;

// The weekly digest's keys (issue 14), in their own file so parallel work does not collide.
public static partial class TextKeys
{
    public const string DigestTitle = "digest.title";
    public const string DigestFigures = "digest.figures";
    public const string DigestCompare = "digest.compare";
    public const string DigestMtta = "digest.mtta";
    public const string DigestMttr = "digest.mttr";
    public const string DigestBreaches = "digest.breaches";
    public const string DigestBreachesValue = "digest.breachesValue";
    public const string DigestNoBreaches = "digest.noBreaches";
    public const string DigestTopServices = "digest.topServices";
    public const string DigestOpenProblems = "digest.openProblems";
    public const string DigestProblemLine = "digest.problemLine";
    public const string DigestMoreProblems = "digest.moreProblems";
    public const string DigestNoProblems = "digest.noProblems";
    public const string DigestOpenDashboard = "digest.openDashboard";
}
