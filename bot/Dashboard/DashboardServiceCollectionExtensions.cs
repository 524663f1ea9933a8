using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Api;
using ServiceDesk.Dialogs.Metrics.Now;

namespace ServiceDesk.Bot.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>The dashboard's settings (section <c>Dashboard</c>) its access rule, its browser sign-in and the "now" reader; the API's authenticator comes with <c>AddTicketsApi()</c>.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>()
            .BindConfiguration(DashboardOptions.SectionName)
            .Validate<IOptions<ApiOptions>>(
                (o, api) => !o.SignIn.Enabled || DashboardSignIn.Of(api.Value.Entra, o.SignIn) is not null,
                "Dashboard:SignIn:Enabled needs Api:Entra (tenant and audience) and a client id: Dashboard:SignIn:ClientId, or an Api:Entra:Audience ending with it (api://<host>/<client id>).")
            .Validate(o => o.SignIn.ClientId is not { Length: > 0 } id || Guid.TryParse(id, out _), "Dashboard:SignIn:ClientId must be an application (client) id (GUID).")
            .ValidateOnStart();
        services.AddSingleton<DashboardAccess>();
        services.AddSingleton<DashboardSignIn>();
        services.AddDeskNow();
        return services;
    }
}
