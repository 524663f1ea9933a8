using ServiceDesk.Bench.Understanding.Measures;
using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Seeing;
using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding;

/// <summary>
/// The whole evaluation, on one desk composed as the bot composes it: every set, dev then held out, each measured
/// through what an employee would see. The console (run.sh) prints it; the gate test checks it against thresholds.
/// </summary>
internal static class Evaluation
{
    /// <summary>
    /// With <paramref name="model"/> (settings over the environment's <c>LanguageModel__*</c>), the language model reads
    /// again what the rules are unsure of, as in the bot, and an embedding model ranks the knowledge with the keywords.
    /// </summary>
    public static async Task<IReadOnlyList<SplitFigures>> RunAsync(
        RepositoryFiles repository, int latencyRounds, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? model = null)
    {
        await using var host = await DeskHost.StartAsync(repository, model, cancellationToken).ConfigureAwait(false);
        var probe = new Probe(host, new ShownTexts(repository), new ArticleIndex(repository), new AccessItems(repository));
        var figures = new List<SplitFigures>();
        foreach (var split in new[] { Split.Dev, Split.Heldout })
        {
            var failedBefore = probe.Failed.Count;
            probe.Failed.ForgetKinds();
            var messages = SingleMessage.Read(repository, split);
            var (intent, slots) = await IntentMeasure.RunAsync(probe, messages, cancellationToken).ConfigureAwait(false);
            var followUps = await FollowUpMeasure.RunAsync(probe, FollowUp.Read(repository, split), cancellationToken).ConfigureAwait(false);
            var access = await AccessMeasure.RunAsync(probe, AccessMessage.Read(repository, split), cancellationToken).ConfigureAwait(false);
            var knowledge = await KnowledgeMeasure.RunAsync(probe, KnowledgeQuestion.Read(repository, split), cancellationToken).ConfigureAwait(false);
            var conversations = await new ScriptRunner(probe).RunAsync(Script.Read(repository, split), cancellationToken).ConfigureAwait(false);
            var typed = messages.Where(m => m.Intent != IntentMeasure.Cancel).ToList();
            var latency = await IntentMeasure.LatencyAsync(host.Recognizer, typed, latencyRounds, cancellationToken).ConfigureAwait(false);
            figures.Add(new SplitFigures(split, intent, slots, followUps, access, knowledge, conversations, latency, probe.Failed.Count - failedBefore, [.. probe.Failed.Kinds]));
        }

        return figures;
    }
}
