using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

internal static class FulfilmentServiceCollectionExtensions
{
    /// <summary>
    /// Access that fulfils itself (section <c>Fulfilment</c>, checked at start): the jobs an approval owes and their
    /// runner. Needs the membership job store (infra) and a group membership (Graph, off unless <c>Graph:Enabled</c>).
    /// </summary>
    public static IServiceCollection AddFulfilment(this IServiceCollection services)
    {
        services.AddOptions<FulfilmentOptions>()
            .BindConfiguration(FulfilmentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccessFulfilment>();
        services.TryAddSingleton<FulfilmentRecords>();
        // The leavers check (its worker runs only when Graph is on and Graph:LeaversIntervalMinutes is not 0).
        services.TryAddSingleton(sp => new LeaverCheck(
            sp.GetRequiredService<Ports.IDirectoryLeavers>(), sp.GetRequiredService<Ports.IDialogStateStore>(), sp.GetRequiredService<Ports.ITicketStore>(),
            sp.GetRequiredService<AccessFulfilment>(), sp.GetRequiredService<Ports.IMembershipJobStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<LeaverCheck>>()));
        // Built here: its constructor takes the feature's internal parts.
        services.TryAddSingleton(sp => new MembershipJobRunner(
            sp.GetRequiredService<Ports.IMembershipJobStore>(), sp.GetRequiredService<Ports.IGroupMembership>(),
            sp.GetRequiredService<Ports.ITicketStore>(), sp.GetRequiredService<FulfilmentRecords>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FulfilmentOptions>>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<MembershipJobRunner>>()));
        // Access reviews (entries with ReviewEveryDays; the worker runs every Fulfilment:ReviewCheckMinutes, 0: off).
        services.TryAddSingleton<Reviews.AccessReviewStore>();
        services.TryAddSingleton<Reviews.AccessReviewOwners>();
        services.TryAddSingleton<Reviews.AccessReviewCards>();
        services.TryAddSingleton<Reviews.AccessReviewDecisions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Routing.ICardActionHandler, Reviews.AccessReviewHandler>());
        services.TryAddSingleton(sp => new Reviews.AccessReviewRunner(
            sp.GetRequiredService<Reviews.AccessReviewStore>(), sp.GetRequiredService<Catalogue.AccessCatalogue>(),
            sp.GetRequiredService<Ports.ITicketStore>(), sp.GetRequiredService<Reviews.AccessReviewOwners>(),
            sp.GetRequiredService<Reviews.AccessReviewCards>(), sp.GetRequiredService<Reviews.AccessReviewDecisions>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FulfilmentOptions>>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Reviews.AccessReviewRunner>>()));
        return services;
    }
}
