namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>
/// The bot published as the deployment publishes it (scripts/deploy.sh and azd: dotnet publish bot -c Release), from
/// the build the solution already made, once for the tests that run it.
/// </summary>
public sealed class PublishedBot : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sd-deploy-bot-").FullName;

    public string Folder => Path.Combine(_folder, "publish");

    public async Task InitializeAsync()
    {
        var publish = await ProcessRun.RunAsync("dotnet",
            ["publish", Repository.BotProject, "-c", Repository.Configuration, "--no-build", "-o", Folder, "-nologo"],
            Repository.Root, TimeSpan.FromMinutes(3));
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException(publish.Describe("dotnet publish bot"));
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
