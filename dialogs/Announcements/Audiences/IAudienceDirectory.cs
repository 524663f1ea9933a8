namespace ServiceDesk.Dialogs.Announcements.Audiences;

/// <summary>
/// Ok; Off: no directory to ask (Microsoft Graph is off); NotFound: no such group, or nobody by that name;
/// Denied: the directory refused (a permission missing); Unavailable: try again later.
/// </summary>
public enum AudienceStatus { Ok, Off, NotFound, Denied, Unavailable }

/// <summary>
/// How many people an audience holds. <see cref="Value"/> is what to store (a group named by its display name comes
/// back as its object id), <see cref="Name"/> how it reads (the group's display name); <see cref="Permission"/> the
/// one to grant when <see cref="AudienceStatus.Denied"/>.
/// </summary>
public sealed record AudienceCount(AudienceStatus Status, int Count = 0, string? Value = null, string? Name = null, string? Permission = null);

/// <summary>A person of an audience: their Entra object id and preferred language, when the directory knows it.</summary>
public sealed record AudienceMember(string ObjectId, string? Locale);

/// <summary>One page of an audience's people and the link to the next page (null: the last page).</summary>
public sealed record AudiencePage(AudienceStatus Status, IReadOnlyList<AudienceMember> Members, string? Next, TimeSpan? RetryAfter = null)
{
    public static AudiencePage Failed(AudienceStatus status, TimeSpan? retryAfter = null) => new(status, [], null, retryAfter);
}

/// <summary>
/// The people of a department, an office location or an Entra group (enabled accounts, people only), from the
/// directory: counted for the declare form's preview, listed page by page for the fan-out. The count and the pages
/// apply the same filter, so the preview says how many the fan-out will plan.
/// </summary>
public interface IAudienceDirectory
{
    /// <summary>Audiences other than everyone can be asked (Microsoft Graph is on).</summary>
    bool IsOn { get; }

    Task<AudienceCount> CountAsync(AnnouncementAudience audience, string value, CancellationToken cancellationToken);

    /// <summary>The page after <paramref name="next"/> (null: the first page), at most <paramref name="max"/> people.</summary>
    Task<AudiencePage> ListAsync(AnnouncementAudience audience, string value, string? next, int max, CancellationToken cancellationToken);
}
