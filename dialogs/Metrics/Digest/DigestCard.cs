using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Problems;

namespace ServiceDesk.Dialogs.Metrics.Digest;

/// <summary>
/// The weekly digest in the agents' channel: the week's figures against the week before (created, resolved, MTTA,
/// MTTR, SLA compliance, first-contact resolution, CSAT), the SLA targets missed per priority, the services most
/// incidents named, the open problems, and a button to the dashboard. Dates in the desk's zone.
/// </summary>
internal static class DigestCard
{
    public const int TopServices = 5;
    public const int ProblemsShown = 10;

    public static AdaptiveCard Build(DigestWeek week, ComparedMetrics metrics, IReadOnlyList<Problem> problems, string dashboardUrl, TimeZoneInfo zone, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(texts);
        var (now, before) = (metrics.Current, metrics.Previous);
        var title = texts.Get(TextKeys.DigestTitle, Date(week.From, zone, texts), Date(week.Due.AddDays(-1), zone, texts));
        List<CardElement> body =
        [
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(texts.Get(TextKeys.DigestFigures)) { Weight = TextWeight.Bolder, Wrap = true },
            new FactSet(
            [
                Compare(texts, TextKeys.MetricsIncidentsCreated, Count(texts, now.IncidentsCreated), Count(texts, before.IncidentsCreated)),
                Compare(texts, TextKeys.MetricsIncidentsResolved, Count(texts, now.IncidentsResolved), Count(texts, before.IncidentsResolved)),
                Compare(texts, TextKeys.DigestMtta, StatsCard.Duration(texts, now.Mtta.BusinessMinutes), StatsCard.Duration(texts, before.Mtta.BusinessMinutes)),
                Compare(texts, TextKeys.DigestMttr, StatsCard.Duration(texts, now.Mttr.BusinessMinutes), StatsCard.Duration(texts, before.Mttr.BusinessMinutes)),
                Compare(texts, TextKeys.MetricsResponseSla, Percent(texts, now.ResponseSla.Percent), Percent(texts, before.ResponseSla.Percent)),
                Compare(texts, TextKeys.MetricsResolutionSla, Percent(texts, now.ResolutionSla.Percent), Percent(texts, before.ResolutionSla.Percent)),
                Compare(texts, TextKeys.MetricsFirstContact, Percent(texts, now.FirstContactResolution.Percent), Percent(texts, before.FirstContactResolution.Percent)),
                Compare(texts, TextKeys.MetricsCsat, Csat(texts, now.Csat), Csat(texts, before.Csat)),
            ]),
            Heading(texts.Get(TextKeys.DigestBreaches)),
            Breaches(now, texts),
            Heading(texts.Get(TextKeys.DigestTopServices)),
            Services(now, before, texts),
            Heading(texts.Get(TextKeys.DigestOpenProblems, problems.Count)),
        ];
        body.AddRange(Problems(problems, texts));
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new OpenUrlAction(dashboardUrl) { Title = texts.Get(TextKeys.DigestOpenDashboard) }],
            FallbackText = title,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    private static Fact Compare(Texts texts, string label, string current, string previous) =>
        new(texts.Get(label), texts.Get(TextKeys.DigestCompare, current, previous));

    private static CardElement Breaches(ServiceMetrics week, Texts texts)
    {
        var rows = week.ByPriority
            .Where(p => p.ResponseSla.Total > p.ResponseSla.Met || p.ResolutionSla.Total > p.ResolutionSla.Met)
            .Select(p => new Fact(p.Priority.ToString(), texts.Get(
                TextKeys.DigestBreachesValue, p.ResponseSla.Total - p.ResponseSla.Met, p.ResolutionSla.Total - p.ResolutionSla.Met,
                p.ResponseSla.OpenBreaches + p.ResolutionSla.OpenBreaches)))
            .ToList();
        return rows.Count == 0 ? new TextBlock(texts.Get(TextKeys.DigestNoBreaches)) { Wrap = true } : new FactSet(rows);
    }

    private static CardElement Services(ServiceMetrics week, ServiceMetrics before, Texts texts)
    {
        var previous = before.Trends.TopServices.ToDictionary(s => s.Name, s => s.Count, StringComparer.OrdinalIgnoreCase);
        var rows = week.Trends.TopServices.Take(TopServices)
            .Select(s => new Fact(CardText.Literal(s.Name), texts.Get(
                TextKeys.DigestCompare, Count(texts, s.Count), previous.TryGetValue(s.Name, out var n) ? Count(texts, n) : "–")))
            .ToList();
        return rows.Count == 0 ? new TextBlock(texts.Get(TextKeys.MetricsNone)) { Wrap = true } : new FactSet(rows);
    }

    private static IEnumerable<CardElement> Problems(IReadOnlyList<Problem> problems, Texts texts)
    {
        if (problems.Count == 0)
        {
            yield return new TextBlock(texts.Get(TextKeys.DigestNoProblems)) { Wrap = true };
            yield break;
        }

        foreach (var p in problems.Take(ProblemsShown))
        {
            yield return new TextBlock(texts.Get(TextKeys.DigestProblemLine, p.Id, CardText.Literal(p.Title), ProblemCard.Status(texts, p.Status), p.Incidents.Count))
            {
                Wrap = true, MaxLines = 2,
            };
        }

        if (problems.Count > ProblemsShown)
        {
            yield return new TextBlock(texts.Get(TextKeys.DigestMoreProblems, problems.Count - ProblemsShown)) { IsSubtle = true, Wrap = true };
        }
    }

    private static string Date(DateTimeOffset at, TimeZoneInfo zone, Texts texts) => TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM", texts.Culture);

    private static string Count(Texts texts, int n) => n.ToString(texts.Culture);

    private static string Percent(Texts texts, double? percent) => percent is null ? "–" : StatsCard.Percent(texts, percent);

    private static string Csat(Texts texts, Csat csat) => csat.Average is { } average ? average.ToString("0.0", texts.Culture) + "/5" : "–";
}
