using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// The clock of a local run, moved forward by a file (setting <c>Bot:LocalClockFile</c>): the file holds a time span
/// (<c>3.00:00:00</c>) added to the real time, read again when it changes. It lets the end-to-end tests, which run the
/// bot as a process, see what happens days later (a temporary access ending, an access review due) without waiting.
/// Timers stay real: only the time read moves. Allowed only with <c>Bot:AllowUnauthenticatedLocal</c>.
/// </summary>
internal sealed class LocalClock(string file) : TimeProvider
{
    // Reading the file on every call would cost a system call per timestamp: it is looked at this often at most.
    private static readonly TimeSpan ReadEvery = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private TimeSpan offset;
    private long readAt = long.MinValue;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset();

    private TimeSpan Offset()
    {
        var now = GetTimestamp();
        lock (gate)
        {
            if (readAt != long.MinValue && GetElapsedTime(readAt, now) < ReadEvery)
            {
                return offset;
            }

            readAt = now;
            try
            {
                var text = File.Exists(file) ? File.ReadAllText(file).Trim() : string.Empty;
                // A clock never goes back: a smaller span (or a half-written file) keeps the one read before.
                if (text.Length > 0 && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var read) && read > offset)
                {
                    offset = read;
                }
            }
            catch (IOException)
            {
                // Being written: the span read before stands until the next look.
            }

            return offset;
        }
    }
}

/// <summary>Registers <see cref="LocalClock"/> in place of the system clock when <c>Bot:LocalClockFile</c> is set.</summary>
internal static class LocalClockRegistration
{
    public const string Setting = "Bot:LocalClockFile";

    public static IServiceCollection AddLocalClock(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[Setting] is not { Length: > 0 } file)
        {
            return services;
        }

        if (!configuration.GetValue<bool>("Bot:AllowUnauthenticatedLocal"))
        {
            throw new InvalidOperationException($"{Setting} is for local runs only: it needs Bot:AllowUnauthenticatedLocal=true.");
        }

        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new LocalClock(file)));
        return services;
    }
}
