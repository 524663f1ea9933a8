using System.Diagnostics;

namespace ServiceDesk.Bot.Telemetry;

/// <summary>
/// The names under which the bot's own traces and metrics are published. A span started on <see cref="Source"/> with
/// nobody listening (no exporter configured) is a null check, so the hot path pays nothing when telemetry is off.
/// </summary>
internal static class ServiceDeskTelemetry
{
    public const string Name = "ServiceDesk.Bot";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>Starts a span when someone listens; null (and nothing allocated) otherwise.</summary>
    public static Activity? Start(string name, ActivityKind kind = ActivityKind.Internal) => Source.StartActivity(name, kind);

    /// <summary>Marks the span failed with the exception's type only: messages may carry personal data.</summary>
    public static void Failed(this Activity? span, Exception exception)
    {
        if (span is null)
        {
            return;
        }

        span.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        span.SetTag("error.type", exception.GetType().FullName);
    }
}
