using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

internal static class AccessServiceCollectionExtensions
{
    /// <summary>
    /// Flow 2: the access catalogue (section <c>Catalogue:Access</c>, validated at start), the request-access dialog
    /// and the approval buttons. Needs the ticket and profile stores and an <c>IDirectory</c> (e.g. AddConfiguredDirectory).
    /// </summary>
    public static IServiceCollection AddAccessRequests(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AccessCatalogueOptions>()
            .BindConfiguration(AccessCatalogueOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccessCatalogueOptions>, AccessCatalogueOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => AccessCatalogue.From(sp.GetRequiredService<IOptions<AccessCatalogueOptions>>().Value));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, AccessRequestFlow>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AccessApprovalHandler>());
        return services;
    }

    /// <summary>The catalogue's own checks (<see cref="AccessCatalogueValidation"/>), each message naming its setting.</summary>
    private sealed class AccessCatalogueOptionsValidator : IValidateOptions<AccessCatalogueOptions>
    {
        public ValidateOptionsResult Validate(string? name, AccessCatalogueOptions options)
        {
            var errors = AccessCatalogueValidation.Errors(options);
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
