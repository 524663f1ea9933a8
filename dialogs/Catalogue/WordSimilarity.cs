using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>How alike a typed word and a catalogue word are, from 0 to 1: short words must be exact.</summary>
internal static class WordSimilarity
{
    /// <summary>Below this a word is not evidence at all.</summary>
    public const double Weak = 0.7;

    /// <summary>1 equal; 0.9 a short form or an ending ("acro" / "acrobat", "folders" / "folder"); 0.8 one typo; 0.7 two in a long word.</summary>
    public static double Of(string typed, string known)
    {
        if (typed == known)
        {
            return 1;
        }

        if (typed.Length >= 4 && known.StartsWith(typed, StringComparison.Ordinal) && known.Length - typed.Length <= 3)
        {
            return 0.9;
        }

        if (known.Length >= 4 && typed.StartsWith(known, StringComparison.Ordinal) && typed.Length - known.Length <= 2)
        {
            return 0.9;
        }

        if (typed.Length < 5 || known.Length < 5)
        {
            return 0;
        }

        var distance = EditDistance.Bounded(typed, known, 2);
        return distance switch
        {
            1 => 0.8,
            2 when typed.Length >= 8 && known.Length >= 8 => Weak,
            _ => 0,
        };
    }
}
