using ServiceDesk.Bench.Understanding;
using ServiceDesk.Bench.Understanding.Reporting;

// bash bench/understanding/run.sh [--json] [--brief] [--gate] [--sets FOLDER] [--model] [--no-aliases]
// --explain: messages on the standard input, each read by the rules, the classifier and the combination.
// --cv [--grid]: k-fold cross-validation of the intent classifier on its training lines (CrossValidation.cs), nothing else.
// Exit code 0 always, unless --gate: then 1 when a figure is below its threshold (Gate.cs).
// --no-aliases: the articles without their hand-written aliases (title, tags and body only), as an owner may write one.
// --model: with the language model the environment names (LanguageModel__Provider, __Endpoint, __ChatModel, …), as the bot.
if (args.Contains("--explain"))
{
    // One message a line on the standard input ("lang<TAB>text" or the text): the rules' reading, the classifier's, the combination.
    CrossValidation.Explain(Console.In);
    return 0;
}

if (args.Contains("--cv"))
{
    CrossValidation.Run(grid: args.Contains("--grid"));
    return 0;
}

var json = args.Contains("--json");
var model = args.Contains("--model") ? ModelSettings.FromEnvironment() : null;
if (model is not null)
{
    var usable = ModelSettings.Describe(out var described);
    Console.Error.WriteLine(described);
    if (!usable)
    {
        return 2;
    }
}

var gate = args.Contains("--gate");
var sets = Array.IndexOf(args, "--sets");
var repository = RepositoryFiles.Find(Environment.CurrentDirectory) with
{
    OtherSets = sets >= 0 && sets + 1 < args.Length ? Path.GetFullPath(args[sets + 1]) : null,
};
if (args.Contains("--no-aliases"))
{
    repository = repository with { OtherKnowledge = AliasFreeKnowledge.CopyOf(repository.KnowledgeFolder) };
}

var figures = await Evaluation.RunAsync(repository, latencyRounds: 20, CancellationToken.None, model);
if (repository.OtherKnowledge is { } copy)
{
    Directory.Delete(copy, recursive: true);
}

Console.WriteLine(json ? ReportPrinter.ToJson(figures) : ReportPrinter.ToText(figures, details: !args.Contains("--brief")));
if (!gate)
{
    return 0;
}

var failures = Gate.Check(figures);
foreach (var failure in failures)
{
    Console.Error.WriteLine("below threshold: " + failure);
}

return failures.Count == 0 ? 0 : 1;
