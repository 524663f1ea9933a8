namespace ServiceDesk.Dialogs.Announcements.Audiences;

/// <summary>
/// Installed: the app was installed now; AlreadyInstalled: it was there (success too); Off: installing is not set up;
/// Denied: the permission is missing; NotFound: no such person (or no Teams); Throttled / Failed: try again later,
/// not before <see cref="AppInstall.RetryAfter"/> when the directory said.
/// </summary>
public enum InstallStatus { Installed, AlreadyInstalled, Off, Denied, NotFound, Throttled, Failed }

public sealed record AppInstall(InstallStatus Status, TimeSpan? RetryAfter = null)
{
    /// <summary>The app is there: the 1:1 chat can be created.</summary>
    public bool Succeeded => Status is InstallStatus.Installed or InstallStatus.AlreadyInstalled;

    /// <summary>Worth trying again later (the whole fan-out waits), rather than a person who cannot get it.</summary>
    public bool Retryable => Status is InstallStatus.Throttled or InstallStatus.Failed;
}

/// <summary>
/// Installs the service desk's Teams app for a person who never opened it (Microsoft Graph's
/// <c>users/{id}/teamwork/installedApps</c>), so an announcement can create their 1:1 chat and reach them.
/// </summary>
public interface ITeamsAppInstaller
{
    /// <summary>Installing is set up (Graph on, the setting on, the app's catalogue id known).</summary>
    bool IsOn { get; }

    Task<AppInstall> InstallAsync(string objectId, CancellationToken cancellationToken);
}
