namespace ServiceDesk.Cards;

/// <summary>
/// Root <c>refresh</c>: Teams runs <see cref="Action"/> (an invoke) when one of <see cref="UserIds"/> views the card.
/// Teams honours at most 60 user ids; more is a programming error.
/// </summary>
public sealed record CardRefresh
{
    public const int MaxUserIds = 60;

    public CardRefresh(ExecuteAction action, IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(userIds.Count, MaxUserIds, nameof(userIds));
        Action = action;
        UserIds = userIds;
    }

    public ExecuteAction Action { get; }
    public IReadOnlyList<string> UserIds { get; }
}
