namespace ServiceDesk.Dialogs.Localization;

/// <summary>Keys of the understanding work: a follow-up about a ticket the employee does not have, a problem already open.</summary>
public static partial class TextKeys
{
    public const string FollowUpNotFoundOffer = "understanding.followUpNotFoundOffer";

    /// <summary>Above an open ticket shown instead of a second incident about the same problem.</summary>
    public const string SameProblemOpen = "understanding.sameProblemOpen";

    /// <summary>Under that ticket: the line of the card whose button reports another problem.</summary>
    public const string SameProblemAnother = "understanding.sameProblemAnother";

    /// <summary>A problem stated as new while an open ticket is about it: that ticket or something new? {0} number, {1} title.</summary>
    public const string SameThingAsk = "understanding.sameThingAsk";

    /// <summary>Its button adding the message to that ticket as a comment. {0} the ticket's number.</summary>
    public const string SameThingAdd = "understanding.sameThingAdd";
}
