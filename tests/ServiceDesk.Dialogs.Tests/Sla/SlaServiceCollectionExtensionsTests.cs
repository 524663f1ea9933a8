using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Tests.Sla;

public sealed class SlaServiceCollectionExtensionsTests
{
    [Fact]
    public void AddServiceDesk_RegistersTheClockTheMonitorAndTheValidator_Once()
    {
        var services = new ServiceCollection();

        services.AddServiceDesk().AddServiceDesk();

        Assert.Single(services, d => d.ServiceType == typeof(ISlaClock));
        Assert.Single(services, d => d.ServiceType == typeof(SlaMonitor));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<ServiceLevelOptions>) && d.ImplementationType == typeof(ServiceLevelOptionsValidator));
    }
}
