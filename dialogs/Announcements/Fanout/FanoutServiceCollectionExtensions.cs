using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

internal static class FanoutServiceCollectionExtensions
{
    /// <summary>
    /// The announcement fan-out's dialogs side: <see cref="IAnnouncementBroadcaster"/>, the runner a worker drives,
    /// the renderer (cards rendered when they leave the outbox) and the delivery observer (per-recipient state and
    /// counts); settings from <c>Announcements:Fanout</c>. Needs <see cref="IFanoutStore"/> (<c>AddServiceDeskRecords</c>);
    /// posts in the announcements channel the host's <see cref="IAnnouncementChannel"/> names (none here: the Teams edge
    /// replaces <see cref="NoAnnouncementChannel"/> with its own).
    /// </summary>
    public static IServiceCollection AddAnnouncementFanout(this IServiceCollection services)
    {
        services.AddOptions<FanoutOptions>()
            .BindConfiguration(FanoutOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FanoutSignal>();
        services.TryAddSingleton<IAnnouncementChannel>(NoAnnouncementChannel.Instance);
        services.TryAddSingleton<FanoutRunner>();
        services.TryAddSingleton<IAnnouncementBroadcaster, FanoutBroadcaster>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxRenderer, AnnouncementRenderer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryObserver, AnnouncementDeliveryObserver>());
        return services;
    }
}
