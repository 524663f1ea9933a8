using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Knowledge answers marked helpful or not, one entity each in the Deflections table: partition = the UTC day
/// (<c>yyyy-MM-dd</c>), row = <c>{ticks}|{id}</c>, so counting a period reads one partition per day and never scans.
/// No user id is stored: reporting needs counts, not people. Each record is also logged, as the log-only version did.
/// An answer is counted once per person, article and UTC day (the card stays in the chat and can be clicked again): the
/// record is added in one batch with a marker row <c>once|{hash of person and article}</c> of the same day, which sorts
/// after every ticks row key (so counting never reads it); a marker that exists already fails the batch: counted before.
/// Each record keeps its source, so the counts tell the language model's answers from the articles'.
/// </summary>
internal sealed partial class TableDeflectionLog(ITableService service, TimeProvider clock, ILogger<TableDeflectionLog> logger) : IDeflectionLog, IDeflectionCounts
{
    /// <summary>A period longer than this is refused rather than read day by day.</summary>
    public const int MaxDays = 400;

    private readonly ITable table = service.GetTable("Deflections");
    private volatile bool created;

    /// <summary>
    /// Answers are recorded at the time of the click, so a day over for more than <see cref="Settled"/> (room for the
    /// instances' clocks and a slow write) takes no more: its counts are kept in memory and not read again.
    /// </summary>
    private static readonly TimeSpan Settled = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<DateTime, DeflectionCounts> settledDays = new();

    public async Task RecordAsync(Deflection deflection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deflection);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var at = deflection.At.ToUniversalTime();
        var entity = new TableEntity(Day(at), $"{TicketKeys.Ticks(at.UtcTicks)}|{Guid.NewGuid():N}")
        {
            ["Helpful"] = deflection.Helpful,
            ["ArticleId"] = deflection.ArticleId,
            ["Source"] = deflection.Source,
        };
        var marker = new TableEntity(Day(at), "once|" + Once(deflection.UserId, deflection.ArticleId));
        var added = await table.SubmitBatchAsync([TableBatchOperation.Add(marker), TableBatchOperation.Add(entity)], cancellationToken).ConfigureAwait(false);
        if (added.Status == TableStatus.Conflict)
        {
            // The record's own row key is new (a GUID): only the marker can already exist.
            return;
        }

        added.OrThrow("deflection");
        LogAnswer(deflection.ArticleId, deflection.Source, deflection.Helpful, deflection.At);
    }

    public async Task<DeflectionCounts> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((to - from).TotalDays, MaxDays, nameof(to));
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var total = DeflectionCounts.None;
        for (var day = from.UtcDateTime.Date; day < to.UtcDateTime; day = day.AddDays(1))
        {
            var whole = day >= from.UtcDateTime && day.AddDays(1) <= to.UtcDateTime;
            if (!whole || !settledDays.TryGetValue(day, out var counts))
            {
                counts = await CountDayAsync(day, from, to, cancellationToken).ConfigureAwait(false);
                if (whole && day.AddDays(1) + Settled <= clock.GetUtcNow().UtcDateTime)
                {
                    settledDays[day] = counts;
                }
            }

            total = Sum(total, counts);
        }

        return total;
    }

    private async Task<DeflectionCounts> CountDayAsync(DateTime day, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        int helpful = 0, notHelpful = 0, helpfulByModel = 0, notHelpfulByModel = 0;
        string? continuation = null;
        do
        {
            var query = new TableQuery(Day(day))
            {
                RowKeyFrom = TicketKeys.Ticks(from.UtcTicks), RowKeyTo = TicketKeys.Ticks(to.UtcTicks), ContinuationToken = continuation,
            };
            var page = (await table.QueryAsync(query, cancellationToken).ConfigureAwait(false)).OrThrow("deflections");
            foreach (var entity in page.Entities)
            {
                // The language model's answers are recorded with its source; any other (or none, as in a record from an
                // older version) is the knowledge base's article.
                var byModel = entity.GetString("Source") == GroundedAnswerCard.ByModel ? 1 : 0;
                if (entity.GetBoolean("Helpful") ?? true) (helpful, helpfulByModel) = (helpful + 1, helpfulByModel + byModel);
                else (notHelpful, notHelpfulByModel) = (notHelpful + 1, notHelpfulByModel + byModel);
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return new DeflectionCounts(helpful, notHelpful) { HelpfulByModel = helpfulByModel, NotHelpfulByModel = notHelpfulByModel };
    }

    private static DeflectionCounts Sum(DeflectionCounts a, DeflectionCounts b) =>
        new(a.Helpful + b.Helpful, a.NotHelpful + b.NotHelpful)
        {
            HelpfulByModel = a.HelpfulByModel + b.HelpfulByModel, NotHelpfulByModel = a.NotHelpfulByModel + b.NotHelpfulByModel,
        };

    private static string Once(string userId, string articleId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId + "\n" + articleId)));

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async ValueTask EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (!created)
        {
            (await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false)).OrThrow(table.Name);
            created = true;
        }
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Knowledge answer: article {ArticleId} ({Source}) helpful {Helpful} at {At}")]
    private partial void LogAnswer(string articleId, string source, bool helpful, DateTimeOffset at);
}
