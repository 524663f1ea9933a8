namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// "Report an incident" typed as a command (the welcome card's button title, "signaler un incident", "open a
/// ticket"): these words name the flow, not what is wrong, so the flow starts with nothing pre-filled. Scored as
/// cues, the command itself became the title and description ("Report an incident") and those steps were skipped.
/// </summary>
internal static class FlowCommands
{
    private static readonly HashSet<string> ReportIncident = new(StringComparer.Ordinal)
    {
        "report an incident", "report incident", "report a problem", "report an issue", "new incident", "new ticket",
        "open a ticket", "open a new ticket", "create a ticket", "log a ticket", "raise a ticket", "incident",
        "signaler un incident", "signaler un probleme", "signaler une panne", "declarer un incident", "nouvel incident",
        "nouveau ticket", "ouvrir un ticket", "creer un ticket",
    };

    /// <summary>Polite openers and closers around the command ("I'd like to ...", "je voudrais ...", "... please").</summary>
    private static readonly string[] Openers =
    [
        "i want to ", "i would like to ", "id like to ", "i need to ", "can i ", "please ",
        "je veux ", "je voudrais ", "je souhaite ", "j aimerais ", "je dois ", "je veux bien ",
    ];

    private static readonly string[] Closers = [" please", " pls", " svp", " stp", " merci", " thanks"];

    /// <summary>The intent when the whole message is a flow command, else null.</summary>
    public static Intent? Of(string? text)
    {
        var folded = TextFolding.Fold(text);
        foreach (var opener in Openers.Where(o => folded.StartsWith(o, StringComparison.Ordinal)))
        {
            folded = folded[opener.Length..];
            break;
        }

        foreach (var closer in Closers.Where(c => folded.EndsWith(c, StringComparison.Ordinal)))
        {
            folded = folded[..^closer.Length];
            break;
        }

        return ReportIncident.Contains(folded) ? Intent.ReportIncident : null;
    }
}
