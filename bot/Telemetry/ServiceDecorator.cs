namespace ServiceDesk.Bot.Telemetry;

/// <summary>Wraps the registered implementation of a port in a decorator, keeping its lifetime.</summary>
internal static class ServiceDecorator
{
    /// <summary>False when <typeparamref name="T"/> is not registered (nothing to decorate).</summary>
    public static bool Decorate<T>(this IServiceCollection services, Func<T, IServiceProvider, T> wrap)
        where T : class
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(T) && !services[i].IsKeyedService)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return false;
        }

        var inner = services[index];
        services[index] = ServiceDescriptor.Describe(typeof(T), sp => wrap((T)Create(inner, sp), sp), inner.Lifetime);
        return true;
    }

    private static object Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
