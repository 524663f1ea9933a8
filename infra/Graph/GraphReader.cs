using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// The Graph questions of the directory, through the real <see cref="GraphServiceClient"/>. Every failure is an
/// outcome: 404 not found; 401/403 denied (the feature goes off); throttling and 5xx past the retries, a timeout, a
/// network failure or a body that is not the JSON Graph promises are "unavailable".
/// </summary>
internal sealed class GraphReader(GraphClientFactory clients, GraphPermissions permissions, ILogger<GraphReader> logger)
{
    private static readonly string[] UserFields =
        ["id", "displayName", "mail", "jobTitle", "department", "officeLocation", "preferredLanguage", "accountEnabled"];

    /// <summary>The people of a page of owners at most; Graph's own maximum.</summary>
    private const int OwnersPageSize = 100;

    /// <summary>More owners than this is a misconfigured group: the first ones approve.</summary>
    private const int MaxOwners = 500;

    public Task<GraphRead<DirectoryPerson>> UserAsync(string objectId, CancellationToken cancellationToken) =>
        AskAsync(DirectoryFeature.People, "user", async graph =>
        {
            var user = await graph.Users[objectId].GetAsync(r => r.QueryParameters.Select = UserFields, cancellationToken).ConfigureAwait(false);
            return ToPerson(user) is { } person ? GraphRead<DirectoryPerson>.Ok(person) : Malformed<DirectoryPerson>("user");
        }, cancellationToken);

    /// <summary>The person's manager; not found when Graph names none.</summary>
    public Task<GraphRead<DirectoryPerson>> ManagerAsync(string objectId, CancellationToken cancellationToken) =>
        AskAsync(DirectoryFeature.People, "manager", async graph =>
        {
            var manager = await graph.Users[objectId].Manager.GetAsync(r => r.QueryParameters.Select = UserFields, cancellationToken).ConfigureAwait(false);
            return manager switch
            {
                null => new GraphRead<DirectoryPerson>(GraphStatus.NotFound),
                User user when ToPerson(user) is { } person => GraphRead<DirectoryPerson>.Ok(person),
                // A manager that is not a user (a contact, a service principal) cannot approve.
                { OdataType: not null and not "#microsoft.graph.user" } => new GraphRead<DirectoryPerson>(GraphStatus.NotFound),
                _ => Malformed<DirectoryPerson>("manager"),
            };
        }, cancellationToken);

    /// <summary>The group's owners that are people (service principals left out), every page.</summary>
    public Task<GraphRead<IReadOnlyList<DirectoryPerson>>> OwnersAsync(string groupId, CancellationToken cancellationToken) =>
        AskAsync(DirectoryFeature.GroupOwners, "owners", async graph =>
        {
            var owners = new List<DirectoryPerson>();
            var page = await graph.Groups[groupId].Owners.GetAsync(r =>
            {
                r.QueryParameters.Select = UserFields;
                r.QueryParameters.Top = OwnersPageSize;
            }, cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                owners.AddRange((page.Value ?? []).OfType<User>().Select(ToPerson).OfType<DirectoryPerson>());
                if (page.OdataNextLink is not { } next || owners.Count >= MaxOwners)
                {
                    break;
                }

                page = await graph.Groups[groupId].Owners.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return page is null ? Malformed<IReadOnlyList<DirectoryPerson>>("owners") : GraphRead<IReadOnlyList<DirectoryPerson>>.Ok(owners);
        }, cancellationToken);

    private async Task<GraphRead<T>> AskAsync<T>(
        DirectoryFeature feature, string operation, Func<GraphServiceClient, Task<GraphRead<T>>> ask, CancellationToken cancellationToken)
    {
        if (permissions.IsOff(feature))
        {
            return new GraphRead<T>(GraphStatus.Denied);
        }

        try
        {
            var read = await ask(clients.Create()).ConfigureAwait(false);
            permissions.Granted(feature);
            return read;
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            permissions.Granted(feature);
            return new GraphRead<T>(GraphStatus.NotFound);
        }
        catch (ApiException e) when (e.ResponseStatusCode is 401 or 403)
        {
            permissions.Denied(feature);
            return new GraphRead<T>(GraphStatus.Denied);
        }
        catch (ApiException e)
        {
            return Failed<T>(operation, e.ResponseStatusCode, "status");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TimeoutRejectedException or InvalidOperationException or FormatException
            or AuthenticationFailedException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A body that is not Graph's JSON, the network, no token (Entra unreachable, a wrong secret), or the time
            // budget: the caller says "try again".
            return Failed<T>(operation, null, e.GetType().Name);
        }
    }

    private GraphRead<T> Failed<T>(string operation, int? status, string failure)
    {
        GraphLog.Unavailable(logger, operation, status, failure);
        return new GraphRead<T>(GraphStatus.Unavailable);
    }

    private GraphRead<T> Malformed<T>(string operation) => Failed<T>(operation, 200, "incomplete body");

    /// <summary>A user with an id; a partial object (no id) is not one.</summary>
    internal static DirectoryPerson? ToPerson(User? user) =>
        string.IsNullOrWhiteSpace(user?.Id)
            ? null
            : new DirectoryPerson(user.Id, user.Id, user.DisplayName)
            {
                Profile = new DirectoryProfile(user.Mail, user.JobTitle, user.Department, user.OfficeLocation, user.PreferredLanguage,
                    user.AccountEnabled ?? true),
            };
}
