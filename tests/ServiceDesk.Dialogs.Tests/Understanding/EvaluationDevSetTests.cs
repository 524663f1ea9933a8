using System.Globalization;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;
using Xunit.Abstractions;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// The recogniser against the DEV part of the evaluation sets (bench/understanding/sets/*.dev.tsv): the lines it may be
/// tuned on. The held-out files are never read here; the evaluation command measures them.
/// </summary>
public sealed class EvaluationDevSetTests(ITestOutputHelper output)
{
    private const double RequiredIntentAccuracy = 0.95;
    private const double RequiredFollowUpAccuracy = 0.95;
    private const double RequiredCategoryAccuracy = 0.95;
    private const double RequiredStatedAccuracy = 0.85;

    [Fact]
    public void SingleMessages_TheDevSet_IsUnderstood()
    {
        var lines = Read("single-messages.dev.tsv", 8).Where(f => f[1] != "Cancel").ToList();
        var results = lines.Select(f => (Fields: f, Got: KeywordIntentRecognizer.Recognize(f[7], f[0] == "fr" ? "fr-FR" : "en-US"))).ToList();
        var right = results.Count(r => r.Got.Intent.ToString() == r.Fields[1]);
        Report("Intent", right, results.Count);
        foreach (var language in results.GroupBy(r => r.Fields[0]))
        {
            Report("  " + language.Key, language.Count(r => r.Got.Intent.ToString() == r.Fields[1]), language.Count());
        }

        foreach (var intent in results.GroupBy(r => r.Fields[1]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Report("  " + intent.Key, intent.Count(r => r.Got.Intent.ToString() == r.Fields[1]), intent.Count());
        }

        var categorised = results.Where(r => r.Fields[1] == "ReportIncident" && r.Fields[2] is not "-" and not "other").ToList();
        var categoryRight = categorised.Count(r => r.Got.CategoryHint == r.Fields[2]);
        Report("Category", categoryRight, categorised.Count);
        var stated = results.Where(r => r.Fields[4] != "-" || r.Fields[5] != "-").ToList();
        var statedRight = stated.Count(r => Level(r.Got.ImpactHint) == r.Fields[4] && Level(r.Got.UrgencyHint) == r.Fields[5]);
        Report("Impact and urgency stated", statedRight, stated.Count);
        var unstated = results.Where(r => r.Fields[4] == "-" && r.Fields[5] == "-").ToList();
        Report("Nothing stated, nothing read", unstated.Count(r => r.Got.ImpactHint is null && r.Got.UrgencyHint is null), unstated.Count);
        Report("Language", results.Count(r => r.Got.Language == r.Fields[0]), results.Count);

        output.WriteLine("Misses:");
        foreach (var (fields, got) in results.Where(r => r.Got.Intent.ToString() != r.Fields[1]
            || (r.Fields[1] == "ReportIncident" && r.Fields[2] is not "-" and not "other" && r.Got.CategoryHint != r.Fields[2])
            || Level(r.Got.ImpactHint) != r.Fields[4] || Level(r.Got.UrgencyHint) != r.Fields[5]))
        {
            output.WriteLine($"  [{fields[0]}] \"{fields[7]}\": expected {fields[1]}/{fields[2]}/{fields[4]}/{fields[5]}, got {got.Intent}/{got.CategoryHint ?? "-"}/{Level(got.ImpactHint)}/{Level(got.UrgencyHint)}");
        }

        foreach (var language in results.GroupBy(r => r.Fields[0]))
        {
            Assert.True(language.Count(r => r.Got.Intent.ToString() == r.Fields[1]) >= RequiredIntentAccuracy * language.Count(), $"intent accuracy in {language.Key}");
        }

        Assert.True(categoryRight >= RequiredCategoryAccuracy * categorised.Count, $"category accuracy {categoryRight}/{categorised.Count}");
        Assert.True(statedRight >= RequiredStatedAccuracy * stated.Count, $"stated impact and urgency {statedRight}/{stated.Count}");
    }

    [Fact]
    public void TicketFollowUps_TheDevSet_AreRecognisedWithTheirSubject()
    {
        var lines = Read("ticket-followups.dev.tsv", 3);
        var results = lines.Select(f => (Fields: f, Got: KeywordIntentRecognizer.Recognize(f[2], f[0] == "fr" ? "fr-FR" : "en-US"))).ToList();
        // A follow-up, or a message the router checks against the employee's own tickets before opening anything
        // (progress asked, or a problem restated): the bench measures which ticket that shows.
        var right = results.Count(r => r.Got.Intent == Intent.TicketFollowUp
            || (r.Got.Intent is Intent.ReportIncident or Intent.RequestAccess or Intent.RequestSoftware or Intent.RequestHardware
                    or Intent.Question or Intent.Human or Intent.MyTickets
                && MyTicketsFlow.Concerns(r.Fields[2], r.Got) is (true, _) or (_, true)));
        Report("Follow-ups", right, results.Count);
        output.WriteLine("Misses:");
        foreach (var (fields, got) in results.Where(r => r.Got.Intent != Intent.TicketFollowUp || r.Got.Subject is null))
        {
            output.WriteLine($"  [{fields[0]}] \"{fields[2]}\": got {got.Intent}, subject \"{got.Subject}\"");
        }

        Assert.True(right >= RequiredFollowUpAccuracy * results.Count, $"follow-ups {right}/{results.Count}");
    }

    private static string Level<T>(T? value)
        where T : struct, Enum => value?.ToString().ToLowerInvariant() ?? "-";

    private static List<string[]> Read(string fileName, int fields)
    {
        Assert.EndsWith(".dev.tsv", fileName, StringComparison.Ordinal);
        var path = Path.Combine(UtteranceSet.RepositoryRoot(), "bench", "understanding", "sets", fileName);
        return [.. File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Where(f => f.Length == fields)];
    }

    private void Report(string label, int right, int total) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {right}/{total} = {100.0 * right / Math.Max(1, total):F1}%"));
}
