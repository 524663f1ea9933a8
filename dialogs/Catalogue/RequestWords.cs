namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>A word of a request that may name a resource: its place in the text and how much it counts.</summary>
internal readonly record struct RequestWord(string Text, int Position, double Weight);

/// <summary>
/// Reads the words of a request that may name the resource. Words of the reason ("because I joined the budget
/// team", "car je rejoins …") count a third: "team" there must not make the request a Teams group.
/// </summary>
internal static class RequestWords
{
    public const double ReasonWeight = 0.3;

    public static IReadOnlyList<RequestWord> Read(string? text)
    {
        var words = new List<RequestWord>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var position = 0;
        foreach (var sentence in text.Split(['.', '!', '?', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = CatalogueText.Tokens(sentence);
            var inReason = false;
            for (var i = 0; i < tokens.Length; i++, position++)
            {
                var token = tokens[i];
                if (CatalogueWords.ReasonStarts.Contains(token))
                {
                    inReason = true;
                    continue;
                }

                if (inReason && CatalogueWords.Joins.Contains(token) && CuesFollow(tokens, i + 1))
                {
                    inReason = false;
                    continue;
                }

                if (!CatalogueWords.Filler.Contains(token))
                {
                    words.Add(new RequestWord(token, position, inReason ? ReasonWeight : 1));
                }
            }

            position++; // sentences are never neighbours
        }

        return words;
    }

    private static bool CuesFollow(string[] tokens, int from)
    {
        for (var i = from; i < Math.Min(tokens.Length, from + 4); i++)
        {
            if (CatalogueWords.RequestCues.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
