using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Api;

/// <summary>
/// Reads and checks the query string. Every reader returns the value, or sets a short reason the 400 answer carries.
/// Unknown parameters are refused, so a typo (<c>asignee=</c>) is not silently an unfiltered list.
/// </summary>
internal sealed partial class ApiQuery(IQueryCollection query)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 25;
    private const int MaxIdLength = 200;
    private const int MaxContinuationLength = 4096;

    public const string ContinuationRefused = "continuation is not one this list issued (use it unchanged, with the same filters).";

    public string? Error { get; private set; }

    public bool OnlyKnown(params string[] names)
    {
        var unknown = query.Keys.FirstOrDefault(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase));
        return unknown is null || Fail($"Unknown parameter '{Cut(unknown)}'; expected: {string.Join(", ", names)}.");
    }

    public TicketStatus? Status(string name)
    {
        var text = Single(name);
        if (text is null) return null;
        if (LettersOnly().IsMatch(text) && Enum.TryParse<TicketStatus>(text, ignoreCase: true, out var status)) return status;
        Fail($"{name} must be one of: {string.Join(", ", Enum.GetNames<TicketStatus>())}.");
        return null;
    }

    public string? Id(string name)
    {
        var text = Single(name);
        if (text is null || text.Length <= MaxIdLength && !text.Any(char.IsControl)) return text;
        Fail($"{name} must be a user id of at most {MaxIdLength} characters.");
        return null;
    }

    /// <summary>
    /// Instants the API accepts. The edges of the calendar (0001-01-01, 9999-12-31) leave no room for the arithmetic
    /// behind a query (a default period counted back from <c>to</c>, a key one tick after <c>since</c>): refused with a
    /// 400 here rather than overflowing into a 500 further down. No ticket is older than 1970 or younger than 9000.
    /// </summary>
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An ISO 8601 date (midnight UTC) or date and time (UTC unless an offset is given), from 1970 to 8999.</summary>
    public DateTimeOffset? Instant(string name)
    {
        var text = Single(name);
        if (text is null) return null;
        if (IsoDate().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            if (at >= Earliest && at < Latest) return at;
            Fail($"{name} must be from 1970-01-01 to 8999-12-31.");
            return null;
        }

        Fail($"{name} must be an ISO 8601 date or date and time, e.g. 2026-11-01 or 2026-11-01T08:00:00Z.");
        return null;
    }

    public int PageSize()
    {
        var text = Single("pageSize");
        if (text is null) return DefaultPageSize;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize) return size;
        Fail($"pageSize must be a whole number from 1 to {MaxPageSize}.");
        return DefaultPageSize;
    }

    /// <summary>The store's token inside the API's continuation, which is bound to the filter that produced it.</summary>
    public string? Continuation(TicketFilter filter)
    {
        var text = Single("continuation");
        if (text is null) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(text)).Split('\n', 2);
            if (text.Length <= MaxContinuationLength && parts.Length == 2 && parts[0] == Fingerprint(filter) && parts[1].Length > 0) return parts[1];
        }
        catch (FormatException)
        {
            // Not base64url: answered as a bad parameter below.
        }

        Fail(ContinuationRefused);
        return null;
    }

    public static string? Wrap(TicketFilter filter, string? token) =>
        token is null ? null : Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(Fingerprint(filter) + "\n" + token));

    private static string Fingerprint(TicketFilter filter) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{filter.Status}|{filter.AssigneeId}|{filter.RequesterId}|{filter.CreatedFrom?.UtcTicks}|{filter.CreatedBefore?.UtcTicks}")), 0, 8);

    private string? Single(string name)
    {
        if (!query.TryGetValue(name, out var values)) return null;
        if (values.Count == 1 && !string.IsNullOrEmpty(values[0])) return values[0];
        Fail($"{name} must be given once, with a value.");
        return null;
    }

    private bool Fail(string reason)
    {
        Error ??= reason;
        return false;
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40];

    [GeneratedRegex("^[A-Za-z]+$")]
    private static partial Regex LettersOnly();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ].*)?$")]
    private static partial Regex IsoDate();
}
