using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>How access requests read in either language: resource and level names, approvers, dates.</summary>
internal static class AccessDisplay
{
    /// <summary>The resource's name in the reader's language; its id if the catalogue no longer lists it.</summary>
    public static string Resource(AccessCatalogue catalogue, string resourceId, Texts texts) =>
        catalogue.Find(resourceId)?.Name.For(texts.Language) ?? resourceId;

    public static string Level(string level, Texts texts) =>
        AccessLevels.Known.Contains(level) ? texts.Get(AccessLevels.NameKey(level)) : level;

    /// <summary>"Marie Martin" or "Marie Martin or Paul Durand", escaped for a card when <paramref name="forCard"/>.</summary>
    public static string People(IReadOnlyList<TicketPerson> people, Texts texts, bool forCard)
    {
        var names = people.Select(p => p.Name ?? p.Id).Select(n => forCard ? CardText.Literal(n) : n).ToList();
        return names.Count <= 1
            ? names.FirstOrDefault() ?? string.Empty
            : $"{string.Join(", ", names[..^1])} {texts.Get(AccessTextKeys.Or)} {names[^1]}";
    }

    /// <summary>Why the approvers are not the usual ones, for a card; null when they are.</summary>
    public static string? Routing(ApproverRouting? routing, Texts texts) => routing switch
    {
        null => null,
        { Reason: ApproverAbsence.ManagerDisabled, AbsentName: { } name } => texts.Get(TextKeys.GraphManagerDisabled, CardText.Literal(name)),
        { Reason: ApproverAbsence.ManagerDisabled } => texts.Get(TextKeys.GraphManagerDisabledUnnamed),
        { Reason: ApproverAbsence.NoOwner } => texts.Get(TextKeys.GraphNoOwner),
        _ => texts.Get(TextKeys.GraphNoManager),
    };

    public static string Date(DateOnly date, Texts texts) => date.ToString("D", texts.Culture);

    public static string DateTime(DateTimeOffset instant, TimeZoneInfo zone, Texts texts) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("g", texts.Culture);

    /// <summary>An IANA or Windows time zone id; UTC when missing or unknown.</summary>
    public static TimeZoneInfo Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
