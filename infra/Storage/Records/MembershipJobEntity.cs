using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Membership jobs' layout (table <c>MembershipJobs</c>): each job in partition <c>job</c> under its encoded key (a
/// duplicate add conflicts); pending jobs found through partition <c>due</c>, whose row keys sort by due time
/// (<c>{due ticks}|{key}</c>), hints written before the job changes and checked against it when read.
/// </summary>
internal static class MembershipJobEntity
{
    public const string JobPartition = "job";
    public const string DuePartition = "due";

    public static string Row(string key) => TableKey.Encode(key);

    public static string DueRow(string key, DateTimeOffset dueAt) => $"{TicketKeys.Ticks(dueAt.UtcTicks)}|{TableKey.Encode(key)}";

    public static TableEntity From(MembershipJobRecord record)
    {
        var entity = new TableEntity(JobPartition, Row(record.Key))
        {
            ["Ticket"] = record.Job.Ticket.ToString(),
            ["Change"] = record.Job.Change.ToString(),
            ["GroupId"] = record.Job.GroupId,
            ["ObjectId"] = record.Job.ObjectId,
            ["Status"] = record.Status.ToString(),
            ["CreatedAt"] = record.CreatedAt,
            ["DueAt"] = record.DueAt,
            ["Attempts"] = record.Attempts,
        };
        if (record.Lease is { } lease)
        {
            entity["LeaseOwner"] = lease.Owner;
            entity["LeaseExpiresAt"] = lease.ExpiresAt;
        }

        if (record.LastError is { } error)
        {
            entity["LastError"] = error.Length > 4000 ? error[..4000] : error;
        }

        return entity;
    }

    public static MembershipJobRecord To(TableEntity entity)
    {
        var owner = entity.GetString("LeaseOwner");
        var expires = entity.GetDateTimeOffset("LeaseExpiresAt");
        var job = new MembershipJob(
            TableKey.Decode(entity.RowKey) ?? entity.RowKey,
            TicketNumber.Parse(entity.GetString("Ticket") ?? string.Empty),
            Enum.Parse<MembershipChange>(entity.GetString("Change") ?? nameof(MembershipChange.Add)),
            entity.GetString("GroupId") ?? string.Empty,
            entity.GetString("ObjectId") ?? string.Empty);
        return new MembershipJobRecord(
            job,
            Enum.Parse<MembershipJobStatus>(entity.GetString("Status") ?? nameof(MembershipJobStatus.Pending)),
            entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
            entity.GetInt32("Attempts") ?? 0,
            owner is not null && expires is not null ? new MembershipJobLease(owner, expires.Value) : null,
            entity.GetString("LastError"),
            entity.ETag ?? TableEntity.AnyETag);
    }
}
