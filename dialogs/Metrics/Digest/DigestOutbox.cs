using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Metrics.Digest;

/// <summary>The digest's outbox record: one key per week, so two instances or a retry write one message.</summary>
internal static class DigestOutbox
{
    public const string Purpose = "weekly-digest";

    public static string KeyOf(DigestWeek week) => $"digest/{week.Id}/post";

    public static OutboxDraft Post(DigestWeek week, ConversationReference channel, string locale, Cards.AdaptiveCard card) =>
        new(KeyOf(week), OutboxKind.NewChannelThread, channel, OutboxMessage.Json(Texts.For(locale).Language, null, card),
            Subject: "digest/" + week.Id, Purpose: Purpose);
}
