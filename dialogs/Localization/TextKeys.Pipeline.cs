namespace ServiceDesk.Dialogs.Localization;

// The understanding pipeline's keys (issue 10, prefix "pipeline."): a request put aside and resumed, follow-ups on
// an existing ticket, and the offer of a person after misunderstandings. In their own file to ease parallel work.
public static partial class TextKeys
{
    public const string PipelineKept = "pipeline.kept";
    public const string PipelineKeptIncident = "pipeline.kept.incident";
    public const string PipelineKeptAccess = "pipeline.kept.access";
    public const string PipelineKeptOther = "pipeline.kept.other";
    public const string PipelineResumeButton = "pipeline.resumeButton";
    public const string PipelineDiscardButton = "pipeline.discardButton";
    public const string PipelineResumed = "pipeline.resumed";
    public const string PipelineNothingToResume = "pipeline.nothingToResume";
    public const string PipelineDiscarded = "pipeline.discarded";
    public const string PipelineOfferHuman = "pipeline.offerHuman";
    public const string PipelineNotUnderstood = "pipeline.notUnderstood";
    public const string PipelineFollowUpPick = "pipeline.followUpPick";
    public const string PipelineFollowUpNone = "pipeline.followUpNone";
    public const string PipelineCommentConfirm = "pipeline.commentConfirm";
    public const string PipelineCommentPick = "pipeline.commentPick";

    // A follow-up that names no ticket while several are open (2026-12-07).
    public const string PipelineFollowUpWhich = "pipeline.followUpWhich";

    // After a question answered inside a form, the step in progress is asked again (2026-12-07 afternoon).
    public const string PipelineBackTo = "pipeline.backTo";
    public const string PipelineKeptHardware = "pipeline.kept.hardware";
    public const string PipelineKeptSoftware = "pipeline.kept.software";
    public const string PipelineKeptNewStarter = "pipeline.kept.newStarter";

    // Help asked inside a form, answered like an aside; thanks for an article answered inside a form (2026-12-07 evening).
    public const string PipelineHelpInForm = "pipeline.helpInForm";
    public const string PipelineSolvedAside = "pipeline.solvedAside";
    public const string PipelinePickOne = "pipeline.pickOne";
}
