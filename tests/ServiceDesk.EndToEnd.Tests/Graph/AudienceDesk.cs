namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// The Graph desk for announcements: Megan Bowen (user-id-1) is a service desk administrator (she may choose the
/// channels from the setup card), the fan-out looks for work every second, and the app is installed through the fake
/// Graph for the people of an audience (<c>Graph:InstallApp</c>).
/// </summary>
public sealed class AudienceDesk : GraphDesk
{
    public const string Administrator = "user-id-1";

    public const string TeamsAppCatalogId = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings() => new Dictionary<string, string?>
    {
        ["Agents__Administrators__0"] = Administrator,
        ["Announcements__Fanout__PollIntervalSeconds"] = "1",
        ["Graph__InstallApp"] = "true",
        ["Graph__TeamsAppCatalogId"] = TeamsAppCatalogId,
    };
}
