using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Graph;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>The app installed for a person through the real GraphServiceClient against the fake Graph.</summary>
public sealed class GraphAppInstallerTests
{
    private const string CatalogApp = "77777777-0000-0000-0000-000000000001";

    private static Task<GraphHarness> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Graph:InstallApp"] = "true", ["Graph:TeamsAppCatalogId"] = CatalogApp };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return GraphHarness.StartAsync(all);
    }

    private static ITeamsAppInstaller Installer(GraphHarness h) => h.Provider.GetRequiredService<ITeamsAppInstaller>();

    [Fact]
    public async Task Install_binds_the_catalogue_app_then_again_409_is_already_installed()
    {
        await using var h = await StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));

        var first = await Installer(h).InstallAsync(Jean, default);
        var second = await Installer(h).InstallAsync(Jean, default);

        Assert.Equal((InstallStatus.Installed, InstallStatus.AlreadyInstalled), (first.Status, second.Status));
        Assert.True(second.Succeeded);
        Assert.Equal([CatalogApp], h.Graph.InstalledApps[Jean]);
        Assert.All(h.Graph.Requests, r => Assert.Equal(("POST", $"/v1.0/users/{Jean}/teamwork/installedApps", true), r));
    }

    [Fact]
    public async Task Install_refused_is_denied_and_the_feature_is_off_for_the_setup_card()
    {
        await using var h = await StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));
        h.Graph.Script($"/users/{Jean}/teamwork/installedApps", FakeGraph.Forbidden);

        Assert.Equal(InstallStatus.Denied, (await Installer(h).InstallAsync(Jean, default)).Status);
        Assert.False(Installer(h).IsOn);
        Assert.Equal(InstallStatus.Denied, (await Installer(h).InstallAsync(Jean, default)).Status);
        Assert.Single(h.Graph.Requests);
        Assert.Equal([DirectoryFeature.AppInstallation], h.Provider.GetRequiredService<GraphPermissions>().Missing);
        Assert.Contains(h.Provider.GetRequiredService<IDirectory>().MissingPermissions(),
            g => g.Permission == "TeamsAppInstallation.ReadWriteForUser.All");
    }

    [Fact]
    public async Task Install_throttled_once_waits_Retry_After_and_installs()
    {
        await using var h = await StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));
        h.Graph.Script($"/users/{Jean}/teamwork/installedApps", FakeGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfter: "1"));

        Assert.Equal(InstallStatus.Installed, (await Installer(h).InstallAsync(Jean, default)).Status);
        Assert.Equal(2, h.Graph.Count("/users/"));
    }

    [Fact]
    public async Task Install_throttled_past_the_retries_is_throttled_with_Graphs_Retry_After_and_a_person_unknown_is_not_found()
    {
        await using var h = await StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));
        var throttled = FakeGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfter: "1");
        h.Graph.Script($"/users/{Jean}/teamwork/installedApps", throttled, throttled, throttled, throttled);

        Assert.Equal(new AppInstall(InstallStatus.Throttled, TimeSpan.FromSeconds(1)), await Installer(h).InstallAsync(Jean, default));
        Assert.Equal(InstallStatus.NotFound, (await Installer(h).InstallAsync(Marie, default)).Status);
        Assert.Equal(InstallStatus.NotFound, (await Installer(h).InstallAsync("29:not-an-object-id", default)).Status);
    }

    [Fact]
    public async Task Installing_off_asks_nothing()
    {
        await using var h = await StartAsync(new() { ["Graph:InstallApp"] = "false" });

        Assert.False(Installer(h).IsOn);
        Assert.Equal(InstallStatus.Off, (await Installer(h).InstallAsync(Jean, default)).Status);
        Assert.Empty(h.Graph.Requests);
    }
}
