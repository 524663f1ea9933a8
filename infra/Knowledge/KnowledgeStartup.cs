using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Infra.Knowledge;

/// <summary>Asks for the knowledge base when the host starts, so loading it (and any article error) happens then, not at the first question.</summary>
internal sealed partial class KnowledgeStartup(KnowledgeBase knowledge, ILogger<KnowledgeStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLoaded(knowledge.CountOf(KnowledgeLanguage.English), knowledge.CountOf(KnowledgeLanguage.French), knowledge.Folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base loaded: {English} English and {French} French articles from {Folder}")]
    private partial void LogLoaded(int english, int french, string? folder);
}
