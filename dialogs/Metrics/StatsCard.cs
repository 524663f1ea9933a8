using System.Globalization;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>The <c>stats</c> answer in the agents' channel: the metrics of a period as label/value facts.</summary>
internal static class StatsCard
{
    /// <summary>Status names for the backlog are the keys <c>metrics.status{TicketStatus}</c>, open statuses only.</summary>
    internal const string StatusKeyPrefix = "metrics.status";

    public static AdaptiveCard Build(ServiceMetrics metrics, int days, Texts texts)
    {
        var title = texts.Count(CountKeys.MetricsTitle, days);
        var backlog = metrics.Backlog.Counts.Count == 0
            ? [new Fact(texts.Get(TextKeys.MetricsBacklog), "0")]
            : metrics.Backlog.Counts
                .GroupBy(c => c.Status)
                .Select(g => new Fact(
                    texts.Get(TextKeys.MetricsBacklogStatus, Status(texts, g.Key)),
                    string.Join(" · ", g.Select(c => $"{c.Priority} {c.Count}"))))
                .ToList();

        var times = metrics.ByPriority.Where(p => p.Resolved > 0)
            .Select(p => new Fact(p.Priority.ToString(), texts.Get(
                TextKeys.MetricsTimes,
                Duration(texts, p.Mtta.BusinessMinutes), Duration(texts, p.Mtta.WallClockMinutes),
                Duration(texts, p.Mttr.BusinessMinutes), Duration(texts, p.Mttr.WallClockMinutes), p.Resolved)))
            .ToList();
        var ageing = metrics.Backlog.Ageing;

        List<CardElement> body =
        [
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(texts.Get(TextKeys.MetricsBacklogTotal, metrics.Backlog.Total)) { Weight = TextWeight.Bolder, Wrap = true },
            new FactSet(backlog),
            new FactSet([new Fact(texts.Get(TextKeys.MetricsAgeing), texts.Get(
                TextKeys.MetricsAgeingValue, ageing.UpToOneDay, ageing.TwoToSevenDays, ageing.EightToThirtyDays, ageing.OverThirtyDays))]),
            new TextBlock(texts.Get(TextKeys.MetricsTimesHeading)) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            new FactSet(times.Count == 0 ? [new Fact(texts.Get(TextKeys.MetricsIncidentsResolved), "0")] : times),
            new TextBlock(texts.Get(TextKeys.MetricsQualityHeading)) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            new FactSet(
            [
                new Fact(texts.Get(TextKeys.MetricsIncidentsCreated), metrics.IncidentsCreated.ToString(texts.Culture)),
                new Fact(texts.Get(TextKeys.MetricsIncidentsResolved), metrics.IncidentsResolved.ToString(texts.Culture)),
                new Fact(texts.Get(TextKeys.MetricsResponseSla), Sla(texts, metrics.ResponseSla)),
                new Fact(texts.Get(TextKeys.MetricsResolutionSla), Sla(texts, metrics.ResolutionSla)),
                new Fact(texts.Get(TextKeys.MetricsFirstContact), Share(texts, metrics.FirstContactResolution.Percent, metrics.FirstContactResolution.Total)),
                new Fact(texts.Get(TextKeys.MetricsDeflection), Share(texts, metrics.Deflection.Percent, metrics.Deflection.HelpfulAnswers + metrics.Deflection.IncidentsCreated)),
                .. DeflectionBySource(texts, metrics.Deflection),
                new Fact(texts.Get(TextKeys.MetricsCsat), metrics.Csat.Average is { } average
                    ? texts.Get(TextKeys.MetricsCsatValue, average.ToString("0.0", texts.Culture), Percent(texts, metrics.Csat.SatisfiedPercent), texts.Count(CountKeys.MetricsRatings, metrics.Csat.Rated))
                    : texts.Get(TextKeys.MetricsNone)),
            ]),
        ];
        return new AdaptiveCard { Body = body, FallbackText = title, MsTeams = TeamsCardProperties.Full };
    }

    /// <summary>
    /// The deflection's parts, over the same denominator: the articles' and, when the language model answered anyone in
    /// the period (a desk without a model has no such answers), the model's.
    /// </summary>
    private static IEnumerable<Fact> DeflectionBySource(Texts texts, DeflectionRate deflection)
    {
        if (deflection.Percent is null)
        {
            yield break;
        }

        yield return new Fact(texts.Get(TextKeys.MetricsDeflectionKnowledgeBase), Source(texts, deflection.KnowledgeBase));
        if (deflection.Model is { Helpful: > 0 } or { NotHelpful: > 0 })
        {
            yield return new Fact(texts.Get(TextKeys.MetricsDeflectionModel), Source(texts, deflection.Model));
        }
    }

    private static string Source(Texts texts, DeflectionShare share) =>
        texts.Get(TextKeys.MetricsDeflectionShare, Percent(texts, share.Percent), share.Helpful.ToString(texts.Culture));

    private static string Status(Texts texts, TicketStatus status) => texts.Get(StatusKeyPrefix + status);

    private static string Share(Texts texts, double? percent, int count) =>
        percent is null ? texts.Get(TextKeys.MetricsNone) : texts.Get(TextKeys.MetricsShare, Percent(texts, percent), count);

    private static string Sla(Texts texts, SlaRate rate) =>
        rate.Percent is null ? texts.Get(TextKeys.MetricsNone)
        : rate.OpenBreaches == 0 ? Share(texts, rate.Percent, rate.Total)
        : texts.Get(TextKeys.MetricsSlaShare, Percent(texts, rate.Percent), rate.Total, rate.OpenBreaches);

    internal static string Percent(Texts texts, double? percent) => (percent ?? 0).ToString("0.#", texts.Culture) + " %";

    internal static string Duration(Texts texts, double? minutes) => minutes switch
    {
        null => "–",
        < 60 => texts.Get(TextKeys.MetricsMinutes, Math.Round(minutes.Value).ToString(CultureInfo.InvariantCulture)),
        < 60 * 48 => texts.Get(TextKeys.MetricsHours, (minutes.Value / 60).ToString("0.#", texts.Culture)),
        _ => texts.Get(TextKeys.MetricsDays, (minutes.Value / 60 / 24).ToString("0.#", texts.Culture)),
    };
}
