using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Infra.LanguageModel;

namespace ServiceDesk.Infra.Tests.LanguageModel;

public sealed class LanguageModelOptionsTests
{
    [Theory]
    [InlineData("OpenAICompatible", null, "fake", "LanguageModel:Endpoint")]
    [InlineData("OpenAICompatible", "not a uri", "fake", "LanguageModel:Endpoint")]
    [InlineData("AzureOpenAI", "http://contoso.openai.azure.com/openai/v1/", "gpt", "https")]
    [InlineData("AzureOpenAI", "https://contoso.openai.azure.com/openai/v1/", null, "LanguageModel:ChatModel")]
    [InlineData("OpenAICompatible", "http://localhost:11434/v1/", "llama", "LanguageModel:TimeoutMs", "LanguageModel:TimeoutMs", "60000")]
    public async Task BadSetting_StopsTheStartNamingTheSetting(string provider, string? endpoint, string? model, string expected, string? key = null, string? value = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LanguageModel:Provider"] = provider,
            ["LanguageModel:Endpoint"] = endpoint,
            ["LanguageModel:ChatModel"] = model,
        };
        if (key is not null)
        {
            settings[key] = value;
        }

        using var host = Host(settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSection_StartsWithTheModelOff()
    {
        using var host = Host([]);
        await host.StartAsync();

        Assert.False(host.Services.GetRequiredService<IOptions<LanguageModelOptions>>().Value.Enabled);
        Assert.Null(await host.Services.GetRequiredService<IGroundedAnswers>().AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.False(host.Services.GetRequiredService<IAgentAssist>().Available);
        Assert.Null(await host.Services.GetRequiredService<IIntentReader>().ReadAsync(
            new IntentQuestion("the big grey box chews my sheets", "en", new IntentChoices(["Question"], [], [], [], [])), CancellationToken.None));
        await host.StopAsync();
    }

    [Fact]
    public void InfrastructureRegistration_ReplacesTheNoModelDefault_InEitherOrder()
    {
        foreach (var infraFirst in new[] { true, false })
        {
            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
            services.AddLogging();
            if (infraFirst)
            {
                services.AddLanguageModel();
                Dialogs.ServiceDeskCoreServiceCollectionExtensions.AddServiceDeskCore(services);
            }
            else
            {
                Dialogs.ServiceDeskCoreServiceCollectionExtensions.AddServiceDeskCore(services);
                services.AddLanguageModel();
            }

            Assert.Equal(typeof(GroundedAnswerService), services.Single(d => d.ServiceType == typeof(IGroundedAnswers)).ImplementationType);
            Assert.Equal(typeof(IntentReaderService), services.Single(d => d.ServiceType == typeof(IIntentReader)).ImplementationType);
            Assert.Equal(typeof(AgentAssistService), services.Single(d => d.ServiceType == typeof(IAgentAssist)).ImplementationType);
        }
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLanguageModel();
        return builder.Build();
    }
}
