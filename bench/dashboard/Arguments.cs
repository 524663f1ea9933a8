using System.Globalization;

namespace ServiceDesk.Bench.Dashboard;

/// <summary>
/// The bench's options: <c>--tickets 100000 --days 365 --period 365 --runs 20 --data folder --bot dll</c>, and
/// <c>--reuse-any-date</c> to reuse a folder seeded on an earlier day with the same figures (its year ends then).
/// </summary>
internal sealed record Arguments(int Tickets, int Days, int Period, int Runs, string Data, string Bot, bool ReuseAnyDate)
{
    public static Arguments Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new Arguments(
            Number("tickets", 100_000), Number("days", 365), Number("period", 365), Number("runs", 20),
            Path.GetFullPath(Value("data", Path.Combine(Path.GetTempPath(), "servicedesk-bench-dashboard"))),
            Path.GetFullPath(Value("bot", "bot/bin/Release/net10.0/ServiceDesk.Bot.dll")),
            args.Contains("--reuse-any-date"));
    }
}
