using System.Text.RegularExpressions;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>Replaces e-mail addresses and phone numbers, so they do not leave the tenant in a prompt.</summary>
internal static partial class ContactRedactor
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";

    public static string Redact(string text) =>
        PhonePattern().Replace(EmailPattern().Replace(text, Email), Phone);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex EmailPattern();

    // "+33 6 12 34 56 78", "(555) 123-4567", "06.12.34.56.78": nine digits or more with separators between them; a date
    // (eight digits) or a ticket number ("INC-000123", glued to its prefix) is not one.
    [GeneratedRegex(@"(?<![\w-])\+?\(?\d(?:[\s().\-]{0,2}\d){8,14}(?![\w-])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PhonePattern();
}
