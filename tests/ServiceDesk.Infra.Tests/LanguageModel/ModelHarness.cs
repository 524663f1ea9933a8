using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Infra.LanguageModel;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>
/// The real registration (<c>AddLanguageModel</c>) pointed at a <see cref="FakeOpenAI"/> on loopback, with captured
/// logs and metrics. Calls go through the OpenAI connector over HTTP, as in production.
/// </summary>
internal sealed class ModelHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly MeterListener listener = new();

    private ModelHarness(FakeOpenAI model, ServiceProvider provider, CapturedLogs logs)
    {
        Model = model;
        this.provider = provider;
        Logs = logs;
        var factory = provider.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == LanguageModelMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            Measurements.Enqueue((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();
    }

    public FakeOpenAI Model { get; }

    public CapturedLogs Logs { get; }

    public ConcurrentQueue<(string Instrument, long Value, string Tags)> Measurements { get; } = new();

    public IGroundedAnswers Answers => provider.GetRequiredService<IGroundedAnswers>();

    public IIntentReader Reader => provider.GetRequiredService<IIntentReader>();

    public IAgentAssist Assist => provider.GetRequiredService<IAgentAssist>();

    /// <summary>The container, for what <c>configure</c> added.</summary>
    public IServiceProvider Services => provider;

    public static async Task<ModelHarness> StartAsync(
        TimeProvider? time = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var model = await FakeOpenAI.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["LanguageModel:Provider"] = "OpenAICompatible",
            ["LanguageModel:Endpoint"] = model.Endpoint.ToString(),
            ["LanguageModel:ApiKey"] = "test-key",
            ["LanguageModel:ChatModel"] = "fake-chat",
            ["LanguageModel:TimeoutMs"] = "5000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddLanguageModel();
        configure?.Invoke(services);
        return new ModelHarness(model, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), logs);
    }

    public long Sum(string instrument, string tag) =>
        Measurements.Where(m => m.Instrument == instrument && m.Tags.Contains(tag, StringComparison.Ordinal)).Sum(m => m.Value);

    public async ValueTask DisposeAsync()
    {
        listener.Dispose();
        await provider.DisposeAsync();
        await Model.DisposeAsync();
    }
}
