using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// <see cref="ITeamsAppInstaller"/> through Graph: <c>POST /users/{id}/teamwork/installedApps</c> with
/// <c>teamsApp@odata.bind</c> naming the app in the organisation's catalogue (<see cref="GraphOptions.TeamsAppCatalogId"/>).
/// 201 installed; 409 already installed (success); 403 turns the feature off (logged once, said on the setup card);
/// 404 no such person; 429 and 5xx, past the HttpClient's retries, come back with Graph's <c>Retry-After</c>.
/// </summary>
internal sealed class GraphAppInstaller(
    GraphClientFactory clients, GraphPermissions permissions, IOptions<GraphOptions> options, ILogger<GraphAppInstaller> logger) : ITeamsAppInstaller
{
    private const string Operation = "install app";

    public bool IsOn => options.Value is { Enabled: true, InstallApp: true } && !permissions.IsOff(DirectoryFeature.AppInstallation);

    public async Task<AppInstall> InstallAsync(string objectId, CancellationToken cancellationToken)
    {
        if (!IsOn)
        {
            return new AppInstall(options.Value is { Enabled: true, InstallApp: true } ? InstallStatus.Denied : InstallStatus.Off);
        }

        if (!Guid.TryParse(objectId, out _))
        {
            return new AppInstall(InstallStatus.NotFound);
        }

        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{options.Value.BaseUri()}/appCatalogs/teamsApps/{options.Value.TeamsAppCatalogId}",
            },
        };
        try
        {
            await clients.Create().Users[objectId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken).ConfigureAwait(false);
            permissions.Granted(DirectoryFeature.AppInstallation);
            return new AppInstall(InstallStatus.Installed);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 409)
        {
            return new AppInstall(InstallStatus.AlreadyInstalled);
        }
        catch (ApiException e) when (e.ResponseStatusCode is 401 or 403)
        {
            permissions.Denied(DirectoryFeature.AppInstallation);
            return new AppInstall(InstallStatus.Denied);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            return new AppInstall(InstallStatus.NotFound);
        }
        catch (ApiException e)
        {
            GraphLog.Unavailable(logger, Operation, e.ResponseStatusCode, "status");
            return new AppInstall(e.ResponseStatusCode == 429 ? InstallStatus.Throttled : InstallStatus.Failed, GraphGroupMembership.RetryAfter(e));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TimeoutRejectedException or AuthenticationFailedException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            GraphLog.Unavailable(logger, Operation, null, e.GetType().Name);
            return new AppInstall(InstallStatus.Failed);
        }
    }
}
