namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// An option picked by its place: "2", "#3", "option 2", "the second one", "le premier", "la deuxième", "n°2",
/// "the last one". Every other word of the answer must be filler, so "wait a second" is not option 2.
/// </summary>
internal static class ChoiceOrdinals
{
    /// <summary>Last option; resolved against the number of options.</summary>
    private const int Last = int.MaxValue;

    private static readonly Dictionary<string, int> Places = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
        ["fifth"] = 5, ["5th"] = 5, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["last"] = Last,
        ["premier"] = 1, ["premiere"] = 1, ["1er"] = 1, ["1ere"] = 1, ["un"] = 1, ["deuxieme"] = 2, ["seconde"] = 2,
        ["2e"] = 2, ["2eme"] = 2, ["2nde"] = 2, ["deux"] = 2, ["troisieme"] = 3, ["3e"] = 3, ["3eme"] = 3, ["trois"] = 3,
        ["quatrieme"] = 4, ["4e"] = 4, ["4eme"] = 4, ["quatre"] = 4, ["cinquieme"] = 5, ["5e"] = 5, ["5eme"] = 5,
        ["cinq"] = 5, ["dernier"] = Last, ["derniere"] = Last,
    };

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "one", "option", "number", "no", "nr", "num", "choice", "choose", "pick", "i", "ill", "id", "take", "go", "with",
        "for", "it", "its", "that", "this", "please", "answer", "is", "a", "le", "la", "l", "choix", "numero", "n", "je",
        "prends", "prendrais", "svp", "stp", "reponse", "c", "est", "celle", "celui", "ci", "ok", "mon", "ma", "plutot",
    };

    /// <summary>The option's index (0-based) or -1 when the words are not a place among <paramref name="count"/> options.</summary>
    public static int IndexOf(IReadOnlyList<string> words, int count)
    {
        var place = 0;
        var sawOne = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var value = Place(word);
            if (value > 0)
            {
                if (place > 0)
                {
                    return -1;
                }

                place = value;
            }
            else if (word == "one")
            {
                sawOne = true;
            }
            else if (!Filler.Contains(word))
            {
                return -1;
            }
        }

        if (place == 0 && sawOne)
        {
            place = 1;
        }

        if (place == Last)
        {
            place = count;
        }

        return place >= 1 && place <= count ? place - 1 : -1;
    }

    private static int Place(string word)
    {
        if (word.Length <= 2 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return Places.GetValueOrDefault(word);
    }
}
