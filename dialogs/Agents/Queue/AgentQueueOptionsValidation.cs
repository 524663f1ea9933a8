using Microsoft.Extensions.Options;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>Start-up checks of <see cref="AgentQueueOptions"/>; the message names the setting to fix.</summary>
internal sealed class AgentQueueOptionsValidation : IValidateOptions<AgentQueueOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentQueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
