using ServiceDesk.Bench.Understanding.Desk;
using ServiceDesk.Bench.Understanding.Seeing;

namespace ServiceDesk.Bench.Understanding.Measures;

/// <summary>What every measure shares: the desk, the bot's sentences, the articles, and a fresh employee per chat.</summary>
internal sealed class Probe(DeskHost host, ShownTexts texts, ArticleIndex articles, AccessItems items)
{
    /// <summary>
    /// The inputs of the incident, access and new-starter forms: one of them asked means a new request was started. The
    /// new starter's first step asks name and email (date, hardware and access often taken from the first message), and
    /// that form is as open as any other; its input ids are its own (no other card asks "name" or "startDate").
    /// </summary>
    public static readonly string[] RequestFields =
        ["category", "title", "description", "impact", "urgency", "resource", "level", "justification", "endDate", "name", "email", "startDate", "items"];

    private int _chats;

    public DeskHost Host { get; } = host;

    public ShownTexts Texts { get; } = texts;

    public ArticleIndex Articles { get; } = articles;

    public AccessItems Items { get; } = items;

    public FailedTurns Failed { get; } = new();

    public Chat NewChat(string locale) => new(Host, locale, Interlocked.Increment(ref _chats), Failed);

    public static string LocaleOf(string language) => language == "fr" ? "fr-FR" : "en-US";

    public static bool OpensRequest(Seen seen) => RequestFields.Any(seen.Asks);

    /// <summary>"Did you mean …?" asked inside a form: its candidates are buttons, no input.</summary>
    public static readonly string[] DidYouMean = ["access.didYouMean", "incident.didYouMean"];

    /// <summary>The buttons that send a request's summary ("Create the ticket", "Send the request").</summary>
    public static readonly string[] SendButtons = ["incident.createButton", "access.summary.send"];

    /// <summary>
    /// A step of a request's form as the employee sees it, for the scripts' <c>form</c> check: a field asked, "Did you
    /// mean …?" (the resource's step, asked with buttons), or the request's summary with its send button (every field
    /// already known, e.g. from the first sentence). All three keep the form going to a ticket.
    /// </summary>
    public bool ShowsFormStep(Seen seen) =>
        OpensRequest(seen) || DidYouMean.Any(k => Texts.Says(seen, k)) || seen.Buttons.Any(b => SendButtons.Any(k => Texts.Matches(b.Title, k)));

    /// <summary>The engine's "I can't use that answer" sentences.</summary>
    public bool Refused(Seen seen) =>
        new[] { "engine.notAChoice", "engine.required", "engine.wrongType", "engine.fieldTooShort", "engine.tooManyTries" }.Any(k => Texts.Says(seen, k));
}
