using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Understands English and French without any AI service: text is folded (case, accents, punctuation),
/// misspelt words are repaired against the cue vocabulary, weighted cues are summed per intent, and the
/// best intent above a threshold wins. A ticket number anywhere means that ticket; text that matches
/// nothing is a question for the knowledge base (confidence 0, <see cref="Recognition.IsFallback"/>).
/// </summary>
internal sealed class KeywordIntentRecognizer : IIntentRecognizer
{
    /// <summary>Below this score an intent is noise ("my" alone is not an incident).</summary>
    internal const double Threshold = 1.5;

    /// <summary>A named product or device leans towards "something is wrong with it".</summary>
    private const double TopicIncidentWeight = 1;

    /// <summary>A greeting longer than this is small talk around something else.</summary>
    private const int MaxGreetingWords = 4;

    // Ties go to the earlier intent: the more specific ask wins over the generic one.
    private static readonly Intent[] Ranked =
    [
        Intent.Human, Intent.MyTickets, Intent.Outage, Intent.RequestAccess, Intent.ReportIncident, Intent.Help, Intent.Question,
    ];

    private static readonly PhraseIndex<(Intent Intent, double Weight)> Cues = IntentCues.Build();
    private static readonly PhraseIndex<(string Category, string? Service, double Weight)> Topics = TopicCues.Build();
    private static readonly Vocabulary Spelling = new(Cues.Words.Concat(Topics.Words), CommonWords.All);

    public ValueTask<Recognition> RecognizeAsync(string? text, string? locale, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Recognize(text, locale));

    internal static Recognition Recognize(string? text, string? locale)
    {
        // The same word is repaired once per message: long pasted texts repeat themselves.
        var repaired = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = TextFolding.Words(text).ConvertAll(word =>
            repaired.TryGetValue(word, out var known) ? known : repaired[word] = Spelling.Repair(word));
        if (words.Count == 0)
        {
            return Recognition.Nothing;
        }

        var (category, service) = Topic(words);
        if (TicketNumberFinder.Find(text) is { } number)
        {
            return new Recognition(Intent.TicketStatus, 0.95, number, category, service);
        }

        if (FlowCommands.Of(text) is { } command)
        {
            return new Recognition(command, 0.95);
        }

        var scores = Score(words, topicFound: category is not null);
        var (best, bestScore, secondScore) = Best(scores);
        if (bestScore < Threshold)
        {
            return scores.GetValueOrDefault(Intent.Greeting) > 0 && words.Count <= MaxGreetingWords
                ? new Recognition(Intent.Greeting, 0.9)
                : new Recognition(Intent.Question, 0, null, category, service, TitleHint.From(text, locale));
        }

        var title = best is Intent.ReportIncident or Intent.Question ? TitleHint.From(text, locale) : null;
        return new Recognition(best, Confidence(bestScore, secondScore), null, category, service, title);
    }

    private static Dictionary<Intent, double> Score(List<string> words, bool topicFound)
    {
        var scores = new Dictionary<Intent, double>();
        foreach (var (intent, weight) in Cues.Matches(words))
        {
            scores[intent] = scores.GetValueOrDefault(intent) + weight;
        }

        if (topicFound)
        {
            scores[Intent.ReportIncident] = scores.GetValueOrDefault(Intent.ReportIncident) + TopicIncidentWeight;
        }

        return scores;
    }

    private static (Intent Best, double BestScore, double SecondScore) Best(Dictionary<Intent, double> scores)
    {
        var best = Intent.None;
        double bestScore = 0, secondScore = 0;
        foreach (var intent in Ranked)
        {
            var score = scores.GetValueOrDefault(intent);
            if (score > bestScore)
            {
                (best, secondScore, bestScore) = (intent, bestScore, score);
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        return (best, bestScore, secondScore);
    }

    /// <summary>Strong evidence with a clear margin is near 0.95; a narrow win is near 0.3.</summary>
    private static double Confidence(double best, double second)
    {
        var strength = Math.Min(1, best / 6);
        var margin = (best - second) / best;
        return Math.Round(0.3 + (0.65 * strength * (0.5 + (0.5 * margin))), 2);
    }

    private static (string? Category, string? Service) Topic(List<string> words)
    {
        var byCategory = new Dictionary<string, double>(StringComparer.Ordinal);
        var services = new List<(string Category, string Service)>();
        foreach (var (category, service, weight) in Topics.Matches(words))
        {
            byCategory[category] = byCategory.GetValueOrDefault(category) + weight;
            if (service is not null)
            {
                services.Add((category, service));
            }
        }

        if (byCategory.Count == 0)
        {
            return (null, null);
        }

        // Deterministic: highest total, then the category's id.
        var chosen = byCategory.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;
        var named = services.Find(s => s.Category == chosen).Service;
        return (chosen, named);
    }
}
