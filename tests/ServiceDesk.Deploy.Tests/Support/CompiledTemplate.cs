namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>infra/azure/main.bicep compiled once by the Bicep CLI for the tests that read the ARM template.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sd-bicep-" + Guid.NewGuid().ToString("N")[..8]);

    internal ArmTemplate Template { get; private set; } = null!;

    internal ProcessResult Build { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var output = Path.Combine(_folder, "main.json");
        Build = await BicepCli.BuildAsync(Path.Combine(Repository.AzureFolder, "main.bicep"), output);
        if (Build.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException(Build.Describe("bicep build infra/azure/main.bicep"));
        }

        Template = ArmTemplate.Load(output);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledTemplateCollection : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "Compiled template";
}
