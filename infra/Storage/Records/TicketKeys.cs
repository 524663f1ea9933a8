using System.Globalization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Where ticket records live. Tickets table: partition = the number; row <c>T</c> = the ticket, rows <c>E0000000001</c>…
/// = its history, one event per version. TicketIndex table, each look-up its own partitions so none scans:
/// <list type="bullet">
/// <item><c>r|{requester}</c> / <c>{inverted created ticks}|{number}</c>: an employee's tickets, newest first;</item>
/// <item><c>q|{status}</c> / <c>{priority}|{created ticks}|{number}</c>: a queue, highest priority then oldest first;</item>
/// <item><c>sla</c> / <c>{next check ticks}|{number}</c>: SLA timers in due order;</item>
/// <item><c>a|{assignee}</c> / <c>{inverted created ticks}|{number}</c>: an agent's tickets, newest first;</item>
/// <item><c>c</c> / <c>{inverted created ticks}|{number}</c>: every ticket by creation, newest first (written once:
/// the creation date never changes, so one partition takes only one write per new ticket).</item>
/// </list>
/// </summary>
internal static class TicketKeys
{
    public const string TicketRow = "T";
    public const string EventRowPrefix = "E";
    public const string SlaPartition = "sla";

    public static string Partition(TicketNumber number) => number.ToString();

    public static string EventRow(long version) => EventRowPrefix + version.ToString("D10", CultureInfo.InvariantCulture);

    public static string RequesterPartition(string requesterId) => "r|" + TableKey.Encode(requesterId);

    public static string QueuePartition(TicketStatus status) => "q|" + status;

    /// <summary>Queue threads: <c>thread</c> / <c>{channel}|{root activity id}</c> → the ticket whose card is the thread's root.</summary>
    public const string ThreadPartition = "thread";

    public static string ThreadRow(string channel, string rootActivityId) => TableKey.Encode(channel) + "|" + TableKey.Encode(rootActivityId);

    public static string AssigneePartition(string assigneeId) => "a|" + TableKey.Encode(assigneeId);

    public const string CreatedPartition = "c";

    /// <summary>Row key prefix of a creation instant in the newest-first partitions (r, a, c).</summary>
    public static string NewestFirst(DateTimeOffset created) => Ticks(DateTime.MaxValue.Ticks - created.UtcTicks);

    public static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The index entries a ticket in this state has.</summary>
    public static IEnumerable<IndexKey> IndexKeysOf(Ticket ticket)
    {
        var number = ticket.Number.ToString();
        var created = ticket.CreatedAt.UtcTicks;
        yield return new(RequesterPartition(ticket.Requester.Id), $"{Ticks(DateTime.MaxValue.Ticks - created)}|{number}");
        yield return new(QueuePartition(ticket.Status), $"{(int)ticket.Priority}|{Ticks(created)}|{number}");
        yield return new(CreatedPartition, $"{Ticks(DateTime.MaxValue.Ticks - created)}|{number}");
        if (ticket.Assignee is { } assignee)
        {
            yield return new(AssigneePartition(assignee.Id), $"{Ticks(DateTime.MaxValue.Ticks - created)}|{number}");
        }

        if (ticket.Sla?.NextCheckAt is { } next)
        {
            yield return new(SlaPartition, $"{Ticks(next.UtcTicks)}|{number}");
        }
    }

    /// <summary>The number at the end of an index row key.</summary>
    public static TicketNumber NumberOfIndexRow(string rowKey) => TicketNumber.Parse(rowKey[(rowKey.LastIndexOf('|') + 1)..]);
}

/// <summary>One index entry's address.</summary>
internal sealed record IndexKey(string PartitionKey, string RowKey);
