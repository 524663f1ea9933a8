namespace ServiceDesk.Cards;

/// <summary>
/// The card an approver gets for an access request: who asks for what and why, then Approve / Reject with a comment
/// box (required to reject, checked by the server), or, once decided, the decision in place of the buttons.
/// </summary>
public static class AccessApprovalCard
{
    public const string CommentInputId = "comment";

    public static AdaptiveCard Build(AccessApprovalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(view.Notice))
        {
            body.Add(new Container([new TextBlock(view.Notice) { Wrap = true }]) { Style = ContainerStyle.Warning });
        }

        body.Add(new TextBlock(view.Title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
        body.Add(new TextBlock(view.Intro) { Wrap = true });
        body.Add(new FactSet(view.Facts));
        body.Add(new TextBlock(view.JustificationLabel) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
        body.Add(new TextBlock(view.Justification) { Wrap = true, Spacing = Spacing.None });

        if (view.Decision is { } decision)
        {
            body.Add(Decision(decision));
        }
        else if (view.Buttons is { } buttons)
        {
            body.AddRange(CommentBox(buttons));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = view.Decision is null && view.Buttons is { } b ? Buttons(b) : null,
            FallbackText = view.FallbackText,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static Container Decision(AccessDecisionView decision)
    {
        var items = new List<CardElement>
        {
            new TextBlock(decision.Text)
            {
                Weight = TextWeight.Bolder,
                Color = TextColor.Default,
                Wrap = true,
            },
        };
        if (!string.IsNullOrWhiteSpace(decision.Comment))
        {
            items.Add(new TextBlock(decision.CommentLabel ?? string.Empty) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
            items.Add(new TextBlock(decision.Comment) { Wrap = true, Spacing = Spacing.None });
        }

        return new Container(items) { Style = decision.Approved ? ContainerStyle.Good : ContainerStyle.Attention, Spacing = Spacing.Medium };
    }

    private static IEnumerable<CardElement> CommentBox(AccessApprovalButtons buttons)
    {
        yield return new TextInput
        {
            Id = CommentInputId,
            Label = buttons.CommentLabel,
            Placeholder = buttons.CommentPlaceholder,
            IsMultiline = true,
            MaxLength = buttons.CommentMaxLength,
            Value = buttons.CommentValue,
            ErrorMessage = buttons.CommentError,
            Spacing = Spacing.Medium,
        };

        // Teams shows errorMessage only for its own checks; the server's reason is shown next to the field too.
        if (!string.IsNullOrWhiteSpace(buttons.CommentError))
        {
            yield return new TextBlock(buttons.CommentError) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small };
        }
    }

    private static IReadOnlyList<AdaptiveAction> Buttons(AccessApprovalButtons buttons) =>
    [
        CardActions.Execute(buttons.ApproveTitle, buttons.ApproveVerb, buttons.Data, ActionStyle.Positive),
        CardActions.Execute(buttons.RejectTitle, buttons.RejectVerb, buttons.Data, ActionStyle.Destructive),
    ];
}
