namespace ServiceDesk.Dialogs.Agents.TicketList;

/// <summary>What the agents' <c>tickets</c> list shows of the queue's open tickets.</summary>
internal enum TicketListFilter
{
    /// <summary>Open tickets nobody has taken that an agent can take now.</summary>
    Unassigned,

    /// <summary>Open tickets assigned to the agent asking.</summary>
    Mine,

    /// <summary>Open tickets past the at-risk point of a target still running, not breached.</summary>
    AtRisk,

    /// <summary>Open tickets past a target they have not met.</summary>
    Breached,
}

/// <summary>The words agents type after <c>tickets</c>, in English and French, and the filter's name on the card.</summary>
internal static class TicketListFilters
{
    public static IReadOnlyList<TicketListFilter> All { get; } = Enum.GetValues<TicketListFilter>();

    private static readonly Dictionary<string, TicketListFilter> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["unassigned"] = TicketListFilter.Unassigned, ["new"] = TicketListFilter.Unassigned,
        ["non-assignés"] = TicketListFilter.Unassigned, ["nonassignés"] = TicketListFilter.Unassigned,
        ["non-assignes"] = TicketListFilter.Unassigned, ["libres"] = TicketListFilter.Unassigned,
        ["mine"] = TicketListFilter.Mine, ["my"] = TicketListFilter.Mine, ["miens"] = TicketListFilter.Mine,
        ["moi"] = TicketListFilter.Mine, ["mes"] = TicketListFilter.Mine,
        ["at-risk"] = TicketListFilter.AtRisk, ["atrisk"] = TicketListFilter.AtRisk, ["risk"] = TicketListFilter.AtRisk,
        ["risque"] = TicketListFilter.AtRisk, ["menacés"] = TicketListFilter.AtRisk, ["menacé"] = TicketListFilter.AtRisk, ["menaces"] = TicketListFilter.AtRisk,
        ["breached"] = TicketListFilter.Breached, ["late"] = TicketListFilter.Breached, ["overdue"] = TicketListFilter.Breached,
        ["dépassés"] = TicketListFilter.Breached, ["dépassé"] = TicketListFilter.Breached, ["depasses"] = TicketListFilter.Breached, ["retard"] = TicketListFilter.Breached,
    };

    /// <summary>Words that only join others ("at risk", "à risque", "non assignés", "en retard").</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "at", "à", "a", "en", "non", "les", "sla" };

    /// <summary>
    /// The filter named by what follows <c>tickets</c>: nothing is <see cref="TicketListFilter.Unassigned"/> (what an
    /// agent looks for first); null when the words name no filter.
    /// </summary>
    public static TicketListFilter? Parse(string arguments)
    {
        var words = (arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return TicketListFilter.Unassigned;
        }

        var joined = string.Join('-', words.Where(w => !Joiners.Contains(w)));
        if (Words.TryGetValue(joined, out var filter))
        {
            return filter;
        }

        // "non assignés" and "at risk" written as two words.
        return Words.TryGetValue(string.Concat(words), out filter) || Words.TryGetValue(string.Join('-', words), out filter) ? filter : null;
    }

    /// <summary>The value a button's data carries (the enum's name, parsed back strictly).</summary>
    public static string Value(TicketListFilter filter) => filter.ToString();

    public static TicketListFilter? FromValue(string? value) =>
        All.Where(f => string.Equals(f.ToString(), value, StringComparison.Ordinal)).Select(f => (TicketListFilter?)f).FirstOrDefault();
}
