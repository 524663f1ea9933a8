namespace ServiceDesk.Dialogs.Localization;

/// <summary>Keys of the understanding work: a follow-up about a ticket the employee does not have.</summary>
public static partial class TextKeys
{
    public const string FollowUpNotFoundOffer = "understanding.followUpNotFoundOffer";
}
