using ServiceDesk.Bot.Protocol.Auth;

namespace ServiceDesk.Bot.Api;

internal static class ApiServiceCollectionExtensions
{
    public const int MinKeyLength = 32;

    /// <summary>
    /// The read-only API's settings (section <c>Api</c>, validated at start), its authenticator (sharing the inbound
    /// signing-key cache); the metrics reader comes with <c>AddServiceDeskCore()</c>. Map the routes with <see cref="TicketsApiEndpoints.MapTicketsApi"/>.
    /// </summary>
    public static IServiceCollection AddTicketsApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>()
            .BindConfiguration(ApiOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Keys.All(k => k is { Length: >= MinKeyLength } && k.Trim() == k),
                $"Every Api:Keys entry needs at least {MinKeyLength} characters and no surrounding spaces.")
            .Validate(o => o.Entra is null || Guid.TryParse(o.Entra.TenantId, out _), "Api:Entra:TenantId must be a tenant id (GUID).")
            .Validate(o => o.Entra is null || !string.IsNullOrWhiteSpace(o.Entra.Audience), "Api:Entra:Audience is required.")
            .Validate(o => o.Entra is null || LoopbackAddress.IsAcceptableMetadataAddress(o.Entra.MetadataAddress),
                "Api:Entra:Authority must be an https address (http only on loopback).")
            .ValidateOnStart();
        services.AddInboundAuthentication();
        services.AddSingleton<ApiAuthenticator>();
        return services;
    }
}
