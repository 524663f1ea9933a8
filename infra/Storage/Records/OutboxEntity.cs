using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>Maps an outbox record to its entity: the draft as JSON, the delivery state as plain properties.</summary>
internal static class OutboxEntity
{
    public static TableEntity From(OutboxRecord record)
    {
        var entity = new TableEntity(OutboxKeys.RecordPartition(record.IdempotencyKey), OutboxKeys.RecordRow(record.IdempotencyKey))
        {
            ["Status"] = record.Status.ToString(),
            ["CreatedAt"] = record.CreatedAt,
            ["DueAt"] = record.DueAt,
            ["Attempts"] = record.Attempts,
        };
        RecordJson.Write(entity, record.Draft, "Draft");
        if (record.Lease is { } lease)
        {
            entity["LeaseOwner"] = lease.Owner;
            entity["LeaseExpiresAt"] = lease.ExpiresAt;
        }

        SetIfNotNull(entity, "DeliveredActivityId", record.DeliveredActivityId);
        SetIfNotNull(entity, "DeliveredConversationId", record.DeliveredConversationId);
        SetIfNotNull(entity, "LastError", record.LastError is { Length: > 4000 } e ? e[..4000] : record.LastError);
        return entity;
    }

    public static OutboxRecord To(TableEntity entity)
    {
        var owner = entity.GetString("LeaseOwner");
        var expires = entity.GetDateTimeOffset("LeaseExpiresAt");
        return new OutboxRecord(
            RecordJson.Read<OutboxDraft>(entity, "Draft"),
            Enum.Parse<OutboxStatus>(entity.GetString("Status") ?? nameof(OutboxStatus.Pending)),
            entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
            entity.GetInt32("Attempts") ?? 0,
            owner is not null && expires is not null ? new OutboxLease(owner, expires.Value) : null,
            entity.GetString("DeliveredActivityId"),
            entity.GetString("DeliveredConversationId"),
            entity.GetString("LastError"),
            entity.ETag ?? TableEntity.AnyETag);
    }

    private static void SetIfNotNull(TableEntity entity, string name, string? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }
}
