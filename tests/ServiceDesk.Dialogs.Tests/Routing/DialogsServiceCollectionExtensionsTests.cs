using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Routing;

public sealed class DialogsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddServiceDesk_RegistersTheRouterAsTheTurnHandler_Once()
    {
        var services = new ServiceCollection();

        services.AddServiceDesk().AddServiceDesk();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(ITurnHandler));
        Assert.Equal(typeof(ServiceDeskRouter), descriptor.ImplementationType);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }
}
