using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// One field of a form's summary, for a correction typed there: its names, its answer as the summary shows it (to find
/// the field by the value said to be wrong), and its step. <paramref name="Answer"/> gives that step a typed value (the
/// summary again when it is taken); <paramref name="Reopen"/> is the step asked again. <paramref name="FreeText"/>: the
/// answer is words of the employee's (a name, a reason), so "Marten, not Martin" changes only that part of it.
/// <paramref name="Unnamed"/>: a value said with no field named is tried on this field ("make it until the end of June").
/// </summary>
internal sealed record SummaryTarget<TState>(
    SummaryField Field, string? Shown, Func<string, Step<TState>> Answer, Func<TState> Reopen, bool FreeText = false, bool Unnamed = false)
    where TState : class;

/// <summary>
/// A correction typed at any form's summary, taken the same way by every form: the value typed with it is given to its
/// step and, taken, the summary comes back with it; a field named without a value, or with one its step does not take,
/// reopens that step, never a refusal.
/// </summary>
internal static class SummaryCorrection
{
    /// <summary>What the correction does, or null when the message is not one (the summary's own answers apply).</summary>
    public static Step<TState>? Apply<TState>(string? typed, IReadOnlyList<SummaryTarget<TState>> targets)
        where TState : class
    {
        if (SummaryEdits.Read(typed, [.. targets.Select(t => t.Field)]) is not { } edit)
        {
            return null;
        }

        var target = edit.Field is { } key ? targets.First(t => t.Field.Key == key)
            : edit.Replaced is { } old ? targets.FirstOrDefault(t => Holds(t.Shown, old))
            : null;
        if (target is null)
        {
            // No field named: a value only one kind of step takes (a date, a level) goes to that step.
            return edit.Value is { } unnamed
                ? targets.Where(t => t.Unnamed).Select(t => t.Answer(unnamed)).FirstOrDefault(s => s.Kind == StepKind.Ask)
                : null;
        }

        if (edit.Value is not { } value)
        {
            return Step<TState>.Ask(target.Reopen());
        }

        if (target.FreeText && edit.Replaced is { } wrong && target.Shown is { } shown && Replace(shown, wrong, value) is { } whole)
        {
            value = whole;
        }

        var answered = target.Answer(value);
        return answered.Kind == StepKind.Retry ? Step<TState>.Ask(target.Reopen()) : answered;
    }

    /// <summary>A date step's answer: the date as said ("for two weeks"), else without its leading word ("for next monday").</summary>
    public static Step<TState> DateAnswer<TState>(string value, Func<string, Step<TState>> answer)
        where TState : class
    {
        var said = answer(value);
        return said.Kind == StepKind.Retry && SummaryEdits.WithoutLead(value) is var bare && bare != value ? answer(bare) : said;
    }

    /// <summary>Whether the shown answer has the old value's words in a row ("Marketing" in "Marketing SharePoint site").</summary>
    private static bool Holds(string? shown, string old)
    {
        var (words, wanted) = (TextFolding.Words(shown), TextFolding.Words(old));
        return wanted.Count > 0 && Enumerable.Range(0, Math.Max(0, words.Count - wanted.Count + 1))
            .Any(i => wanted.Select((w, k) => words[i + k] == w).All(same => same));
    }

    /// <summary>"Julie Martin" with "Martin" said to be "Marten": "Julie Marten"; null when the old value is not in it as typed.</summary>
    private static string? Replace(string shown, string wrong, string value)
    {
        var at = shown.IndexOf(wrong.Trim(), StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : string.Concat(shown.AsSpan(0, at), value.Trim(), shown.AsSpan(at + wrong.Trim().Length));
    }
}
