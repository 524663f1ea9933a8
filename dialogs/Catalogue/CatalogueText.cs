using System.Globalization;
using System.Text;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>How catalogue names and what people type are compared: lower case, accents removed, split on anything
/// that is not a letter or digit ("Dossier partagé RH" → dossier, partage, rh; "j'ai" → j, ai).</summary>
internal static class CatalogueText
{
    public static string[] Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string Fold(string? text) => string.Join(' ', Tokens(text));
}
