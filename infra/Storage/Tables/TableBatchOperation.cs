namespace ServiceDesk.Infra.Storage.Tables;

public enum TableBatchAction
{
    Add,
    Update,
    Upsert,
    Delete,
}

/// <summary>One operation of an atomic batch; all operations of a batch share one partition key.</summary>
public sealed record TableBatchOperation(TableBatchAction Action, TableEntity Entity, string IfMatch)
{
    public static TableBatchOperation Add(TableEntity entity) => new(TableBatchAction.Add, entity, TableEntity.AnyETag);

    public static TableBatchOperation Update(TableEntity entity, string ifMatch) => new(TableBatchAction.Update, entity, ifMatch);

    public static TableBatchOperation Upsert(TableEntity entity) => new(TableBatchAction.Upsert, entity, TableEntity.AnyETag);

    public static TableBatchOperation Delete(string partitionKey, string rowKey, string ifMatch) =>
        new(TableBatchAction.Delete, new TableEntity(partitionKey, rowKey), ifMatch);
}
