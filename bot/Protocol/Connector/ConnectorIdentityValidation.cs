using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>Stops the app at start when the settings cannot give an outbound token, naming the missing setting.</summary>
internal sealed class ConnectorIdentityValidation : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options) =>
        ConnectorCredentialFactory.Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
