using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tests.Sla;
using ServiceDesk.Dialogs.Tickets.Sla;
using ServiceDesk.Dialogs.Tickets.Waits;

namespace ServiceDesk.Dialogs.Tests.Waits;

/// <summary>The wait timers over in-memory stores, on the Paris business calendar (Mon–Fri 08:00–18:00, Christmas off).</summary>
internal sealed class WaitHarness
{
    public WaitHarness(Action<WaitOptions>? change = null)
    {
        change?.Invoke(Options);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Approvals = new ApprovalTimer(Tickets, Profiles, TestAccessCatalogue.Catalogue(), Clock, options, AgentParts.Notifier(Tickets, Queue, Profiles));
        Holds = new HoldTimer(Tickets, AgentParts.Notifier(Tickets, Queue, Profiles), Queue, Profiles, Clock, options);
    }

    public WaitOptions Options { get; } = new();

    public SlaClock Clock { get; } = SlaClocks.Paris9To6();

    public InMemoryTicketStore Tickets { get; } = new();

    public InMemoryUserProfiles Profiles { get; } = new();

    public FakeAgentQueue Queue { get; } = new();

    public ApprovalTimer Approvals { get; }

    public HoldTimer Holds { get; }

    public WaitMonitor Monitor() => new(Tickets, Approvals, Holds, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<WaitMonitor>.Instance);

    public static OnCallAgent Frank { get; } = new() { Id = "29:frank", AadObjectId = "aad-frank", Name = "Frank Fallback" };
}
