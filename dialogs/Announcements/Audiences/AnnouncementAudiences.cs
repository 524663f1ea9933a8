using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Announcements.Audiences;

/// <summary>What the declare form shows of the audience: whether the directory can be asked, the choice, the reach or the problem.</summary>
internal sealed record AudienceForm(
    bool DirectoryOn, AnnouncementAudience Audience = AnnouncementAudience.Everyone, string? Value = null, string? Reach = null, string? Problem = null);

/// <summary>An audience checked against the directory: the announcement with it, or the reason it cannot be used.</summary>
internal sealed record AudienceCheck(Announcement? Chosen, string? Problem);

/// <summary>
/// The audience of the declare form: a department, an office or a group is counted by the directory at Preview and
/// again at Publish (the count is what the preview says and what the fan-out plans: the same filter); without the
/// directory only everyone who has talked to the bot can be chosen, and the form says so.
/// </summary>
internal sealed class AnnouncementAudiences(IAudienceDirectory directory, ITeamsAppInstaller installer)
{
    /// <summary>Longest department, office or group name taken from the form.</summary>
    public const int ValueMax = 256;

    public AudienceForm Form(Announcement? draft, Texts texts, bool withReach = false) => new(
        directory.IsOn,
        draft?.Audience ?? AnnouncementAudience.Everyone,
        draft?.Audience == AnnouncementAudience.Group ? draft.AudienceName ?? draft.AudienceValue : draft?.AudienceValue,
        withReach && draft is not null ? Reach(draft, texts) : null);

    /// <summary><paramref name="draft"/> with the chosen audience counted, or the problem in the reader's language.</summary>
    public async Task<AudienceCheck> CheckAsync(Announcement draft, AnnouncementAudience audience, string? value, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (audience == AnnouncementAudience.Everyone)
        {
            return new(draft with { Audience = audience, AudienceValue = null, AudienceName = null, AudienceSize = null }, null);
        }

        if (!directory.IsOn)
        {
            return new(null, texts.Get(TextKeys.AudienceProblemOff));
        }

        // The whole organisation needs no name: every enabled account of the tenant.
        var organisation = audience == AnnouncementAudience.Organisation;
        if (!organisation && string.IsNullOrWhiteSpace(value))
        {
            return new(null, texts.Get(TextKeys.AudienceProblemEmpty));
        }

        var asked = organisation ? string.Empty : value!;

        var named = Describe(audience, asked, texts);
        var count = await directory.CountAsync(audience, asked, cancellationToken).ConfigureAwait(false);
        return count.Status switch
        {
            AudienceStatus.Ok when count.Count > 0 => new(draft with
            {
                Audience = audience,
                AudienceValue = organisation ? null : count.Value ?? asked,
                AudienceName = organisation ? null : count.Name ?? asked,
                AudienceSize = count.Count,
            }, null),
            AudienceStatus.Ok => new(null, texts.Get(TextKeys.AudienceProblemNobody, Describe(audience, count.Name ?? asked, texts))),
            AudienceStatus.NotFound => new(null, texts.Get(TextKeys.AudienceProblemNotFound, named)),
            AudienceStatus.Denied => new(null, texts.Get(TextKeys.AudienceProblemDenied, named, count.Permission)),
            AudienceStatus.Off => new(null, texts.Get(TextKeys.AudienceProblemOff)),
            _ => new(null, texts.Get(TextKeys.AudienceProblemUnavailable)),
        };
    }

    /// <summary>Whom the announcement reaches, as the preview says it.</summary>
    public string Reach(Announcement announcement, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        if (announcement.Audience == AnnouncementAudience.Everyone || announcement.AudienceSize is not { } size)
        {
            return texts.Get(TextKeys.AudienceReachEveryone);
        }

        var reach = texts.Count(AudienceCountKeys.Reach, size, Describe(announcement, texts));
        return reach + " " + texts.Get(installer.IsOn ? TextKeys.AudienceInstallOn : TextKeys.AudienceInstallOff);
    }

    /// <summary>"the department Finance", "the group All Paris staff"; everyone who has talked to the bot.</summary>
    public static string Describe(Announcement announcement, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        return announcement.Audience == AnnouncementAudience.Everyone
            ? texts.Get(TextKeys.AudienceEveryoneKnown)
            : Describe(announcement.Audience, announcement.AudienceName ?? announcement.AudienceValue ?? string.Empty, texts);
    }

    private static string Describe(AnnouncementAudience audience, string name, Texts texts) => texts.Get(audience switch
    {
        AnnouncementAudience.Department => TextKeys.AudienceOfDepartment,
        AnnouncementAudience.OfficeLocation => TextKeys.AudienceOfOffice,
        AnnouncementAudience.Organisation => TextKeys.AudienceOfOrganisation,
        _ => TextKeys.AudienceOfGroup,
    }, name);
}
