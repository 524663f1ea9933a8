using ServiceDesk.Bench.Understanding.Desk;
using ServiceDesk.Bench.Understanding.Seeing;

namespace ServiceDesk.Bench.Understanding.Measures;

/// <summary>What every measure shares: the desk, the bot's sentences, the articles, and a fresh employee per chat.</summary>
internal sealed class Probe(DeskHost host, ShownTexts texts, ArticleIndex articles, AccessItems items)
{
    /// <summary>The inputs of the incident and access forms: one of them asked means a new request was started.</summary>
    public static readonly string[] RequestFields = ["category", "title", "description", "impact", "urgency", "resource", "level", "justification", "endDate"];

    private int _chats;

    public DeskHost Host { get; } = host;

    public ShownTexts Texts { get; } = texts;

    public ArticleIndex Articles { get; } = articles;

    public AccessItems Items { get; } = items;

    public FailedTurns Failed { get; } = new();

    public Chat NewChat(string locale) => new(Host, locale, Interlocked.Increment(ref _chats), Failed);

    public static string LocaleOf(string language) => language == "fr" ? "fr-FR" : "en-US";

    public static bool OpensRequest(Seen seen) => RequestFields.Any(seen.Asks);

    /// <summary>The engine's "I can't use that answer" sentences.</summary>
    public bool Refused(Seen seen) =>
        new[] { "engine.notAChoice", "engine.required", "engine.wrongType", "engine.fieldTooShort", "engine.tooManyTries" }.Any(k => Texts.Says(seen, k));
}
