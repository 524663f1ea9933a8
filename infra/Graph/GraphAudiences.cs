using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Audiences;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// <see cref="IAudienceDirectory"/> through Graph. A department or office: <c>GET /users?$filter=department eq '…' and
/// accountEnabled eq true</c>; the whole organisation: <c>GET /users?$filter=accountEnabled eq true</c>; an Entra group (by object id or exact display name): its people, nested groups
/// included, <c>GET /groups/{id}/transitiveMembers/microsoft.graph.user?$filter=accountEnabled eq true</c>. Both are
/// Graph's advanced queries (<c>$count=true</c> with <c>ConsistencyLevel: eventual</c>), so the count is
/// <c>@odata.count</c> of the same filter the pages follow through <c>@odata.nextLink</c>.
/// </summary>
internal sealed class GraphAudiences(GraphClientFactory clients, IOptions<GraphOptions> options, ILogger<GraphAudiences> logger) : IAudienceDirectory
{
    /// <summary>Graph's largest page of users.</summary>
    private const int MaxPage = 999;

    private const string Enabled = "accountEnabled eq true";

    private static readonly string[] Fields = ["id", "preferredLanguage"];

    public bool IsOn => options.Value.Enabled;

    public Task<AudienceCount> CountAsync(AnnouncementAudience audience, string value, CancellationToken cancellationToken) =>
        AskAsync(audience, async graph =>
        {
            var (group, name) = audience == AnnouncementAudience.Group ? await GroupAsync(graph, value, cancellationToken).ConfigureAwait(false) : (value, value);
            if (group is null)
            {
                return new AudienceCount(AudienceStatus.NotFound);
            }

            var page = await FirstAsync(graph, audience, group, 1, cancellationToken).ConfigureAwait(false);
            return page?.OdataCount is { } count
                ? new AudienceCount(AudienceStatus.Ok, (int)Math.Min(count, int.MaxValue), group, name)
                : throw new InvalidOperationException("A count without @odata.count.");
        }, (status, _) => new AudienceCount(status, Permission: Permission(audience)), cancellationToken);

    public Task<AudiencePage> ListAsync(AnnouncementAudience audience, string value, string? next, int max, CancellationToken cancellationToken) =>
        AskAsync(audience, async graph =>
        {
            var page = next is null
                ? await FirstAsync(graph, audience, value, Math.Clamp(max, 1, MaxPage), cancellationToken).ConfigureAwait(false)
                : await graph.Users.WithUrl(Inside(next)).GetAsync(r => r.Headers.Add("ConsistencyLevel", "eventual"), cancellationToken).ConfigureAwait(false);
            var members = (page?.Value ?? throw new InvalidOperationException("A page without value.")).Where(u => !string.IsNullOrWhiteSpace(u.Id)).Select(u => new AudienceMember(u.Id!, Locale(u.PreferredLanguage)));
            return new AudiencePage(AudienceStatus.Ok, [.. members], page.OdataNextLink);
        }, AudiencePage.Failed, cancellationToken);

    /// <summary>The first page: users of a department or office, or the people of a group.</summary>
    private static Task<UserCollectionResponse?> FirstAsync(GraphServiceClient graph, AnnouncementAudience audience, string value, int top, CancellationToken cancellationToken)
    {
        return audience switch
        {
            AnnouncementAudience.Group => graph.Groups[value].TransitiveMembers.GraphUser.GetAsync(r =>
            {
                r.QueryParameters.Filter = Enabled;
                r.QueryParameters.Count = true;
                r.QueryParameters.Top = top;
                r.QueryParameters.Select = Fields;
                r.Headers.Add("ConsistencyLevel", "eventual");
            }, cancellationToken),
            _ => graph.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = audience == AnnouncementAudience.Organisation
                    ? Enabled
                    : $"{(audience == AnnouncementAudience.Department ? "department" : "officeLocation")} eq '{Literal(value)}' and {Enabled}";
                r.QueryParameters.Count = true;
                r.QueryParameters.Top = top;
                r.QueryParameters.Select = Fields;
                r.Headers.Add("ConsistencyLevel", "eventual");
            }, cancellationToken),
        };
    }

    /// <summary>A group by object id, else by its exact display name (one group only): its id and display name.</summary>
    private static async Task<(string? Id, string? Name)> GroupAsync(GraphServiceClient graph, string value, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(value, out _))
        {
            var group = await graph.Groups[value].GetAsync(r => r.QueryParameters.Select = ["id", "displayName"], cancellationToken).ConfigureAwait(false);
            return (group?.Id, group?.DisplayName ?? group?.Id);
        }

        var named = await graph.Groups.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"displayName eq '{Literal(value)}'";
            r.QueryParameters.Select = ["id", "displayName"];
            r.QueryParameters.Top = 2;
        }, cancellationToken).ConfigureAwait(false);
        return named?.Value is [{ Id: { } id } only] ? (id, only.DisplayName ?? value) : (null, null);
    }

    private async Task<T> AskAsync<T>(AnnouncementAudience audience, Func<GraphServiceClient, Task<T>> ask, Func<AudienceStatus, TimeSpan?, T> failed, CancellationToken cancellationToken)
    {
        if (!IsOn || audience == AnnouncementAudience.Everyone)
        {
            return failed(AudienceStatus.Off, null);
        }

        try
        {
            return await ask(clients.Create()).ConfigureAwait(false);
        }
        catch (ApiException e) when (e.ResponseStatusCode is 400 or 404)
        {
            // A group id Graph does not know, or a name its filter cannot take.
            return failed(AudienceStatus.NotFound, null);
        }
        catch (ApiException e) when (e.ResponseStatusCode is 401 or 403)
        {
            GraphLog.Unavailable(logger, "audience", e.ResponseStatusCode, "refused");
            return failed(AudienceStatus.Denied, null);
        }
        catch (ApiException e)
        {
            GraphLog.Unavailable(logger, "audience", e.ResponseStatusCode, "status");
            return failed(AudienceStatus.Unavailable, GraphGroupMembership.RetryAfter(e));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TimeoutRejectedException or InvalidOperationException or FormatException
            or AuthenticationFailedException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            GraphLog.Unavailable(logger, "audience", null, e.GetType().Name);
            return failed(AudienceStatus.Unavailable, null);
        }
    }

    /// <summary>A next link Graph gave, followed only inside Graph's root: the bearer token must not go elsewhere.</summary>
    private string Inside(string link) =>
        link.StartsWith(options.Value.BaseUri().GetLeftPart(UriPartial.Authority) + "/", StringComparison.OrdinalIgnoreCase)
            ? link
            : throw new InvalidOperationException("A next link outside Graph's root.");

    /// <summary>An OData string literal: a quote is doubled.</summary>
    internal static string Literal(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    private static string? Locale(string? preferred) => string.IsNullOrWhiteSpace(preferred) ? null : preferred;

    private static string Permission(AnnouncementAudience audience) =>
        audience == AnnouncementAudience.Group ? "GroupMember.Read.All" : "User.Read.All";
}
