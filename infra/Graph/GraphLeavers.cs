using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Users.Delta;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// <see cref="IDirectoryLeavers"/> through Graph's users delta query (<c>GET /users/delta?$select=id,accountEnabled</c>):
/// every page followed through <c>@odata.nextLink</c> up to the <c>@odata.deltaLink</c>. A user with
/// <c>accountEnabled</c> false or marked <c>@removed</c> left. 403 turns the feature off; anything else that breaks
/// a page (throttling past the retries, a malformed body, a page with neither link) is "unavailable", so the same
/// changes are read again next time.
/// </summary>
internal sealed class GraphLeavers(
    GraphClientFactory clients, GraphPermissions permissions, IOptions<GraphOptions> options, ILogger<GraphLeavers> logger) : IDirectoryLeavers
{
    private const string Operation = "users delta";

    /// <summary>More pages than this in one read is a loop, not a directory.</summary>
    private const int MaxPages = 10_000;

    private static readonly string[] Fields = ["id", "accountEnabled"];

    public async Task<LeaversRead> ReadAsync(string? deltaLink, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || permissions.IsOff(DirectoryFeature.Leavers))
        {
            return LeaversRead.Off;
        }

        try
        {
            var graph = clients.Create();
            var leavers = new List<string>();
            var page = deltaLink is null
                ? await graph.Users.Delta.GetAsDeltaGetResponseAsync(r => r.QueryParameters.Select = Fields, cancellationToken).ConfigureAwait(false)
                : await Next(graph, deltaLink).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var pages = 1; ; pages++)
            {
                permissions.Granted(DirectoryFeature.Leavers);
                foreach (var user in page?.Value ?? [])
                {
                    if (user.Id is { } id && (user.AccountEnabled == false || user.AdditionalData.ContainsKey("@removed")))
                    {
                        leavers.Add(id);
                    }
                }

                if (page?.OdataDeltaLink is { } next)
                {
                    return new LeaversRead(LeaversStatus.Read, leavers, next);
                }

                if (page?.OdataNextLink is not { } more || pages >= MaxPages)
                {
                    GraphLog.Unavailable(logger, Operation, null, "no next or delta link");
                    return LeaversRead.Unavailable;
                }

                page = await Next(graph, more).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ApiException e) when (e.ResponseStatusCode is 401 or 403)
        {
            permissions.Denied(DirectoryFeature.Leavers);
            return LeaversRead.Off;
        }
        catch (ApiException e)
        {
            // 410 Gone: the link expired; reading it again fails the same way, so the next read starts over.
            GraphLog.Unavailable(logger, Operation, e.ResponseStatusCode, "status");
            return e.ResponseStatusCode == 410 ? LeaversRead.Expired : LeaversRead.Unavailable;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or FormatException or InvalidOperationException
            or TimeoutRejectedException or AuthenticationFailedException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            GraphLog.Unavailable(logger, Operation, null, e.GetType().Name);
            return LeaversRead.Unavailable;
        }
    }

    /// <summary>
    /// A link Graph gave, read only when it points to Graph's own root: the bearer token must not go elsewhere.
    /// </summary>
    private DeltaRequestBuilder Next(GraphServiceClient graph, string link) =>
        link.StartsWith(options.Value.BaseUri().GetLeftPart(UriPartial.Authority) + "/", StringComparison.OrdinalIgnoreCase)
            ? graph.Users.Delta.WithUrl(link)
            : throw new InvalidOperationException("A delta link outside Graph's root.");
}
