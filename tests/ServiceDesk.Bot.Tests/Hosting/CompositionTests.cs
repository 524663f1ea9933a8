using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets.Sla;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>The host's composition is checked when it starts, in production too, not at the first message.</summary>
public sealed class CompositionTests
{
    [Fact]
    public void A_registration_whose_dependency_is_missing_stops_the_host_at_start_in_production()
    {
        using var factory = new BotHostFactory(services: s => s.AddSingleton<NeedsSomethingUnregistered>())
            .WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(nameof(NeedsSomethingUnregistered), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_whose_monitor_is_not_registered_stops_the_host_at_start_instead_of_failing_every_pass()
    {
        using var factory = new BotHostFactory(services: s => s.RemoveAll<SlaMonitor>());

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(nameof(SlaMonitor), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_handlers_for_one_card_verb_stop_the_host_at_start()
    {
        using var factory = new BotHostFactory(services: s => s.AddSingleton<ICardActionHandler, SecondAssignHandler>());

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"'{AgentVerbs.AssignMe}' is claimed by both", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_composition_starts_with_every_areas_card_verbs_in_one_table()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateClient();

        Assert.True((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode);
    }

    private sealed class NeedsSomethingUnregistered(IUnregistered unregistered)
    {
        public IUnregistered Unregistered { get; } = unregistered;
    }

    internal interface IUnregistered;

    private sealed class SecondAssignHandler : ICardActionHandler
    {
        public IReadOnlyCollection<string> Verbs => [AgentVerbs.AssignMe];

        public Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken) => Task.FromResult(TurnResult.Nothing);
    }
}
