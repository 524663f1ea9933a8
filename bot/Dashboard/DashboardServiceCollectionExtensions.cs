using ServiceDesk.Dialogs.Metrics.Now;

namespace ServiceDesk.Bot.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>The dashboard's settings (section <c>Dashboard</c>) its access rule and the "now" reader; the API's authenticator comes with <c>AddTicketsApi()</c>.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName).ValidateOnStart();
        services.AddSingleton<DashboardAccess>();
        services.AddDeskNow();
        return services;
    }
}
