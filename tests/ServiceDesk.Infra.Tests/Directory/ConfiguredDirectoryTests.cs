using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Directories;

namespace ServiceDesk.Infra.Tests.Directories;

public sealed class ConfiguredDirectoryTests
{
    private static readonly Dictionary<string, string?> Sample = new()
    {
        ["Directory:Managers:0:Employee"] = "29:jean",
        ["Directory:Managers:0:Manager:Id"] = "29:marie",
        ["Directory:Managers:0:Manager:AadObjectId"] = "aad-marie",
        ["Directory:Managers:0:Manager:Name"] = "Marie Martin",
        ["Directory:Managers:1:Employee"] = "aad-paul",
        ["Directory:Managers:1:Manager:Id"] = "29:claire",
        ["Directory:Managers:1:Manager:Name"] = "Claire Bernard",
        ["Directory:DefaultApprover:Id"] = "29:desk-lead",
        ["Directory:DefaultApprover:Name"] = "Service desk lead",
        ["Directory:People:0:Id"] = "29:owner-sap",
        ["Directory:People:0:AadObjectId"] = "aad-owner-sap",
        ["Directory:People:0:Name"] = "Sophie Owner",
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddConfiguredDirectory();
        return services.BuildServiceProvider();
    }

    private static IDirectory Directory(Dictionary<string, string?>? settings = null) =>
        Build(settings ?? Sample).GetRequiredService<IDirectory>();

    [Fact]
    public async Task GetManager_ByTeamsUserId_FindsTheConfiguredManager()
    {
        var found = await Directory().GetManagerAsync(new DirectoryPerson("29:jean", "aad-jean", "Jean"), default);

        Assert.Equal(DirectoryOutcome.Found, found.Outcome);
        Assert.Equal(new DirectoryPerson("29:marie", "aad-marie", "Marie Martin"), found.Person);
    }

    [Fact]
    public async Task GetManager_ByEntraObjectId_InAnyCase_FindsTheConfiguredManager()
    {
        var found = await Directory().GetManagerAsync(new DirectoryPerson("29:paul", "AAD-PAUL", "Paul"), default);

        Assert.Equal("29:claire", found.Person?.Id);
    }

    [Fact]
    public async Task GetManager_NoManagerConfigured_IsTheDefaultApprover()
    {
        var found = await Directory().GetManagerAsync(new DirectoryPerson("29:newcomer", null, "New"), default);

        Assert.Equal(new DirectoryPerson("29:desk-lead", null, "Service desk lead"), found.Person);
    }

    [Fact]
    public async Task GetManager_TheDefaultApproverThemselves_IsNotFound()
    {
        var found = await Directory().GetManagerAsync(new DirectoryPerson("29:desk-lead", null, "Lead"), default);

        Assert.Same(DirectoryLookup.NotFound, found);
    }

    [Fact]
    public async Task GetManager_NoManagerAndNoDefaultApprover_IsNotFound()
    {
        var settings = Sample.Where(s => !s.Key.StartsWith("Directory:DefaultApprover", StringComparison.Ordinal)).ToDictionary();

        var found = await Directory(settings).GetManagerAsync(new DirectoryPerson("29:newcomer", null, "New"), default);

        Assert.Equal(DirectoryOutcome.NotFound, found.Outcome);
    }

    [Theory]
    [InlineData("29:owner-sap", "Sophie Owner")]
    [InlineData("aad-owner-sap", "Sophie Owner")]
    [InlineData("aad-marie", "Marie Martin")]
    [InlineData("29:desk-lead", "Service desk lead")]
    public async Task FindPerson_KnownPeopleManagersAndDefaultApprover_AreFound(string id, string name)
    {
        var found = await Directory().FindPersonAsync(id, default);

        Assert.Equal(name, found.Person?.Name);
    }

    [Fact]
    public async Task FindPerson_Unknown_IsNotFound()
    {
        Assert.Equal(DirectoryOutcome.NotFound, (await Directory().FindPersonAsync("29:stranger", default)).Outcome);
    }

    [Fact]
    public void NoDirectorySection_IsValid_AndFindsNobody()
    {
        using var provider = Build([]);

        Assert.Empty(provider.GetRequiredService<IOptions<DirectoryOptions>>().Value.Managers);
    }

    [Fact]
    public void InvalidSettings_FailWithMessagesNamingEachSetting()
    {
        var settings = new Dictionary<string, string?>(Sample)
        {
            ["Directory:Managers:1:Employee"] = "29:JEAN",
            ["Directory:Managers:2:Employee"] = "29:anne",
            ["Directory:Managers:2:Manager:Id"] = "29:anne",
            ["Directory:Managers:2:Manager:Name"] = "Anne",
            ["Directory:DefaultApprover:Name"] = "",
            ["Directory:People:0:Id"] = " ",
        };
        using var provider = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DirectoryOptions>>().Value);

        Assert.Contains("Directory:Managers:1:Employee '29:JEAN' is listed twice.", error.Failures);
        Assert.Contains("Directory:Managers:2:Manager cannot be the employee themselves.", error.Failures);
        Assert.Contains("Directory:DefaultApprover:Name is required (at most 200 characters).", error.Failures);
        Assert.Contains("Directory:People:0:Id is required (Teams user id or Entra object id).", error.Failures);
        Assert.Equal(4, error.Failures.Count());
    }
}
