namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// An error code pasted as a system showed it ("0xc19a0003", "caa70004", "8007000d"): what a service desk reads as a
/// fault, even alone or inside a quoted message whose words mean nothing to the rules. Only a statement's code counts:
/// asked about ("what does error 0x80070005 mean?"), the message is read by its other words.
/// </summary>
internal static class ErrorCodes
{
    /// <summary>What a pasted code adds to the fault's score: as much as "error code" said.</summary>
    public const double Weight = 3;

    /// <summary>Hex digits after "0x" at least this many ("0x1f" is a value, "0x80070005" a code).</summary>
    private const int MinHexDigits = 4;

    /// <summary>A bare code is written in eight hex digits ("caa70004", "c000007b"), some of them digits (never a word).</summary>
    private const int BareLength = 8;

    public static bool Any(IReadOnlyList<string> words) => words.Any(IsCode);

    internal static bool IsCode(string word)
    {
        if (word.Length >= 2 + MinHexDigits && word.StartsWith("0x", StringComparison.Ordinal))
        {
            return word.AsSpan(2).ContainsAnyExcept("0123456789abcdef") == false;
        }

        // Both letters and at least three digits: "caa70004", never "deadbeef" (a word) nor "20240101" (a date, a phone).
        return word.Length == BareLength && !word.AsSpan().ContainsAnyExcept("0123456789abcdef")
            && word.Count(char.IsAsciiDigit) is >= 3 and < BareLength;
    }
}
