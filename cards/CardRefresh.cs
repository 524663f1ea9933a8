namespace ServiceDesk.Cards;

/// <summary>
/// Root <c>refresh</c>: Teams runs <see cref="Action"/> (an invoke) when one of <see cref="UserIds"/> views the card.
/// Teams honours at most 60 user ids; more is a programming error.
/// </summary>
public sealed record CardRefresh
{
    public const int MaxUserIds = 60;

    // Typed as the base so the "type" discriminator is written; Teams refreshes only through Action.Execute.
    public CardRefresh(AdaptiveAction action, IReadOnlyList<string> userIds)
    {
        if (action is not ExecuteAction)
        {
            throw new ArgumentException("A card refreshes through Action.Execute.", nameof(action));
        }

        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(userIds.Count, MaxUserIds, nameof(userIds));
        Action = action;
        UserIds = userIds;
    }

    public AdaptiveAction Action { get; }
    public IReadOnlyList<string> UserIds { get; }
}
