using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// The list of parked outbox records as agents see it: what each was (kind, subject, key), why it stopped (status,
/// attempts, last error) and how old it is, each with <b>Retry</b>, and <b>Retry all</b> at the bottom.
/// </summary>
internal static class OutboxCommandCards
{
    /// <summary>Records shown on one card: keeps it under Teams' size limit.</summary>
    public const int MaxShown = 15;

    public static AdaptiveCard Build(IReadOnlyList<OutboxRecord> parked, bool more, DateTimeOffset now, Texts texts, string? notice = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(texts.Get(TextKeys.OutboxTitle, parked.Count + (more ? "+" : string.Empty))) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Accent, Wrap = true });
        }

        body.Add(new TextBlock(texts.Get(parked.Count == 0 ? TextKeys.OutboxEmpty : TextKeys.OutboxIntro)) { Wrap = true, IsSubtle = true });
        body.AddRange(parked.Take(MaxShown).Select(r => Item(r, now, texts)));
        if (more || parked.Count > MaxShown)
        {
            body.Add(new TextBlock(texts.Get(TextKeys.OutboxMore, Math.Min(parked.Count, MaxShown))) { Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = parked.Count == 0 ? null : [CardActions.Execute(texts.Get(TextKeys.OutboxRetryAll), OutboxCommandVerbs.RetryAll)],
            FallbackText = texts.Count(CountKeys.OutboxFallback, parked.Count),
        };
    }

    private static Container Item(OutboxRecord record, DateTimeOffset now, Texts texts)
    {
        var facts = new List<Fact>
        {
            new(texts.Get(TextKeys.OutboxFactKind), Kind(record.Draft.Kind, texts)),
            new(texts.Get(TextKeys.OutboxFactSubject), record.Draft.Subject is { Length: > 0 } subject ? CardText.Literal(subject) : texts.Get(TextKeys.OutboxNoSubject)),
            new(texts.Get(TextKeys.OutboxFactStatus), texts.Get(record.Status == OutboxStatus.Unreachable ? TextKeys.OutboxStatusUnreachable : TextKeys.OutboxStatusFailed)),
            new(texts.Get(TextKeys.OutboxFactAttempts), record.Attempts.ToString(texts.Culture)),
            new(texts.Get(TextKeys.OutboxFactError), CardText.Literal(record.LastError ?? "-")),
            new(texts.Get(TextKeys.OutboxFactAge), Age(now - record.CreatedAt, texts)),
        };
        var retry = CardActions.Execute(texts.Get(TextKeys.OutboxRetry), OutboxCommandVerbs.Retry, new JsonObject { [OutboxCommandVerbs.KeyField] = record.IdempotencyKey });
        return new Container(
        [
            new TextBlock(CardText.Literal(record.IdempotencyKey)) { Weight = TextWeight.Bolder, Wrap = true },
            new FactSet(facts),
            new ActionSet([retry]),
        ])
        { Style = record.Status == OutboxStatus.Unreachable ? ContainerStyle.Attention : ContainerStyle.Warning };
    }

    private static string Kind(OutboxKind kind, Texts texts) => texts.Get(kind switch
    {
        OutboxKind.UpdateActivity => TextKeys.OutboxKindUpdate,
        OutboxKind.CreatePersonalConversation => TextKeys.OutboxKindPersonal,
        OutboxKind.NewChannelThread => TextKeys.OutboxKindThread,
        _ => TextKeys.OutboxKindSend,
    });

    internal static string Age(TimeSpan age, Texts texts) => age switch
    {
        _ when age < TimeSpan.FromHours(1) => texts.Get(TextKeys.OutboxAgeMinutes, Math.Max(0, (int)age.TotalMinutes)),
        _ when age < TimeSpan.FromHours(48) => texts.Get(TextKeys.OutboxAgeHours, (int)age.TotalHours),
        _ => texts.Count(CountKeys.OutboxAgeDays, (int)age.TotalDays),
    };
}
