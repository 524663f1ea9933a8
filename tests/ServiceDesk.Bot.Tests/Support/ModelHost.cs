using ServiceDesk.Infra.Tests.LanguageModel;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>The real host with the language model configured against the fake OpenAI-compatible server, and a fake connector.</summary>
internal sealed class ModelHost : IAsyncLifetime
{
    public FakeConnector Connector { get; private set; } = null!;

    public FakeOpenAI Model { get; private set; } = null!;

    public BotHostFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Model = await FakeOpenAI.StartAsync();
        Factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["LanguageModel:Provider"] = "OpenAICompatible",
            ["LanguageModel:Endpoint"] = Model.Endpoint.ToString(),
            ["LanguageModel:ChatModel"] = "fake-chat",
            ["LanguageModel:TimeoutMs"] = "5000",
        });
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Model.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
