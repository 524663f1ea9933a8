using Microsoft.Extensions.Options;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// The tokens this instance spends per UTC day. Once <see cref="LanguageModelOptions.MaxTokensPerDay"/> is reached, no
/// call is made until the day changes. Counted per instance: with several instances the day's cost is at most the
/// number of instances times the budget.
/// </summary>
internal sealed class TokenBudget(IOptions<LanguageModelOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private DateOnly day;
    private long spent;
    private bool reported;

    /// <summary>Whether today's budget has tokens left.</summary>
    public bool HasRoom()
    {
        lock (gate)
        {
            Roll();
            return spent < options.Value.MaxTokensPerDay;
        }
    }

    public void Spend(long tokens)
    {
        lock (gate)
        {
            Roll();
            spent += Math.Max(0, tokens);
        }
    }

    /// <summary>True once per day, the first time the budget is found spent: the moment to log it.</summary>
    public bool FirstTimeSpent()
    {
        lock (gate)
        {
            Roll();
            if (reported || spent < options.Value.MaxTokensPerDay)
            {
                return false;
            }

            reported = true;
            return true;
        }
    }

    private void Roll()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (today != day)
        {
            day = today;
            spent = 0;
            reported = false;
        }
    }
}
