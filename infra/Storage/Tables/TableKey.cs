using System.Globalization;
using System.Text;

namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// Makes arbitrary text usable as a partition or row key: an injective, reversible encoding that escapes the
/// characters Table Storage forbids (<c>/ \ # ?</c> and control characters) plus <c>%</c> (which some proxies decode
/// twice) and the escape character <c>!</c> itself as <c>!XX</c> (two hex digits). Other text is kept as is, so
/// encoded keys of plain text still sort like the text.
/// </summary>
public static class TableKey
{
    private const char Escape = '!';

    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!AnyNeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The original text, or null when <paramref name="key"/> is not an output of <see cref="Encode"/>.</summary>
    public static string? Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c != Escape)
            {
                builder.Append(c);
                continue;
            }

            if (i + 2 >= key.Length ||
                !int.TryParse(key.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
                !NeedsEscape((char)code))
            {
                return null;
            }

            builder.Append((char)code);
            i += 2;
        }

        return builder.ToString();
    }

    // A loop, not text.Any(NeedsEscape): every key of every read and write passes here, and the LINQ form boxed an
    // enumerator over the string each time.
    private static bool AnyNeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsForbidden(char c) => c is '/' or '\\' or '#' or '?' || IsControl(c);

    private static bool NeedsEscape(char c) => c is Escape or '%' || IsForbidden(c);

    private static bool IsControl(char c) => c <= '\u001F' || c is >= '\u007F' and <= '\u009F';
}
