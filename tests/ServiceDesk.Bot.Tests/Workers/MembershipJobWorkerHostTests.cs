using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Bot.Workers;

namespace ServiceDesk.Bot.Tests.Workers;

/// <summary>
/// The membership job worker runs jobs through Graph: with Graph off (the default) it must not start, or every pass
/// would fail building a Graph identity from settings that are not there (as the dialog benchmark's log showed).
/// </summary>
public sealed class MembershipJobWorkerHostTests
{
    [Fact]
    public void WithGraphOff_TheWorkerEndsAtStart_WithoutAPass()
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?> { ["Fulfilment:CheckIntervalSeconds"] = "1" });
        factory.CreateClient().Dispose();

        var worker = factory.Services.GetServices<IHostedService>().OfType<MembershipJobWorker>().Single();
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(0, worker.Passes);
    }
}
