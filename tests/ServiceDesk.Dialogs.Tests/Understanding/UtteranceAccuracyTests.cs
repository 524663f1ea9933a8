using System.Globalization;
using ServiceDesk.Dialogs.Understanding;
using Xunit.Abstractions;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>The recogniser against utterances typed the way employees type; prints the figures and every miss.</summary>
public sealed class UtteranceAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredIntentAccuracy = 0.97;
    private const double RequiredCategoryAccuracy = 0.95;
    private const double RequiredHeldOutAccuracy = 0.92;

    [Fact]
    public void TheSetIsLargeEnoughAndHalfFrench()
    {
        var set = UtteranceSet.Load();
        Assert.True(set.Count >= 130, $"{set.Count} utterances");
        var french = set.Count(u => u.Language == "fr");
        var english = set.Count(u => u.Language == "en");
        Assert.Equal(set.Count, french + english);
        Assert.InRange(french, set.Count * 0.45, set.Count * 0.55);
        Assert.All(Enum.GetValues<Intent>().Where(i => i != Intent.None), intent => Assert.Contains(set, u => u.Intent == intent));
    }

    [Fact]
    public void RecognizesAtLeastNinetySevenPercentOfTheSet() =>
        Measure(UtteranceSet.Load(), RequiredIntentAccuracy, RequiredCategoryAccuracy);

    /// <summary>The honest figure: phrasings the vocabulary was not written for. A lower bar, still a bar.</summary>
    [Fact]
    public void RecognizesMostOfTheHeldOutSet() =>
        Measure(UtteranceSet.Load(UtteranceSet.HeldOut), RequiredHeldOutAccuracy, RequiredHeldOutAccuracy);

    private void Measure(IReadOnlyList<Utterance> set, double requiredIntentAccuracy, double requiredCategoryAccuracy)
    {
        var results = set.Select(u => (Utterance: u, Got: KeywordIntentRecognizer.Recognize(u.Text, u.Language == "fr" ? "fr-FR" : "en-US"))).ToList();

        var intentRight = results.Count(r => r.Got.Intent == r.Utterance.Intent);
        Report("Overall", intentRight, results.Count);
        foreach (var language in results.GroupBy(r => r.Utterance.Language))
        {
            Report("  " + language.Key, language.Count(r => r.Got.Intent == r.Utterance.Intent), language.Count());
        }

        foreach (var intent in results.GroupBy(r => r.Utterance.Intent).OrderBy(g => g.Key))
        {
            Report("  " + intent.Key, intent.Count(r => r.Got.Intent == r.Utterance.Intent), intent.Count());
        }

        var labelled = results.Where(r => r.Utterance.Category is not null).ToList();
        var categoryRight = labelled.Count(r => r.Got.CategoryHint == r.Utterance.Category);
        Report("Category hints", categoryRight, labelled.Count);

        var numbered = results.Where(r => r.Utterance.Ticket is not null).ToList();
        var ticketsRight = numbered.Count(r => r.Got.TicketNumber?.ToString() == r.Utterance.Ticket);
        Report("Ticket numbers", ticketsRight, numbered.Count);

        output.WriteLine("Misses:");
        foreach (var (utterance, got) in results.Where(r => !IsRight(r.Utterance, r.Got)))
        {
            output.WriteLine($"  [{utterance.Language}] \"{utterance.Text}\": expected {utterance.Intent}/{utterance.Category ?? "-"}/{utterance.Ticket ?? "-"}, got {got.Intent}/{got.CategoryHint ?? "-"}/{got.TicketNumber?.ToString() ?? "-"} ({got.Confidence.ToString(CultureInfo.InvariantCulture)})");
        }

        Assert.True(intentRight >= requiredIntentAccuracy * results.Count, $"intent accuracy {intentRight}/{results.Count}");
        Assert.True(categoryRight >= requiredCategoryAccuracy * labelled.Count, $"category accuracy {categoryRight}/{labelled.Count}");
        Assert.Equal(numbered.Count, ticketsRight);
    }

    private static bool IsRight(Utterance utterance, Recognition got) =>
        got.Intent == utterance.Intent
        && (utterance.Category is null || got.CategoryHint == utterance.Category)
        && (utterance.Ticket is null || got.TicketNumber?.ToString() == utterance.Ticket);

    private void Report(string label, int right, int total) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {right}/{total} = {100.0 * right / total:F1}%"));
}
