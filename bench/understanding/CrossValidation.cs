using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Bench.Understanding;

/// <summary>
/// <c>run.sh --cv</c>: k-fold cross-validation on the classifier's own training lines (the ones embedded in the dialogs
/// assembly): each fold is read by a classifier trained on the other folds. Prints the classifier alone (each model
/// considered), the rules alone, and each way of combining them, overall and on the lines the rules were never tuned
/// on (<c>fresh3</c> dev): the figures the classifier's model and <see cref="IntentBlend.Default"/> were chosen by.
/// </summary>
internal static class CrossValidation
{
    private const int Folds = 5;

    /// <summary>The classifier's model and options the product uses (<see cref="ClassifierOptions.Default"/>).</summary>
    public static void Run(bool grid)
    {
        var examples = IntentExamples.All;
        Console.WriteLine($"Training lines: {examples.Count} ({string.Join(", ", examples.GroupBy(e => e.Intent).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))})");
        var started = Stopwatch.GetTimestamp();
        var full = IntentClassifier.Train(examples);
        Console.WriteLine($"Training on all of them: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms (first, with JIT)");
        started = Stopwatch.GetTimestamp();
        full = IntentClassifier.Train(examples);
        Console.WriteLine($"Training again: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");
        var folded = examples.Select(e => TextFolding.Words(e.Text)).ToArray();
        started = Stopwatch.GetTimestamp();
        const int Rounds = 20;
        for (var r = 0; r < Rounds; r++)
        {
            foreach (var words in folded)
            {
                full.Predict(words);
            }
        }

        Console.WriteLine($"Classifying one folded message: {Stopwatch.GetElapsedTime(started).TotalMicroseconds / (Rounds * examples.Count):F2} µs");
        Console.WriteLine();
        Console.WriteLine(Header);
        var considered = new List<(string Name, ClassifierOptions Options)>
        {
            ("chosen: " + Describe(ClassifierOptions.Default), ClassifierOptions.Default),
        };
        if (grid)
        {
            var lr = new ClassifierOptions(ClassifierModel.LogisticRegression);
            var nb = new ClassifierOptions(ClassifierModel.NaiveBayes);
            considered.AddRange(new[]
            {
                lr with { Epochs = 20, LearningRate = 1.0, KnowledgeWeight = 1 }, lr with { Epochs = 20, LearningRate = 1.0, KnowledgeWeight = 0.3 },
                nb with { Alpha = 0.1 }, nb with { Alpha = 0.01 }, nb with { KnowledgeWeight = 1 }, nb with { KnowledgeWeight = 0.5 }, nb with { KnowledgeWeight = 0.1 },
            }.Select(o => (Describe(o), o)));
        }

        Console.WriteLine($"{Folds}-fold cross-validation, the classifier alone:");
        foreach (var (name, option) in considered)
        {
            var models = FoldModels(examples, option);
            var right = examples.Select((e, i) => models[i % Folds].Predict(folded[i]).Intent == e.Intent).ToArray();
            Console.WriteLine($"  {name,-44} {Figures(examples, right)}");
        }

        var chosen = FoldModels(examples, ClassifierOptions.Default);
        var blends = new List<(string Name, IntentBlend Blend)>
        {
            ("rules alone", IntentBlend.RulesOnly),
            ("classifier wherever allowed", IntentBlend.LearnedOnly),
            ("chosen " + Describe(IntentBlend.Default), IntentBlend.Default),
        };
        if (grid)
        {
            foreach (var over in new[] { 0.999 })
            {
                foreach (var sure in new[] { 0.7 })
                {
                    foreach (var fallback in new[] { 0.9, 2 })
                    {
                        foreach (var minWords in new[] { 1, 2, 3 })
                        {
                            var blend = new IntentBlend(over, sure, fallback, minWords);
                            blends.Add((Describe(blend), blend));
                        }
                    }
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("Rules and the chosen classifier combined (each line read with its fold's classifier):");
        var results = new List<(string Name, double Score, string Line)>();
        foreach (var (name, blend) in blends)
        {
            var right = examples.Select((e, i) => KeywordIntentRecognizer.Recognize(e.Text, e.Language, chosen[i % Folds], blend).Intent == e.Intent).ToArray();
            var line = Figures(examples, right);
            results.Add((name, Unseen(examples, right), line));
            if (results.Count <= 3)
            {
                Console.WriteLine($"  {name,-44} {line}");
            }
        }

        if (grid)
        {
            Console.WriteLine("Best fifteen on the single messages of fresh, fresh2 and fresh3 dev (the rules were tuned on them least):");
            foreach (var (name, _, line) in results.Skip(3).OrderByDescending(r => r.Score).Take(15))
            {
                Console.WriteLine($"  {name,-44} {line}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Per intent, all lines, rules alone -> chosen combination (cross-validated):");
        var rules = examples.Select(e => KeywordIntentRecognizer.Recognize(e.Text, e.Language, null, IntentBlend.RulesOnly).Intent).ToArray();
        var blended = examples.Select((e, i) => KeywordIntentRecognizer.Recognize(e.Text, e.Language, chosen[i % Folds], IntentBlend.Default).Intent).ToArray();
        foreach (var group in examples.Select((e, i) => (e, i)).GroupBy(x => x.e.Intent).OrderBy(g => g.Key))
        {
            var n = group.Count();
            Console.WriteLine($"  {group.Key,-16} {Percent(group.Count(x => rules[x.i] == x.e.Intent), n),7} -> {Percent(group.Count(x => blended[x.i] == x.e.Intent), n),7}  ({n})");
        }

        Console.WriteLine();
        Console.WriteLine("Where the combination changed the rules' intent: rules' -> chosen, times right / times wrong before (was right) / neither:");
        foreach (var pair in examples.Select((e, i) => (e, i)).Where(x => rules[x.i] != blended[x.i]).GroupBy(x => (Rules: rules[x.i], Chosen: blended[x.i])).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  {pair.Key.Rules,-16} -> {pair.Key.Chosen,-16} {pair.Count(x => x.e.Intent == pair.Key.Chosen),3} / {pair.Count(x => x.e.Intent == pair.Key.Rules),3} / {pair.Count(x => x.e.Intent != pair.Key.Chosen && x.e.Intent != pair.Key.Rules),3}");
        }
    }

    private const string Header = "Columns: all lines / single messages (all, en, fr) / single messages of fresh, fresh2, fresh3 dev / all lines of fresh3 dev";

    private static readonly Func<IntentExample, bool>[] Columns =
    [
        _ => true,
        Single,
        e => Single(e) && e.Language == "en",
        e => Single(e) && e.Language == "fr",
        e => Single(e) && e.Source.StartsWith("fresh", StringComparison.Ordinal),
        e => e.Source.StartsWith("fresh3.", StringComparison.Ordinal),
    ];

    private static bool Single(IntentExample e) =>
        e.Source.Contains("single-messages", StringComparison.Ordinal) || e.Source.Contains("utterances", StringComparison.Ordinal);

    private static string Describe(object options) => options.ToString()!.Replace("ClassifierOptions ", string.Empty, StringComparison.Ordinal).Replace("IntentBlend ", string.Empty, StringComparison.Ordinal).Replace("Model = ", string.Empty, StringComparison.Ordinal).Replace(", Seed = 17", string.Empty, StringComparison.Ordinal);

    private static IntentClassifier[] FoldModels(IReadOnlyList<IntentExample> examples, ClassifierOptions options) =>
        [.. Enumerable.Range(0, Folds).Select(f => IntentClassifier.Train(examples.Where((_, i) => i % Folds != f), options))];

    private static double Unseen(IReadOnlyList<IntentExample> examples, bool[] right) => Ratio(examples, right, Columns[4]).Value;

    private static string Figures(IReadOnlyList<IntentExample> examples, bool[] right) =>
        string.Join(" / ", Columns.Select(f => Ratio(examples, right, f).Text));

    private static (double Value, string Text) Ratio(IReadOnlyList<IntentExample> examples, bool[] right, Func<IntentExample, bool> which)
    {
        int n = 0, ok = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            if (which(examples[i]))
            {
                n++;
                ok += right[i] ? 1 : 0;
            }
        }

        return (n == 0 ? 0 : (double)ok / n, Percent(ok, n));
    }

    private static string Percent(int ok, int n) => n == 0 ? "-" : ((100.0 * ok) / n).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
