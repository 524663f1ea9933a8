using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>What an approval click's handlers share, whichever request the card is about (access, a new starter's item).</summary>
internal static class ApprovalClick
{
    /// <summary>True when <paramref name="person"/> is one of the approvers named by Teams id or Entra object id.</summary>
    public static bool IsApprover(IEnumerable<string> approverIds, Person person) =>
        approverIds.Any(id =>
            string.Equals(id, person.Id, StringComparison.OrdinalIgnoreCase)
            || (person.AadObjectId is not null && string.Equals(id, person.AadObjectId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Why the comment cannot go with this decision (a rejection needs one; a limit on length); null when it can.</summary>
    public static string? CommentError(string? comment, bool approve, Texts texts) => comment switch
    {
        null when !approve => texts.Get(ApprovalTextKeys.RejectNeedsComment),
        { Length: > AccessApprovalCards.CommentMaxLength } => texts.Get(ApprovalTextKeys.CommentTooLong, AccessApprovalCards.CommentMaxLength),
        _ => null,
    };

    /// <summary>An invoke answered with a card replaces the clicked card; an Action.Submit gets it as a new message.</summary>
    public static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);

}
