namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>
/// The outcome of phase one. <see cref="Accepts"/> is phase two: it must be called with the parsed
/// activity before anything in it is processed.
/// </summary>
public sealed record InboundAuthResult(
    bool Succeeded,
    string? FailureReason,
    InboundCaller Caller,
    string? ServiceUrlClaim = null,
    IReadOnlyCollection<string>? Endorsements = null,
    IReadOnlyCollection<string>? AllowedTenants = null)
{
    public static InboundAuthResult Fail(string reason) => new(false, reason, InboundCaller.None);

    /// <summary>Checks what the token says against the activity. Returns null when accepted, else the reason.</summary>
    public string? Accepts(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Succeeded) return FailureReason ?? "not authenticated";
        // Without a channel id the endorsement check below would have nothing to check: refused, whoever calls.
        if (string.IsNullOrEmpty(activity.ChannelId)) return "activity has no channelId";
        if (Caller == InboundCaller.BotFrameworkChannel)
        {
            if (string.IsNullOrEmpty(ServiceUrlClaim)) return "token has no serviceurl claim";
            if (!string.Equals(ServiceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)) return "serviceurl claim does not match the activity";
            if (Endorsements is null || !Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
                return "signing key is not endorsed for the channel";
        }
        if (AllowedTenants is { Count: > 0 })
        {
            var tenant = TeamsTenant.Of(activity);
            if (tenant is null || !AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)) return "tenant is not served";
        }
        return null;
    }
}

public enum InboundCaller { None, BotFrameworkChannel, EntraId, UnauthenticatedLocal }
