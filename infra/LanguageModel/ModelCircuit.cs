using Microsoft.Extensions.Options;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// A circuit breaker over the model's endpoint: after <see cref="LanguageModelOptions.BreakAfterFailures"/> failed
/// calls in a row, or a 429 naming when to come back, no call is made for a while; then one call is let through, and
/// its outcome closes the circuit or opens it again. Shared by every turn of this instance.
/// </summary>
internal sealed class ModelCircuit(IOptions<LanguageModelOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset openUntil = DateTimeOffset.MinValue;
    private bool trial;

    /// <summary>Whether a call may be made now; when the break is over, only one caller gets the trial call.</summary>
    public bool TryEnter()
    {
        lock (gate)
        {
            if (failures < options.Value.BreakAfterFailures && time.GetUtcNow() >= openUntil)
            {
                return true;
            }

            if (time.GetUtcNow() < openUntil || trial)
            {
                return false;
            }

            trial = true;
            return true;
        }
    }

    public bool IsOpen
    {
        get
        {
            lock (gate)
            {
                return time.GetUtcNow() < openUntil;
            }
        }
    }

    public void Succeeded()
    {
        lock (gate)
        {
            failures = 0;
            trial = false;
            openUntil = DateTimeOffset.MinValue;
        }
    }

    /// <summary>A failed call; <paramref name="retryAfter"/> (from a 429) opens the circuit for at least that long.</summary>
    /// <returns>True when this failure opened the circuit.</returns>
    public bool Failed(TimeSpan? retryAfter = null)
    {
        lock (gate)
        {
            failures++;
            var wasTrial = trial;
            trial = false;
            var now = time.GetUtcNow();
            if (retryAfter is { } wait && wait > TimeSpan.Zero)
            {
                openUntil = Later(openUntil, now + wait);
                failures = Math.Max(failures, options.Value.BreakAfterFailures);
                return true;
            }

            if (wasTrial || failures >= options.Value.BreakAfterFailures)
            {
                openUntil = Later(openUntil, now + TimeSpan.FromSeconds(options.Value.BreakSeconds));
                return true;
            }

            return false;
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
