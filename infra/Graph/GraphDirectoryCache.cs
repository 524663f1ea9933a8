using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Graph;

/// <summary>A cached answer: <see cref="Found"/> false records "Graph said not found" (no manager) so it is not asked again.</summary>
internal sealed record CachedAnswer<T>(bool Found, T? Value, bool Fresh);

/// <summary>
/// Graph's answers kept in table <c>GraphDirectory</c> (partition = what was asked, row = the id asked about) for
/// <see cref="GraphOptions.CacheMinutes"/>: shared by every instance, and still there, stale, when Graph is down.
/// The cache is a help, never a requirement: a store that fails is logged and Graph is asked.
/// </summary>
internal sealed class GraphDirectoryCache(ITableService tables, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphDirectoryCache> logger)
{
    // Generated metadata for the people Graph answers with; reflection only for another type asked for.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(GraphJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    private readonly CreatedTable store = new(tables.GetTable("GraphDirectory"));
    private readonly TimeSpan lifetime = TimeSpan.FromMinutes(options.Value.CacheMinutes);

    public async Task<CachedAnswer<T>?> GetAsync<T>(string kind, string id, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var read = await store.Table.GetAsync(kind, TableKey.Encode(id), cancellationToken).ConfigureAwait(false);
        if (!read.IsOk)
        {
            if (read.Status != TableStatus.NotFound)
            {
                GraphLog.CacheFailed(logger, "read", read.Status.ToString());
            }

            return null;
        }

        var entity = read.Value!;
        var fresh = entity.GetDateTimeOffset("ExpiresAt") is { } expires && time.GetUtcNow() < expires;
        var json = entity.GetString("Json");
        try
        {
            return json is null
                ? new CachedAnswer<T>(false, default, fresh)
                : new CachedAnswer<T>(true, JsonSerializer.Deserialize<T>(json, Json), fresh);
        }
        catch (JsonException)
        {
            // Written by another version of the bot: ask Graph again.
            return null;
        }
    }

    /// <summary>Keeps an answer; a null <paramref name="value"/> keeps "not found".</summary>
    public async Task SetAsync<T>(string kind, string id, T? value, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(kind, TableKey.Encode(id)) { ["ExpiresAt"] = time.GetUtcNow() + lifetime };
        if (value is not null)
        {
            entity["Json"] = JsonSerializer.Serialize(value, Json);
        }

        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var written = await store.Table.UpsertAsync(entity, cancellationToken).ConfigureAwait(false);
        if (!written.IsOk)
        {
            GraphLog.CacheFailed(logger, "written", written.Status.ToString());
        }
    }
}
