using System.Globalization;
using System.Text;

namespace ServiceDesk.Infra.Knowledge.Text;

/// <summary>Case and accent folding: "Réinitialiser l'ŒUVRE" → "reinitialiser l'oeuvre". Employees often type French without accents.</summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128)
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // An emoji or another character outside the basic plane is no word: a separator (and half of one
                // cannot be normalised).
                builder.Append(' ');
                continue;
            }

            AppendFolded(char.ToLowerInvariant(c), builder);
        }

        return builder.ToString();
    }

    private static void AppendFolded(char c, StringBuilder builder)
    {
        switch (c)
        {
            case 'œ':
                builder.Append("oe");
                return;
            case 'æ':
                builder.Append("ae");
                return;
            case 'ß':
                builder.Append("ss");
                return;
            case '’' or '‘' or 'ʼ':
                builder.Append('\'');
                return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(part);
            }
        }
    }
}
