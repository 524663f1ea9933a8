using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tickets.Sla;

/// <summary>
/// The SLA monitor's message in the ticket's thread in the agents' channel. The channel's language is not known (a
/// team may mix both), so one message carries the English text, then the French one. For a P1, the on-call agents are
/// @mentioned on the first line (<c>&lt;at&gt;Name&lt;/at&gt;</c> plus a mention entity each, docs/protocol.md §5).
/// </summary>
internal static class SlaThreadNotice
{
    public const string Purpose = "sla-notice";

    /// <summary>An at-risk or breach notice.</summary>
    public static OutboxDraft Milestone(Ticket stored, ConversationReference thread, SlaMilestone milestone, int atRiskPercent,
        TimeZoneInfo zone, IReadOnlyList<OnCallAgent> mentions)
    {
        var key = milestone.Notice switch
        {
            SlaNotices.ResponseAtRisk => TextKeys.SlaResponseAtRisk,
            SlaNotices.ResolutionAtRisk => TextKeys.SlaResolutionAtRisk,
            SlaNotices.ResponseBreached => TextKeys.SlaResponseBreached,
            _ => TextKeys.SlaResolutionBreached,
        };
        var due = milestone.IsResponse ? stored.Sla!.ResponseDue : stored.Sla!.ResolutionDue;
        return Draft(stored, thread, texts => texts.Get(key, stored.Number, stored.Priority, atRiskPercent, When(texts, due, zone)), mentions);
    }

    /// <summary>The auto-close, for the agents who worked it.</summary>
    public static OutboxDraft AutoClosed(Ticket stored, ConversationReference thread, int days) =>
        Draft(stored, thread, texts => texts.Get(TextKeys.SlaAutoClosed, stored.Number, days), []);

    private static OutboxDraft Draft(Ticket stored, ConversationReference thread, Func<Texts, string> text, IReadOnlyList<OnCallAgent> mentions)
    {
        var lines = new List<string>();
        if (mentions.Count > 0)
        {
            lines.Add(string.Join(' ', mentions.Select(m => $"<at>{m.Name}</at>")));
        }

        lines.Add(text(Texts.English));
        lines.Add(text(Texts.French));
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["locale"] = Texts.English.Language,
            ["text"] = string.Join("\n\n", lines),
            ["textFormat"] = "markdown",
        };
        if (mentions.Count > 0)
        {
            activity["entities"] = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{m.Name}</at>",
                ["mentioned"] = Mentioned(m),
            })]);
        }

        return new OutboxDraft(
            $"{stored.Number}/v{stored.Version}/{Purpose}",
            OutboxKind.Send,
            thread,
            activity.ToJsonString(CardJson.Options),
            Subject: stored.Number.ToString(),
            Purpose: Purpose);
    }

    private static JsonObject Mentioned(OnCallAgent agent)
    {
        var mentioned = new JsonObject { ["id"] = agent.Id, ["name"] = agent.Name };
        if (agent.AadObjectId is { Length: > 0 } aad)
        {
            mentioned["aadObjectId"] = aad;
        }

        return mentioned;
    }

    private static string When(Texts texts, DateTimeOffset at, TimeZoneInfo zone) =>
        $"{TimeZoneInfo.ConvertTime(at, zone).ToString(texts.Get(TextKeys.SlaDueFormat), texts.Culture)} ({zone.Id})";
}
