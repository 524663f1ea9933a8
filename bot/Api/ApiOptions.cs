namespace ServiceDesk.Bot.Api;

/// <summary>
/// Section <c>Api</c>: the read-only HTTP API (tickets, metrics). Off (every route answers 404) unless API keys or an
/// Entra application are configured.
/// </summary>
internal sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Accepted values of the <c>X-Api-Key</c> header (at least 32 characters each; keep them in a secret store).</summary>
    public List<string> Keys { get; set; } = [];

    /// <summary>Accept Entra ID access tokens (<c>Authorization: Bearer</c>) issued for this API.</summary>
    public ApiEntraOptions? Entra { get; set; }

    public bool Enabled => Keys.Count > 0 || Entra is not null;
}

/// <summary>Section <c>Api:Entra</c>.</summary>
internal sealed class ApiEntraOptions
{
    /// <summary>The only tenant whose tokens are accepted (the <c>tid</c> claim).</summary>
    public string? TenantId { get; set; }

    /// <summary>The token's expected <c>aud</c>: the API's application id URI or client id.</summary>
    public string? Audience { get; set; }

    /// <summary>Defaults to <c>https://login.microsoftonline.com/{TenantId}/v2.0</c>; its OpenID metadata gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>When set, the token's <c>roles</c> must contain it (an app role such as <c>Tickets.Read</c>).</summary>
    public string? RequiredRole { get; set; }

    /// <summary>
    /// The audiences accepted: <see cref="Audience"/>, and for an application id URI ending in the client id
    /// (<c>api://host/{clientId}</c>, a Teams tab's) the client id too, which Entra's v2 tokens carry as <c>aud</c>.
    /// </summary>
    public IReadOnlyList<string> Audiences =>
        Audience is { } uri && uri.StartsWith("api://", StringComparison.OrdinalIgnoreCase) && Guid.TryParse(uri[(uri.LastIndexOf('/') + 1)..], out var client)
            ? [uri, client.ToString()]
            : [Audience!];

    /// <summary>The authority, without a trailing slash: where browsers sign in and the keys are published.</summary>
    public string AuthorityAddress =>
        (string.IsNullOrWhiteSpace(Authority) ? $"https://login.microsoftonline.com/{TenantId}/v2.0" : Authority).TrimEnd('/');

    public string MetadataAddress => AuthorityAddress + "/.well-known/openid-configuration";
}
