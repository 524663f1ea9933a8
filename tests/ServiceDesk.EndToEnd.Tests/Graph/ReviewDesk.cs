using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// The Graph desk for access reviews: the CRM is reviewed every 30 days, the review worker looks every minute (its
/// shortest), and the CRM's group is owned by Patti Fernandez (user-id-4) from the start, so the first pass, at start,
/// makes a review with nobody in it; the next one is due when the tests move the clock 30 days on. Megan Bowen
/// (user-id-1) is a service desk administrator, should a test set up an agents' queue.
/// </summary>
public sealed class ReviewDesk : GraphDesk
{
    public const string Administrator = "user-id-1";

    public const string OwnerObjectId = "00000000-0000-0000-0000-000000000024";

    public const int ReviewEveryDays = 30;

    private protected override void Prepare(FakeGraph graph)
    {
        graph.Add(new FakeUser(OwnerObjectId, "Patti Fernandez"));
        graph.GroupOwners[CrmGroup] = [OwnerObjectId];
    }

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings() => new Dictionary<string, string?>
    {
        ["Catalogue__Access__Resources__0__ReviewEveryDays"] = ReviewEveryDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Fulfilment__ReviewCheckMinutes"] = "1",
        ["Agents__Administrators__0"] = Administrator,
    };
}
