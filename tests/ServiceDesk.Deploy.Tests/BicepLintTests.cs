using ServiceDesk.Deploy.Tests.Support;

namespace ServiceDesk.Deploy.Tests;

/// <summary>The Bicep under infra/azure compiles and lints clean with the Bicep CLI from NuGet, every rule an error.</summary>
public sealed class BicepLintTests
{
    [Fact]
    public async Task Lint_MainTemplateAndModules_ReportNothing()
    {
        var lint = await BicepCli.LintAsync(Path.Combine(Repository.AzureFolder, "main.bicep"));

        Assert.True(lint.ExitCode == 0, lint.Describe("bicep lint infra/azure/main.bicep"));
        Assert.True(lint.StandardOutput.Trim().Length == 0 && lint.StandardError.Trim().Length == 0, lint.Describe("bicep lint (diagnostics)"));
    }

    [Fact]
    public async Task Lint_WithTheRepositoryConfiguration_FailsOnAWarningLevelRule()
    {
        // An unused parameter is a warning by default: with bicepconfig.json it must stop the lint.
        var folder = Directory.CreateTempSubdirectory("sd-bicep-lint-").FullName;
        try
        {
            File.Copy(Path.Combine(Repository.AzureFolder, "bicepconfig.json"), Path.Combine(folder, "bicepconfig.json"));
            var file = Path.Combine(folder, "unused.bicep");
            await File.WriteAllTextAsync(file, "param unused string\n\noutput answer int = 42\n");

            var lint = await BicepCli.LintAsync(file);

            Assert.NotEqual(0, lint.ExitCode);
            Assert.Contains("Error no-unused-params", lint.StandardOutput + lint.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

[Collection(CompiledTemplateCollection.Name)]
public sealed class BicepBuildTests(CompiledTemplate compiled)
{
    [Fact]
    public void Build_MainTemplate_CompilesWithoutAnyDiagnostic()
    {
        Assert.True(compiled.Build.StandardOutput.Trim().Length == 0 && compiled.Build.StandardError.Trim().Length == 0,
            compiled.Build.Describe("bicep build (diagnostics)"));
        // azd and `az deployment sub create` deploy it at subscription scope (it creates the resource group).
        Assert.Contains("subscriptionDeploymentTemplate", compiled.Template.Root["$schema"]!.ToString(), StringComparison.Ordinal);
    }
}
