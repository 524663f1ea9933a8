using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements.Employees;

/// <summary>Flow 1 meets an announced outage on the incident's service: "Add me to it" instead of a duplicate ticket.</summary>
public sealed class IncidentJoinsOutageTests
{
    private readonly InMemoryAnnouncements _store = new();
    private readonly RouterHarness _harness;

    public IncidentJoinsOutageTests()
    {
        _harness = new RouterHarness { Outages = new StoredOutages(_store, global::ServiceDesk.Dialogs.Tests.Agents.AgentParts.Catalogue) };
        _harness.WithIncidentFlow();
        _store.Put(Published(French));
    }

    private static readonly (string, string)[] ToTheReview =
    [
        ("type: my vpn keeps disconnecting", "Step"),
        ("type: The VPN drops every ten minutes since this morning.", "Step"),
        ("type: just me", "Step"),
        ("type: all my work is blocked", "This looks like the ongoing outage: VPN down"),
    ];

    [Fact]
    public async Task JoinOutage_CountsTheEmployeeAsAffected_AndOpensNoTicket()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(ToTheReview);

        await script.PlayAsync(("press: incident.joinOutage", "I've noted that you are affected by the outage VPN down"));

        var reactor = Assert.Single(await _store.ListReactorsAsync("MAJ-000012", AnnouncementReactionKind.Affected, default));
        Assert.Equal("29:jean", reactor.Employee.Id);
        Assert.Empty(_harness.Tickets.All);
    }

    [Fact]
    public async Task JoinOutage_InFrench_ShowsTheFrenchTitle()
    {
        var script = new ConversationScript(_harness, "fr-FR");
        await script.PlayAsync(
            ("type: mon vpn se déconnecte sans arrêt", "Étape"),
            ("type: Le VPN coupe toutes les dix minutes depuis ce matin.", "Étape"),
            ("type: juste moi", "Étape"),
            ("type: tout mon travail est bloqué", "VPN en panne"));

        await script.PlayAsync(("press: incident.joinOutage", "VPN en panne"));

        Assert.Single(await _store.ListReactorsAsync("MAJ-000012", AnnouncementReactionKind.Affected, default));
    }

    [Fact]
    public async Task JoinOutage_ResolvedMeanwhile_CountsNothing_AndOffersToCreateTheTicket()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(ToTheReview);
        var published = (await _store.GetAsync("MAJ-000012", default))!;
        _store.Put(AnnouncementRules.Resolve(published, Agent, null, null, T0.AddMinutes(30)).Announcement);

        await script.PlayAsync(("press: incident.joinOutage", "That outage has just been resolved"));
        Assert.DoesNotContain("(Add me to it)", ConversationScript.CardText(script.LastCard!), StringComparison.Ordinal);
        await script.PlayAsync(("press: incident.create", "Ticket INC-000001 created"));

        Assert.Empty(await _store.ListReactorsAsync("MAJ-000012", AnnouncementReactionKind.Affected, default));
        Assert.Single(_harness.Tickets.All);
    }
}
