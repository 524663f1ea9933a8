namespace ServiceDesk.Dialogs.Understanding;

/// <summary>A field of a summary as corrections name it: its key and its names, folded ("end date", "date de fin").</summary>
internal sealed record SummaryField(string Key, params string[] Names);

/// <summary>
/// A correction typed at a summary: the field it names (null: none named), the new value as typed (null: none given)
/// and the old value it says is wrong ("Durand, pas Durant": Durant).
/// </summary>
internal sealed record SummaryEdit(string? Field, string? Value, string? Replaced = null);

/// <summary>
/// Reads a correction typed at any form's summary, in English and French: an edit word and what follows ("change the
/// reason to the Q3 audit", "make it until the end of June", "mettez faible"), a field said to be something ("son nom
/// c'est Durand, pas Durant", "the reason is …"), or a value said instead of another ("oh it's the HR site I meant, not
/// Finance"). What the value means is the form's to say: each one gives it to the step it belongs to.
/// </summary>
internal static partial class SummaryEdits
{
    /// <summary>Words that send back to a step ("change the title", "modifier l'impact").</summary>
    public static readonly HashSet<string> EditWords = new(StringComparer.Ordinal)
    {
        "edit", "change", "modify", "fix", "correct", "update", "modifier", "changer", "corriger", "modifie", "corrige", "modifiez", "changez", "corrigez",
    };

    /// <summary>Words that set a value rather than reopen a step ("set it to high", "mettez faible", "passe en urgent").</summary>
    public static readonly HashSet<string> SetWords = new(StringComparer.Ordinal)
    {
        "set", "make", "put", "mettez", "mets", "mettre", "passez", "passe", "passer",
    };

    /// <summary>Around the field's name, before the value: the little words ("change it to", "mettez l'urgence en").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "the", "it", "to", "as", "into", "at", "my", "his", "her", "their", "l", "la", "le", "les", "en", "a", "au", "sur",
        "ca", "me", "moi", "plutot", "instead", "please", "pls", "svp", "stp", "son", "sa", "ses", "mon", "ma",
    };

    /// <summary>Before a field said to be something: the hesitations and articles ("ah non en fait le nom …").</summary>
    private static readonly HashSet<string> Lead = new(StringComparer.Ordinal)
    {
        "actually", "sorry", "oops", "wait", "no", "oh", "ah", "hmm", "and", "also", "but", "the", "my", "his", "her", "their",
        "en", "fait", "non", "pardon", "oups", "attends", "et", "mais", "aussi", "le", "la", "l", "les", "son", "sa", "ses", "mon", "ma",
    };

    /// <summary>"is", "should be", "c'est", "=": a field said to be a value.</summary>
    private static readonly string[][] IsWords =
    [
        ["is", "spelt"], ["is", "spelled"], ["is"], ["should", "be"], ["must", "be"], ["spelt"], ["spelled"],
        ["c", "est"], ["s", "ecrit"], ["est"], ["doit", "etre"], ["devrait", "etre"],
    ];

    /// <summary>The word that says the value after it is the wrong one ("Durand, not Durant", "RH pas Finance").</summary>
    private static readonly HashSet<string> NotWords = new(StringComparer.Ordinal) { "not", "pas", "non" };

    private static readonly string[][] InsteadOf = [["instead", "of"], ["rather", "than"], ["au", "lieu", "de"], ["au", "lieu", "du"], ["et", "pas"], ["et", "non"], ["and", "not"]];

    /// <summary>
    /// "for next monday", "jusqu'au 31 mars" → "next monday", "31 mars": a date said with the word that leads it, for a
    /// date step that reads the date alone.
    /// </summary>
    public static string WithoutLead(string value)
    {
        var clause = Clauses(value) is [var first, ..] ? first : null;
        var led = clause is { Words: [{ Folded: "for" or "pour" or "until" or "till" or "on" or "from" or "le" or "au" or "jusqu" or "des" }, _, ..] };
        return led ? clause!.From(1) : value;
    }

    public static SummaryEdit? Read(string? typed, IReadOnlyList<SummaryField> fields)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var clauses = Clauses(typed);
        for (var c = 0; c < clauses.Count; c++)
        {
            if (Edited(clauses[c], fields) is { } edit)
            {
                return WithOld(edit, clauses, c);
            }
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            if (Said(clauses[c], fields) is { } said)
            {
                return WithOld(said, clauses, c);
            }
        }

        return Instead(clauses);
    }

    /// <summary>"the surname is Marten, not Martin": the old value said in the clause after the value's.</summary>
    private static SummaryEdit WithOld(SummaryEdit edit, List<Clause> clauses, int c) =>
        edit is { Value: not null, Replaced: null } && c + 1 < clauses.Count && clauses[c + 1].Words is [{ Folded: var not }, _, ..] && NotWords.Contains(not)
            ? edit with { Replaced = clauses[c + 1].From(1) }
            : edit;

    /// <summary>An edit or set word, then maybe a field's name, then maybe the value: "change the urgency to high".</summary>
    private static SummaryEdit? Edited(Clause clause, IReadOnlyList<SummaryField> fields)
    {
        var at = clause.Words.FindIndex(w => EditWords.Contains(w.Folded) || SetWords.Contains(w.Folded));
        if (at < 0)
        {
            return null;
        }

        var i = Skip(clause, at + 1);
        var field = FieldAt(clause, i, fields, out var length);
        i = Skip(clause, i + length);
        var (value, replaced) = ValueFrom(clause, i);
        return field is null && value is null ? null : new SummaryEdit(field, value, replaced);
    }

    /// <summary>A field's name said to be a value: "le nom c'est Durand pas Durant", "the reason is the Q3 audit".</summary>
    private static SummaryEdit? Said(Clause clause, IReadOnlyList<SummaryField> fields)
    {
        var i = 0;
        while (i < clause.Words.Count && Lead.Contains(clause.Words[i].Folded))
        {
            i++;
        }

        if (FieldAt(clause, i, fields, out var length) is not { } field)
        {
            return null;
        }

        i += length;
        var isLength = IsWords.Where(phrase => At(clause, i, phrase)).Select(p => p.Length).FirstOrDefault();
        if (isLength == 0)
        {
            return null;
        }

        var (value, replaced) = ValueFrom(clause, i + isLength);
        // "le titre c'est pas bon", "the date is wrong": that field, to be asked again, with no value of its own.
        var denied = replaced is null && i + isLength < clause.Words.Count && NotWords.Contains(clause.Words[i + isLength].Folded);
        return value is null ? null : new SummaryEdit(field, denied ? null : value, replaced);
    }

    /// <summary>
    /// A value said instead of another, no field named: "sorry, it's the HR site, not Finance", "RH pas Finance", "not
    /// Finance but HR". The form finds the field by the old value.
    /// </summary>
    private static SummaryEdit? Instead(List<Clause> clauses)
    {
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            var (value, replaced) = ValueFrom(clause, 0);
            if (replaced is not null)
            {
                return new SummaryEdit(null, Unlead(value), replaced);
            }

            if (clause.Words is [{ Folded: var not }, _, ..] && NotWords.Contains(not))
            {
                // "…, not Marketing" after the value's clause; "not Marketing but Sales" in one.
                var but = clause.Words.FindIndex(1, w => w.Folded is "but" or "mais");
                if (but > 1 && but + 1 < clause.Words.Count)
                {
                    return new SummaryEdit(null, clause.From(but + 1), clause.Between(1, but));
                }

                if (c > 0 && clauses[c - 1].Words.Count > 0)
                {
                    return new SummaryEdit(null, Unlead(clauses[c - 1].From(0)), clause.From(1));
                }
            }
        }

        return null;
    }

    /// <summary>The value from a word on, split where it says the old one ("Durand pas Durant", "HR instead of Finance").</summary>
    private static (string? Value, string? Replaced) ValueFrom(Clause clause, int from)
    {
        if (from >= clause.Words.Count)
        {
            return (null, null);
        }

        for (var i = from + 1; i < clause.Words.Count; i++)
        {
            var length = NotWords.Contains(clause.Words[i].Folded) ? 1 : InsteadOf.Where(p => At(clause, i, p)).Select(p => p.Length).FirstOrDefault();
            if (length > 0 && i + length < clause.Words.Count)
            {
                return (clause.Between(from, i), clause.From(i + length));
            }
        }

        return (clause.From(from), null);
    }

    /// <summary>"it's for the HR site" → "HR site": what comes before the value in a sentence that only says it.</summary>
    private static string? Unlead(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var clause = Clauses(value)[0];
        var i = 0;
        while (i < clause.Words.Count - 1 && (Lead.Contains(clause.Words[i].Folded) || clause.Words[i].Folded is "its" or "it" or "is" or "should" or "must" or "be" or "c" or "est" or "for" or "pour" or "about"))
        {
            i++;
        }

        return clause.From(i);
    }

    private static int Skip(Clause clause, int i)
    {
        while (i < clause.Words.Count && Between.Contains(clause.Words[i].Folded))
        {
            i++;
        }

        return i;
    }

    /// <summary>The field whose name starts at word <paramref name="i"/>, the longest name first.</summary>
    private static string? FieldAt(Clause clause, int i, IReadOnlyList<SummaryField> fields, out int length)
    {
        length = 0;
        string? found = null;
        foreach (var field in fields)
        {
            foreach (var name in field.Names)
            {
                var words = name.Split(' ');
                if (words.Length > length && At(clause, i, words))
                {
                    (found, length) = (field.Key, words.Length);
                }
            }
        }

        return found;
    }
}
