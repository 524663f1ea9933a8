using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>A stored value with the version it was read at (null: not stored yet).</summary>
internal sealed record Versioned<T>(T Value, string? ETag);

/// <summary>
/// The access reviews in the dialog state store, under names of their own: per catalogue entry, the latest review's
/// head and each of its pages apart (a review of 10,000 holders is many small records, never one large one). Every
/// save is conditional on the version read, so two instances or two clicks never overwrite each other.
/// </summary>
internal sealed class AccessReviewStore(IDialogStateStore state, TimeProvider clock)
{
    private const string HeadRow = "head";
    private const string HeadName = "access-review";
    private const string PageName = "access-review-page";

    private static string Partition(string resourceId) => $"service-desk:access-review:{resourceId}";

    private static string PageRow(int cycle, int page) => $"{cycle}/{page}";

    public Task<Versioned<AccessReviewHead>?> HeadAsync(string resourceId, CancellationToken cancellationToken) =>
        GetAsync<AccessReviewHead>(Partition(resourceId), HeadRow, cancellationToken);

    public Task<SaveOutcome> SaveHeadAsync(AccessReviewHead head, string? etag, CancellationToken cancellationToken) =>
        SaveAsync(Partition(head.ResourceId), HeadRow, HeadName, head, etag, cancellationToken);

    public Task<Versioned<AccessReviewPage>?> PageAsync(string resourceId, int cycle, int page, CancellationToken cancellationToken) =>
        GetAsync<AccessReviewPage>(Partition(resourceId), PageRow(cycle, page), cancellationToken);

    public Task<SaveOutcome> SavePageAsync(string resourceId, int cycle, AccessReviewPage page, string? etag, CancellationToken cancellationToken) =>
        SaveAsync(Partition(resourceId), PageRow(cycle, page.Number), PageName, page, etag, cancellationToken);

    private async Task<Versioned<T>?> GetAsync<T>(string partition, string row, CancellationToken cancellationToken)
        where T : class
    {
        var record = await state.GetAsync(partition, row, cancellationToken).ConfigureAwait(false);
        return record is null || JsonSerializer.Deserialize(record.StateJson, Info<T>()) is not { } value ? null : new Versioned<T>(value, record.ETag);
    }

    private Task<SaveOutcome> SaveAsync<T>(string partition, string row, string name, T value, string? etag, CancellationToken cancellationToken) =>
        state.SaveAsync(partition, row, new DialogStateRecord(name, JsonSerializer.Serialize(value, Info<T>()), clock.GetUtcNow(), etag), cancellationToken);

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)AccessReviewJsonContext.Default.GetTypeInfo(typeof(T))!;
}
