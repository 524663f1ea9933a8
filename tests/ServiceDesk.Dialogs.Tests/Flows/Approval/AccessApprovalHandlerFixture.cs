using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

/// <summary>The handler over in-memory stores with one pending access request (Marie approves; Jean, in French, asked).</summary>
public abstract class AccessApprovalHandlerFixture
{
    private protected AccessApprovalHandlerFixture()
    {
        Handler = new AccessApprovalHandler(Tickets, Profiles, TestAccessCatalogue.Catalogue(), new FakeTimeProvider(Now), Agents.AgentParts.Notifier(Tickets),
            Fulfilment.FulfilmentParts.None(TestAccessCatalogue.Catalogue()));
        Tickets.Put(Request());
        Profiles.SaveAsync(Profile(Jean, "fr-FR", JeanChat), CancellationToken.None);
    }

    private protected InMemoryTicketStore Tickets { get; } = new();

    private protected InMemoryUserProfiles Profiles { get; } = new();

    private protected AccessApprovalHandler Handler { get; }
}
