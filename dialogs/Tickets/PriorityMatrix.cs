namespace ServiceDesk.Dialogs.Tickets;

/// <summary>Priority = impact × urgency. The default is the ITIL table (docs/architecture.md "Service-desk rules"); a configured one replaces it.</summary>
public sealed class PriorityMatrix
{
    private readonly Priority[,] cells;

    /// <param name="rows">Three rows (impact High, Medium, Low) of three priorities (urgency High, Medium, Low).</param>
    public PriorityMatrix(IReadOnlyList<IReadOnlyList<Priority>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count != 3 || rows.Any(r => r.Count != 3))
        {
            throw new ArgumentException("The priority matrix needs 3 rows (impact) of 3 priorities (urgency).", nameof(rows));
        }

        cells = new Priority[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var u = 0; u < 3; u++)
            {
                cells[i, u] = Enum.IsDefined(rows[i][u])
                    ? rows[i][u]
                    : throw new ArgumentException("Priorities are P1 to P5.", nameof(rows));
            }
        }
    }

    public static PriorityMatrix Default { get; } = new(
    [
        [Priority.P1, Priority.P2, Priority.P3],
        [Priority.P2, Priority.P3, Priority.P4],
        [Priority.P3, Priority.P4, Priority.P5],
    ]);

    public Priority For(Impact impact, Urgency urgency)
    {
        if (!Enum.IsDefined(impact) || !Enum.IsDefined(urgency))
        {
            throw new ArgumentOutOfRangeException(nameof(impact), "Impact and urgency are 1 to 3.");
        }

        return cells[(int)impact - 1, (int)urgency - 1];
    }
}
