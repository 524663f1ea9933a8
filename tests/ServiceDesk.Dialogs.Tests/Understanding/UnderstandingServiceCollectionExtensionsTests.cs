using Microsoft.Extensions.DependencyInjection;
using Moq;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

public sealed class UnderstandingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddIntentRecognizer_RegistersTheRuleBasedRecognizerAsASingleton_Once()
    {
        var services = new ServiceCollection();

        services.AddIntentRecognizer().AddIntentRecognizer();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IIntentRecognizer));
        Assert.Equal(typeof(KeywordIntentRecognizer), descriptor.ImplementationType);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }

    [Fact]
    public void AddIntentRecognizer_KeepsARecognizerRegisteredBefore()
    {
        var other = Mock.Of<IIntentRecognizer>();
        var services = new ServiceCollection().AddSingleton(other);

        services.AddIntentRecognizer();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IIntentRecognizer));
        Assert.Same(other, descriptor.ImplementationInstance);
    }
}
