namespace ServiceDesk.Dialogs.Announcements;

/// <summary>The verbs and field names of the announcement cards (card data is untrusted: id and version are checked on arrival).</summary>
internal static class AnnouncementVerbs
{
    public const string Affected = "announcement.affected";
    public const string Acknowledge = "announcement.acknowledge";
    public const string Preview = "announcement.preview";
    public const string Publish = "announcement.publish";
    public const string PostUpdate = "announcement.update";
    public const string Resolve = "announcement.resolve";
    public const string Cancel = "announcement.cancel";
    public const string Declare = "announcement.declare";
    public const string Link = "announcement.link";
    public const string UseChannel = "announcement.useChannel";

    /// <summary>Teams' automatic refresh of a card shown to one reader: answered with the announcement as it is now.</summary>
    public const string Refresh = "announcement.refresh";

    public const string IdField = "announcement";
    public const string VersionField = "version";

    /// <summary>The ticket a major incident is declared from (linked on publish); on the ticket card, its version.</summary>
    public const string TicketField = "ticket";
    public const string TicketVersionField = "ticketVersion";

    public const string ServiceInput = "service";
    public const string TitleInput = "title";
    public const string WhatUsersSeeInput = "whatUsersSee";
    public const string ImpactInput = "impact";
    public const string TitleFrenchInput = "titleFr";
    public const string WhatUsersSeeFrenchInput = "whatUsersSeeFr";
    public const string ImpactFrenchInput = "impactFr";
    public const string NextUpdateInput = "nextUpdateMinutes";
    public const string AudienceInput = "audience";
    public const string AudienceValueInput = "audienceValue";
    public const string UpdateTextInput = "updateText";
    public const string UpdateTextFrenchInput = "updateTextFr";
    public const string ResolutionInput = "resolution";
    public const string CancelReasonInput = "cancelReason";
    public const string LinkTicketInput = "linkTicket";

    /// <summary>The choices of "Next update", in minutes from now ("0": no time promised).</summary>
    public static readonly IReadOnlyList<int> NextUpdateMinutes = [0, 30, 60, 120, 240];
}

/// <summary>
/// The fan-out's progress as the agents' control card shows it; for an audience from the directory, also for how many
/// people the app was installed and for how many it could not be (those are counted not reachable too).
/// </summary>
public sealed record AnnouncementDelivery(int Queued, int Delivered, int Failed, int NotReachable)
{
    public int Installed { get; init; }

    public int NotInstalled { get; init; }

    public static AnnouncementDelivery None { get; } = new(0, 0, 0, 0);
}
