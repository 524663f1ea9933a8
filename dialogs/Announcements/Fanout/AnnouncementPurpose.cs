using System.Globalization;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>
/// The outbox records of a fan-out: which card (<see cref="Card"/>, its in-place <see cref="CardUpdate"/>, the channel's
/// <see cref="ChannelPost"/> and <see cref="ChannelUpdate"/>) and the version it carries, as <c>{kind}@v{version}</c> in
/// <see cref="Outbox.OutboxDraft.Purpose"/>. Rendered at delivery, the draft's purpose names the version that went out.
/// </summary>
public static class AnnouncementPurpose
{
    public const string Card = "announcement-card";
    public const string CardUpdate = "announcement-card-update";
    public const string ChannelPost = "announcement-channel";
    public const string ChannelUpdate = "announcement-channel-update";

    public static string Of(string kind, int version) => kind + "@v" + version.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? purpose, out string kind, out int version)
    {
        (kind, version) = (string.Empty, 0);
        var at = purpose?.LastIndexOf("@v", StringComparison.Ordinal) ?? -1;
        if (at < 0 || !int.TryParse(purpose.AsSpan(at + 2), NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            return false;
        }

        kind = purpose![..at];
        return kind is Card or CardUpdate or ChannelPost or ChannelUpdate;
    }

    /// <summary>A first delivery (counted per recipient), not an edit of one.</summary>
    public static bool IsFirst(string kind) => kind is Card or ChannelPost;

    public static bool IsChannel(string kind) => kind is ChannelPost or ChannelUpdate;

    /// <summary>Idempotency keys <c>{id}/{user}/card</c> and <c>{id}/{user}/v{n}</c> (the channel's user: <c>channel</c>).</summary>
    public static string Key(string announcementId, string userId, int? updateVersion) =>
        $"{announcementId}/{(userId == RecipientDelivery.Channel ? "channel" : userId)}/{(updateVersion is { } v ? "v" + v.ToString(CultureInfo.InvariantCulture) : "card")}";
}
