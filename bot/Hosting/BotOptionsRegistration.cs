using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol.Auth;

namespace ServiceDesk.Bot.Hosting;

internal static class BotOptionsRegistration
{
    /// <summary>
    /// Binds <see cref="BotOptions"/> once (binding twice would append configured list entries twice) and
    /// registers the one validator that stops the app at start with a message naming the setting (and the one that keeps
    /// the language model's time inside the turn's).
    /// Called by both the inbound authentication and the connector registrations.
    /// </summary>
    public static IServiceCollection AddBotOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<BotOptions>) && d.ImplementationType == typeof(BotOptionsValidator)))
        {
            return services;
        }
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Infra.LanguageModel.LanguageModelOptions>, LanguageModelBudgetValidator>());
        return services;
    }
}
