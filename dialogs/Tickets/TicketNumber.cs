using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ServiceDesk.Dialogs.Tickets;

/// <summary>A readable ticket number: <c>INC-000123</c> for incidents, <c>REQ-000045</c> for requests.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TicketNumberJsonConverter))]
public readonly record struct TicketNumber
{
    private const int MinDigits = 6;
    private const int MaxDigits = 12;

    public TicketNumber(TicketKind kind, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999_999_999_999L);
        Kind = kind;
        Sequence = sequence;
    }

    public TicketKind Kind { get; }

    public long Sequence { get; }

    public static string PrefixOf(TicketKind kind) => kind == TicketKind.Incident ? "INC" : "REQ";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PrefixOf(Kind)}-{Sequence.ToString("D6", CultureInfo.InvariantCulture)}");

    public static TicketNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException("Not a ticket number (expected INC-000123 or REQ-000045).");

    /// <summary>Accepts the prefix in any case and at least six digits; nothing else (no spaces, signs or letters).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TicketNumber number)
    {
        number = default;
        if (text is null || text.Length < 4 + MinDigits || text.Length > 4 + MaxDigits || text[3] != '-')
        {
            return false;
        }

        TicketKind kind;
        if (text.StartsWith("INC", StringComparison.OrdinalIgnoreCase))
        {
            kind = TicketKind.Incident;
        }
        else if (text.StartsWith("REQ", StringComparison.OrdinalIgnoreCase))
        {
            kind = TicketKind.Request;
        }
        else
        {
            return false;
        }

        long sequence = 0;
        foreach (var c in text.AsSpan(4))
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            sequence = (sequence * 10) + (c - '0');
        }

        if (sequence == 0)
        {
            return false;
        }

        number = new TicketNumber(kind, sequence);
        return true;
    }
}
