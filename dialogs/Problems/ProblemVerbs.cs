namespace ServiceDesk.Dialogs.Problems;

/// <summary>The verbs and field names of the problem and cluster cards (card data is untrusted: ids are checked on arrival).</summary>
internal static class ProblemVerbs
{
    public const string Link = "problem.link";
    public const string RootCause = "problem.rootCause";
    public const string Workaround = "problem.workaround";
    public const string Resolve = "problem.resolve";
    public const string ArticleForm = "problem.articleForm";
    public const string Publish = "problem.publish";

    public const string ClusterDeclare = "cluster.declare";
    public const string ClusterOpen = "cluster.open";
    public const string ClusterDismiss = "cluster.dismiss";

    public const string ProblemField = "problem";
    public const string ClusterField = "cluster";

    // Inputs.
    public const string ProblemInput = "problemId";
    public const string RootCauseInput = "problemRootCause";
    public const string WorkaroundInput = "problemWorkaround";
    public const string TitleEnglishInput = "articleTitleEn";
    public const string BodyEnglishInput = "articleBodyEn";
    public const string TitleFrenchInput = "articleTitleFr";
    public const string BodyFrenchInput = "articleBodyFr";

    public const int MaxTitle = 200;
}
