using System.Globalization;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// <c>stats</c> in the agents' channel: the metrics of the last 30 days, or of the last N days with <c>stats N</c>
/// (1 to 366), as a card. The channel handler has already checked that the person is an agent.
/// </summary>
internal sealed class StatsCommand(MetricsReader metrics, TimeProvider clock) : IAgentCommand
{
    public const int DefaultDays = 30;

    public string Name => "stats";

    public string HelpKey => TextKeys.MetricsHelp;

    public async Task<TurnResult> RunAsync(Turn turn, string arguments, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var days = DaysOf(arguments);
        if (days is null)
        {
            return new TurnResult([Reply.Of(texts.Get(TextKeys.MetricsUsage, MetricsReader.MaxDays))]);
        }

        var to = clock.GetUtcNow();
        var read = await metrics.ReadAsync(to.AddDays(-days.Value), to, cancellationToken).ConfigureAwait(false);
        return new TurnResult([Reply.Of(StatsCard.Build(read, days.Value, texts))]);
    }

    /// <summary>Null when the argument is not a number of days in range.</summary>
    internal static int? DaysOf(string? arguments)
    {
        var text = arguments?.Trim() ?? "";
        if (text.Length == 0)
        {
            return DefaultDays;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MetricsReader.MaxDays
            ? days : null;
    }
}
