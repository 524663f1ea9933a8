using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Announcements.Employees;

internal static class EmployeesAnnouncementsServiceCollectionExtensions
{
    /// <summary>
    /// What employees do with announcements (called by <c>AddServiceDesk()</c>): "I'm affected too" / "Acknowledge",
    /// "is there an outage?", the incident flow's outages over the stored announcements, and the incidents linked to a
    /// major incident (<see cref="IMajorIncidentLinks"/>). Needs <see cref="IAnnouncementStore"/> and
    /// <see cref="IMajorIncidentLinkStore"/> from infra (<c>AddServiceDeskRecords()</c>).
    /// </summary>
    public static IServiceCollection AddAnnouncementsForEmployees(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AnnouncementReactionHandler>());
        services.TryAddSingleton<OutageBoard>();
        services.TryAddSingleton<FixedNotices>();
        services.TryAddSingleton<IMajorIncidentLinks, MajorIncidentLinks>();
        services.TryAddSingleton<IOutageQuery, StoredOutages>();
        return services;
    }
}
