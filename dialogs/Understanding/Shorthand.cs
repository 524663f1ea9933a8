namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Texting spellings read as the words they stand for ("upd8" → "update", "tkt" → "ticket", "jsuis" → "je suis"), so
/// that every cue, follow-up shape and ticket word meets them without listing each spelling. Only spellings that mean
/// one thing in both languages: "mon" (French "my") or "sat" (a verb) are never read as days, "pr" or "ds" never taken.
/// </summary>
internal static class Shorthand
{
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["upd8"] = ["update"], ["updt"] = ["update"], ["upd8s"] = ["updates"],
        ["tkt"] = ["ticket"], ["tckt"] = ["ticket"], ["tix"] = ["tickets"], ["tkts"] = ["tickets"], ["tckts"] = ["tickets"],
        ["abt"] = ["about"], ["chk"] = ["check"], ["chck"] = ["check"], ["wat"] = ["what"], ["wut"] = ["what"], ["wht"] = ["what"],
        ["prob"] = ["problem"], ["probs"] = ["problems"], ["prblm"] = ["problem"], ["u"] = ["you"], ["ur"] = ["your"],
        ["r"] = ["are"], ["tmrw"] = ["tomorrow"], ["tmr"] = ["tomorrow"], ["2moro"] = ["tomorrow"], ["2day"] = ["today"],
        ["yday"] = ["yesterday"], ["yest"] = ["yesterday"], ["rn"] = ["now"], ["thx"] = ["thanks"], ["thnx"] = ["thanks"],
        ["ty"] = ["thanks"], ["msg"] = ["message"], ["pwd"] = ["password"], ["ppl"] = ["people"], ["b4"] = ["before"],
        ["wanna"] = ["want", "to"], ["gonna"] = ["going", "to"], ["dunno"] = ["dont", "know"], ["cuz"] = ["because"],
        ["tjrs"] = ["toujours"], ["tjs"] = ["toujours"], ["jsuis"] = ["je", "suis"], ["chui"] = ["je", "suis"],
        ["jveux"] = ["je", "veux"], ["jpeux"] = ["je", "peux"], ["jarrive"] = ["j", "arrive"], ["qd"] = ["quand"],
        ["pbm"] = ["probleme"], ["bcp"] = ["beaucoup"],
        ["auj"] = ["aujourd", "hui"], ["dispo"] = ["disponible"], ["rdv"] = ["rendez", "vous"],
    };

    /// <summary>The words <paramref name="word"/> (folded) stands for, or null when it is a word as it is.</summary>
    public static string[]? Of(string word) => Expansions.GetValueOrDefault(word);
}
