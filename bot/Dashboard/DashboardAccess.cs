using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using ServiceDesk.Bot.Api;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Dashboard;

/// <summary>What the dashboard answers a caller: its data, "sign in" (401) or "not for you" (403).</summary>
internal enum DashboardVerdict
{
    Allowed,
    SignIn,
    Refused,
}

/// <summary>
/// Who sees the dashboard: an API key holder (the key is the deployment's, given to managers and integrations), or a
/// person signed in with an Entra token for the app (Teams tab single sign-on) who is an agent (a queue team's
/// member), in <c>Agents:Administrators</c>, or carries a configured app role or group.
/// </summary>
internal sealed class DashboardAccess(ApiAuthenticator authenticator, IAgentQueue queue, IOptions<AgentQueueOptions> agents, IOptions<DashboardOptions> options)
{
    public async Task<DashboardVerdict> DecideAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = await authenticator.IdentifyAsync(request, applyRequiredRole: false, cancellationToken).ConfigureAwait(false);
        if (caller.Refusal is not null)
        {
            return DashboardVerdict.SignIn;
        }

        if (caller.ByKey)
        {
            return DashboardVerdict.Allowed;
        }

        var token = caller.Token!;
        return await IsAgentOrManagerAsync(token, cancellationToken).ConfigureAwait(false) ? DashboardVerdict.Allowed : DashboardVerdict.Refused;
    }

    private async Task<bool> IsAgentOrManagerAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Roles.Any(role => ApiAuthenticator.HasRole(token, role))
            || (token.TryGetPayloadValue<string[]>("groups", out var groups) && settings.Groups.Intersect(groups, StringComparer.OrdinalIgnoreCase).Any()))
        {
            return true;
        }

        // A daemon's token has no person: only a role or group lets it in.
        if (!token.TryGetPayloadValue<string>("oid", out var oid) || string.IsNullOrEmpty(oid))
        {
            return false;
        }

        token.TryGetPayloadValue<string>("name", out var name);
        return agents.Value.IsAdministrator(null, oid) || await queue.IsAgentAsync(new Person(oid, oid, name), cancellationToken).ConfigureAwait(false);
    }
}
