namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// A word of a request that may name a resource: its place in the text, how much it counts, and whether it is the
/// speaker's own thing ("my calendar", "mes contrats": within two words after my/mon/ma/mes), and whether it follows "to" or
/// "can" (a doing: "to share").
/// </summary>
internal readonly record struct RequestWord(string Text, int Position, double Weight, bool Owned = false, bool Doing = false);

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
            var inReason = false;
            foreach (var part in sentence.Split(','))
            {
                var situation = false;
                var tokens = CatalogueText.Tokens(part);
                var negated = false;
                var possessive = -10;
                for (var i = 0; i < tokens.Length; i++, position++)
                {
                    var token = tokens[i];
                    if (CatalogueWords.ReasonStarts.Contains(token))
                    {
                        inReason = true;
                        continue;
                    }

                    if (CatalogueWords.SituationStarts.Contains(token)
                        && !(i > 0 && tokens[i - 1] is "ne" or "n") && !(i + 1 < tokens.Length && tokens[i + 1] == "pas"))
                    {
                        // "je ne suis pas dans l'équipe Teams marketing" says what is missing: the resource, not a reason.
                        situation = true;
                        continue;
                    }

                    if (CatalogueWords.Joins.Contains(token) && CuesFollow(tokens, i + 1))
                    {
                        (inReason, negated, situation) = (false, false, false);
                        continue;
                    }

                    negated |= Negates(tokens, i);
                    if (token is "my" or "mon" or "ma" or "mes")
                    {
                        possessive = i;
                    }

                    if (!negated && !CatalogueWords.Filler.Contains(token))
                    {
                        // "to share my dashboards": a doing, never a kind of resource (a network share).
                        var doing = i > 0 && tokens[i - 1] is "to" or "can" or "could" or "and";
                        words.Add(new RequestWord(token, position, inReason || situation ? ReasonWeight : 1, i - possessive <= 2, doing));
                    }
                }

                position++; // a comma or a full stop apart: never neighbours
            }
        }

        return words;
    }

    /// <summary>
    /// "not the finance workspace", "except the HR site", "pas le site, le dossier": what follows is not what is
    /// asked for. "I do not have access to X" is not a negation of X (no article follows "not").
    /// </summary>
    private static bool Negates(string[] tokens, int i)
    {
        var next = i + 1 < tokens.Length ? tokens[i + 1] : string.Empty;
        return tokens[i] switch
        {
            "not" => next is "the" or "a" or "an" or "my",
            "pas" => next is "le" or "la" or "les" or "l" or "un" or "une" or "du",
            "except" or "sauf" or "excepte" => true,
            "rather" => next == "than",
            "instead" => next == "of",
            "plutot" => next == "que" || next == "qu",
            "lieu" => i > 0 && tokens[i - 1] == "au",
            _ => false,
        };
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
