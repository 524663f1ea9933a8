using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>Registers the recogniser of free text; <c>AddServiceDesk()</c> (or the host) calls it.</summary>
internal static class UnderstandingServiceCollectionExtensions
{
    /// <summary>The rule-based recogniser, unless something else (a composite with a language model) was registered first.</summary>
    public static IServiceCollection AddIntentRecognizer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IIntentRecognizer, KeywordIntentRecognizer>();

        // The learned part trains from its embedded lines (tens of milliseconds) beside the host's own start.
        KeywordIntentRecognizer.WarmUp();
        return services;
    }
}
