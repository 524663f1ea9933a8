using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;

namespace ServiceDesk.Infra.Tests.Knowledge;

public sealed class KnowledgeServiceCollectionExtensionsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("servicedesk-kb-di-");

    [Fact]
    public async Task AddKnowledgeBase_RealArticles_LoadsAtStartAndAnswers()
    {
        using var host = Build(new() { ["Knowledge:Folder"] = RealKnowledgeBase.Folder });

        await host.StartAsync();
        var search = host.Services.GetRequiredService<IKnowledgeSearch>();

        Assert.Equal("kb-mfa-new-phone", (await search.SearchAsync("new phone authenticator", "en", 1, CancellationToken.None))[0].ArticleId);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddKnowledgeBase_MalformedArticle_StopsTheStartNamingTheFile()
    {
        Directory.CreateDirectory(Path.Combine(folder.FullName, "en"));
        Directory.CreateDirectory(Path.Combine(folder.FullName, "fr"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "fr", "cassé.md"), "no front matter");
        using var host = Build(new() { ["Knowledge:Folder"] = folder.FullName });

        var error = await Assert.ThrowsAsync<KnowledgeLoadException>(() => host.StartAsync());

        Assert.Contains("fr/cassé.md (line 1)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Knowledge:MinScore", "1.5", "Knowledge:MinScore must be between 0 and 1.")]
    [InlineData("Knowledge:MaxQueryLength", "0", "Knowledge:MaxQueryLength must be between 10 and 10000.")]
    public async Task AddKnowledgeBase_BadSetting_StopsTheStartNamingTheSetting(string key, string value, string message)
    {
        using var host = Build(new() { ["Knowledge:Folder"] = RealKnowledgeBase.Folder, [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddKnowledgeBase();
        return builder.Build();
    }
}
