using System.Text.Json.Nodes;

namespace ServiceDesk.Cards;

/// <summary>
/// What the approval card of an access request shows, already in the approver's language. User-provided parts
/// (names, justification, comments) must already be passed through <see cref="CardText.Literal"/>.
/// </summary>
/// <param name="Facts">Requester, resource, level, requested on, end date, approver(s).</param>
/// <param name="Notice">A line above everything else, e.g. "this card was out of date".</param>
/// <param name="Decision">Set once decided: replaces the buttons.</param>
/// <param name="Buttons">Set while the request awaits a decision.</param>
public sealed record AccessApprovalView(
    string Title,
    string Intro,
    IReadOnlyList<Fact> Facts,
    string JustificationLabel,
    string Justification,
    string FallbackText,
    string? Notice = null,
    AccessDecisionView? Decision = null,
    AccessApprovalButtons? Buttons = null);

/// <summary>The decision as shown: "Approved by Marie Martin on 22/11/2026 10:15", and the comment if any.</summary>
public sealed record AccessDecisionView(string Text, bool Approved, string? CommentLabel = null, string? Comment = null);

/// <summary>
/// The comment box and the two buttons. <paramref name="Data"/> (the ticket number and version) travels with both
/// buttons; the comment travels as the input <see cref="AccessApprovalCard.CommentInputId"/>.
/// </summary>
public sealed record AccessApprovalButtons(
    string ApproveTitle,
    string ApproveVerb,
    string RejectTitle,
    string RejectVerb,
    string CommentLabel,
    string CommentPlaceholder,
    int CommentMaxLength,
    JsonObject Data,
    string? CommentValue = null,
    string? CommentError = null);
