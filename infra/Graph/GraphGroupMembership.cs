using System.Globalization;
using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// <see cref="IGroupMembership"/> through Graph: <c>POST /groups/{id}/members/$ref</c> and
/// <c>DELETE /groups/{id}/members/{id}/$ref</c>. Graph's 400 "One or more added object references already exist" is
/// success (already a member), as is a 404 on removal (not a member any more); 403 turns the feature off.
/// </summary>
internal sealed class GraphGroupMembership(
    GraphClientFactory clients, GraphPermissions permissions, IOptions<GraphOptions> options, ILogger<GraphGroupMembership> logger) : IGroupMembership
{
    private const string AlreadyMember = "One or more added object references already exist";

    public Task<MembershipOutcome> AddMemberAsync(string groupId, string objectId, CancellationToken cancellationToken) =>
        ChangeAsync("add member", groupId, objectId, removing: false, graph => graph.Groups[groupId].Members.Ref.PostAsync(
            new ReferenceCreate { OdataId = $"{options.Value.BaseUri()}/directoryObjects/{objectId}" }, cancellationToken: cancellationToken),
            cancellationToken);

    public Task<MembershipOutcome> RemoveMemberAsync(string groupId, string objectId, CancellationToken cancellationToken) =>
        ChangeAsync("remove member", groupId, objectId, removing: true,
            graph => graph.Groups[groupId].Members[objectId].Ref.DeleteAsync(cancellationToken: cancellationToken), cancellationToken);

    private async Task<MembershipOutcome> ChangeAsync(
        string operation, string groupId, string objectId, bool removing, Func<GraphServiceClient, Task> change, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || permissions.IsOff(DirectoryFeature.GroupMembership))
        {
            return new MembershipOutcome(MembershipStatus.Denied);
        }

        if (!Guid.TryParse(groupId, out _) || !Guid.TryParse(objectId, out _))
        {
            return new MembershipOutcome(MembershipStatus.NotFound);
        }

        try
        {
            await change(clients.Create()).ConfigureAwait(false);
            permissions.Granted(DirectoryFeature.GroupMembership);
            return new MembershipOutcome(MembershipStatus.Done);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 400 && !removing && IsAlreadyMember(e))
        {
            return new MembershipOutcome(MembershipStatus.AlreadyDone);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            return new MembershipOutcome(removing ? MembershipStatus.AlreadyDone : MembershipStatus.NotFound);
        }
        catch (ApiException e) when (e.ResponseStatusCode is 401 or 403)
        {
            permissions.Denied(DirectoryFeature.GroupMembership);
            return new MembershipOutcome(MembershipStatus.Denied);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 429)
        {
            GraphLog.Unavailable(logger, operation, 429, "throttled");
            return new MembershipOutcome(MembershipStatus.Throttled, RetryAfter(e));
        }
        catch (ApiException e)
        {
            GraphLog.Unavailable(logger, operation, e.ResponseStatusCode, "status");
            return new MembershipOutcome(MembershipStatus.Failed, RetryAfter(e));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TimeoutRejectedException or AuthenticationFailedException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            GraphLog.Unavailable(logger, operation, null, e.GetType().Name);
            return new MembershipOutcome(MembershipStatus.Failed);
        }
    }

    private static bool IsAlreadyMember(ApiException e) =>
        (e as ODataError)?.Error?.Message?.Contains(AlreadyMember, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Graph's Retry-After in seconds (the form Graph uses), when it sent one.</summary>
    internal static TimeSpan? RetryAfter(ApiException e) =>
        e.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value
        && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
