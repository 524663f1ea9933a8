using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>Every log entry written at any level, with its formatted message and its structured values.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message, string Values)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            logs.Entries.Enqueue((logLevel, formatter(state, exception) + " " + exception, values));
        }
    }
}
