using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The deflection store: answers marked helpful or not, counted per period, against each backend.</summary>
public abstract class DeflectionLogTests : RecordsTestBase
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Count_CountsHelpfulAndNotHelpful_InTheHalfOpenPeriod_AcrossDays()
    {
        var log = new TableDeflectionLog(Tables, TimeProvider.System, NullLogger<TableDeflectionLog>.Instance);
        await log.RecordAsync(new Deflection(Day1.AddHours(-10), "29:u", "kb-1", "answer"), CancellationToken.None); // day before
        await log.RecordAsync(new Deflection(Day1, "29:u", "kb-1", "answer"), CancellationToken.None);
        await log.RecordAsync(new Deflection(Day1.AddHours(3), "29:v", "kb-2", "incident"), CancellationToken.None);
        await log.RecordAsync(new Deflection(Day1.AddDays(1), "29:w", "kb-2", "answer", Helpful: false), CancellationToken.None);
        await log.RecordAsync(new Deflection(Day1.AddDays(2), "29:x", "kb-3", "answer"), CancellationToken.None); // the end, excluded

        var counts = await log.CountAsync(Day1, Day1.AddDays(2), CancellationToken.None);

        Assert.Equal(new DeflectionCounts(2, 1), counts);
        Assert.Equal(new DeflectionCounts(0, 0), await log.CountAsync(Day1.AddDays(10), Day1.AddDays(11), CancellationToken.None));
    }

    [Fact]
    public async Task Record_ThePersonsSecondAnswerOnTheSameArticleThatDay_IsNotCountedAgain()
    {
        var log = new TableDeflectionLog(Tables, TimeProvider.System, NullLogger<TableDeflectionLog>.Instance);
        await log.RecordAsync(new Deflection(Day1, "29:u", "kb-1", "answer"), CancellationToken.None);
        await log.RecordAsync(new Deflection(Day1.AddMinutes(1), "29:u", "kb-1", "answer"), CancellationToken.None); // the card clicked again
        await log.RecordAsync(new Deflection(Day1.AddMinutes(2), "29:u", "kb-1", "answer", Helpful: false), CancellationToken.None); // a change of mind
        await log.RecordAsync(new Deflection(Day1.AddMinutes(3), "29:u", "kb-2", "answer"), CancellationToken.None); // another article
        await log.RecordAsync(new Deflection(Day1.AddMinutes(4), "29:v", "kb-1", "answer"), CancellationToken.None); // another person

        var counts = await log.CountAsync(Day1, Day1.AddHours(1), CancellationToken.None);

        Assert.Equal(new DeflectionCounts(3, 0), counts);
    }

    [Fact]
    public async Task Count_KeepsTheCountsOfDaysOverAnHourAgo_AndStillReadsTheDaysThatAreNot()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Day1.AddDays(1).AddHours(2)); // the 3rd, 11:00
        var log = new TableDeflectionLog(Tables, clock, NullLogger<TableDeflectionLog>.Instance);
        await log.RecordAsync(new Deflection(Day1, "29:u", "kb-1", "answer"), CancellationToken.None);
        await log.RecordAsync(new Deflection(Day1.AddDays(1), "29:u", "kb-1", "answer"), CancellationToken.None);
        var period = (From: new DateTimeOffset(Day1.Date, TimeSpan.Zero), To: clock.GetUtcNow());
        Assert.Equal(new DeflectionCounts(2, 0), await log.CountAsync(period.From, period.To, CancellationToken.None));

        // The 2nd is kept (over since 00:00 on the 3rd); the 3rd is read again and has a new answer.
        await log.RecordAsync(new Deflection(Day1.AddDays(1).AddHours(1), "29:v", "kb-1", "answer", Helpful: false), CancellationToken.None);
        await new TableDeflectionLog(Tables, clock, NullLogger<TableDeflectionLog>.Instance).RecordAsync(
            new Deflection(Day1.AddHours(2), "29:w", "kb-2", "answer"), CancellationToken.None); // written into the kept day behind its back

        Assert.Equal(new DeflectionCounts(2, 1), await log.CountAsync(period.From, period.To, CancellationToken.None));
    }

    [Fact]
    public async Task Count_TellsTheModelsAnswersFromTheArticles_AndAnOldRecordWithoutSourceIsTheKnowledgeBases()
    {
        var log = new TableDeflectionLog(Tables, TimeProvider.System, NullLogger<TableDeflectionLog>.Instance);
        await log.RecordAsync(new Deflection(Day1, "29:u", "kb-1", "model"), CancellationToken.None); // a model answer that helped
        await log.RecordAsync(new Deflection(Day1.AddMinutes(1), "29:v", "kb-1", "model", Helpful: false), CancellationToken.None);
        await log.RecordAsync(new Deflection(Day1.AddMinutes(2), "29:w", "kb-2", "answer"), CancellationToken.None); // an article
        await log.RecordAsync(new Deflection(Day1.AddDays(1), "29:x", "kb-3", "access"), CancellationToken.None); // beside a form
        // A record as an older version may have left it: no source.
        var table = Tables.GetTable("Deflections");
        var old = new TableEntity("2026-11-03", $"{TicketKeys.Ticks(Day1.AddDays(1).AddHours(1).UtcTicks)}|old") { ["Helpful"] = true, ["ArticleId"] = "kb-4" };
        (await table.AddAsync(old, CancellationToken.None)).OrThrow("old deflection");

        var counts = await log.CountAsync(Day1, Day1.AddDays(2), CancellationToken.None);

        Assert.Equal(new DeflectionCounts(4, 1) { HelpfulByModel = 1, NotHelpfulByModel = 1 }, counts);
    }

    [Fact]
    public async Task Records_Composition_RecordsThroughTheTable()
    {
        Assert.IsType<TableDeflectionLog>(Records.Deflections);
        await Records.Deflections.RecordAsync(new Deflection(Day1, "29:u", "kb-1", "answer"), CancellationToken.None);

        var counts = await new TableDeflectionLog(Tables, TimeProvider.System, NullLogger<TableDeflectionLog>.Instance).CountAsync(Day1, Day1.AddHours(1), CancellationToken.None);

        Assert.Equal(new DeflectionCounts(1, 0), counts);
    }
}
