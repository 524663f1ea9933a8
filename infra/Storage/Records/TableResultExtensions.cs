using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

internal static class TableResultExtensions
{
    /// <summary>The value, or the typed storage error: for outcomes the records code does not expect.</summary>
    public static T OrThrow<T>(this TableResult<T> result, string what) =>
        result.IsOk ? result.Value! : throw Unavailable(result, what);

    /// <summary>Ok or NotFound (both fine for an idempotent delete); anything else is a storage error.</summary>
    public static void DeletedOrGone<T>(this TableResult<T> result, string what)
    {
        if (!result.IsOk && result.Status != TableStatus.NotFound)
        {
            throw Unavailable(result, what);
        }
    }

    public static StorageUnavailableException Unavailable<T>(TableResult<T> result, string what) =>
        new($"Storage {result.Status} on {what}: {result.Reason}");
}
