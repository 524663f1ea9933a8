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
        services.AddOptions<ServiceCatalogueOptions>().BindConfiguration(ServiceCatalogueOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServiceCatalogueOptions>, ServiceCatalogueOptionsValidator>());
        services.TryAddSingleton(sp => AccessCatalogue.From(
            sp.GetRequiredService<IOptions<AccessCatalogueOptions>>().Value, sp.GetRequiredService<IOptions<ServiceCatalogueOptions>>().Value));
        var once = !services.Any(d => d.ServiceType == typeof(ApproverSelection));
        services.TryAddSingleton<ApproverSelection>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, AccessRequestFlow>());
        if (once)
        {
            // The same flow for the software and hardware parts of the catalogue, each under its own dialog name.
            services.AddSingleton<IDialog>(sp => ActivatorUtilities.CreateInstance<AccessRequestFlow>(sp, CataloguePart.Software));
            services.AddSingleton<IDialog>(sp => ActivatorUtilities.CreateInstance<AccessRequestFlow>(sp, CataloguePart.Hardware));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AccessApprovalHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, NewStarter.NewStarterFlow>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, NewStarter.NewStarterApprovalHandler>());
        return services;
    }

    /// <summary>The software and hardware items' checks (<see cref="ServiceCatalogueValidation"/>), against the access ids too.</summary>
    private sealed class ServiceCatalogueOptionsValidator(IOptions<AccessCatalogueOptions> access) : IValidateOptions<ServiceCatalogueOptions>
    {
        public ValidateOptionsResult Validate(string? name, ServiceCatalogueOptions options)
        {
            var errors = ServiceCatalogueValidation.Errors(options, access.Value);
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
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
