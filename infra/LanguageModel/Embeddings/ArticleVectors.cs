using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;

namespace ServiceDesk.Infra.LanguageModel.Embeddings;

/// <summary>
/// The articles' vectors: read from <see cref="ArticleVectorStore"/> once, and only the articles whose text (or the
/// model) changed since are sent to the embedding model, in the background, a batch at a time. Until an article has its
/// vector it is ranked by keywords alone. A failed batch is tried again a minute later, at the next search.
/// </summary>
internal sealed partial class ArticleVectors(
    ModelGateway gateway, ArticleVectorStore store, IOptions<LanguageModelOptions> options, TimeProvider time, ILogger<ArticleVectors> logger) : IDisposable
{
    public const string Purpose = "embedding-index";

    /// <summary>Articles per call to the embedding model.</summary>
    public const int Batch = 32;

    /// <summary>The most of an article the vector is made from: its title and aliases first.</summary>
    public const int MaxTextLength = 4_000;

    internal static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, StoredVector> vectors = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly SemaphoreSlim indexing = new(1, 1);
    private Task running = Task.CompletedTask;
    private DateTimeOffset nextTry = DateTimeOffset.MinValue;
    private bool loaded;
    private volatile Complete? complete;

    /// <summary>The indexing under way (or the last one), for whoever must wait for it.</summary>
    public Task Indexing
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    /// <summary>The vectors ready for <paramref name="knowledge"/>'s articles; indexing starts in the background when some are missing.</summary>
    public IReadOnlyDictionary<(string Language, string Id), float[]> For(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (complete is { } done && ReferenceEquals(done.Base, knowledge))
        {
            return done.Vectors;
        }

        var model = options.Value.EmbeddingModel ?? string.Empty;
        var ready = new Dictionary<(string Language, string Id), float[]>();
        var missing = false;
        foreach (var article in knowledge.Articles)
        {
            if (vectors.TryGetValue(Key(article), out var stored) && stored.Hash == Vectors.Hash(model, Cut(Text(article))))
            {
                ready[(article.Language, article.Id)] = stored.Vector;
            }
            else
            {
                missing = true;
            }
        }

        if (missing)
        {
            Start(knowledge);
        }
        else
        {
            complete = new Complete(knowledge, ready);
        }

        return ready;
    }

    /// <summary>Starts indexing <paramref name="knowledge"/> unless it is under way or a failure asked to wait.</summary>
    public void Start(KnowledgeBase knowledge)
    {
        lock (gate)
        {
            if (!running.IsCompleted || time.GetUtcNow() < nextTry || stopping.IsCancellationRequested)
            {
                return;
            }

            running = Task.Run(() => IndexAsync(knowledge, stopping.Token));
        }
    }

    /// <summary>Gives every article of <paramref name="knowledge"/> its vector; false when the model or the storage failed on the way.</summary>
    public async Task<bool> IndexAsync(KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var model = options.Value.EmbeddingModel ?? string.Empty;
        await indexing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await LoadAsync(model, cancellationToken).ConfigureAwait(false);
            var todo = knowledge.Articles
                .Select(a => (Key: Key(a), Text: Cut(Text(a))))
                .Select(a => (a.Key, a.Text, Hash: Vectors.Hash(model, a.Text)))
                .Where(a => !vectors.TryGetValue(a.Key, out var stored) || stored.Hash != a.Hash)
                .ToList();
            foreach (var batch in todo.Chunk(Batch))
            {
                var made = await gateway.EmbedAsync(Purpose, [.. batch.Select(a => a.Text)], TimeSpan.FromMilliseconds(options.Value.TimeoutMs), cancellationToken)
                    .ConfigureAwait(false);
                if (made is null)
                {
                    lock (gate)
                    {
                        nextTry = time.GetUtcNow() + RetryAfter;
                    }

                    LogIndexFailed(logger, todo.Count);
                    return false;
                }

                for (var i = 0; i < batch.Length; i++)
                {
                    var vector = new StoredVector(batch[i].Hash, made[i]);
                    vectors[batch[i].Key] = vector;
                    await SaveAsync(model, batch[i].Key, vector, cancellationToken).ConfigureAwait(false);
                }
            }

            if (todo.Count > 0)
            {
                LogIndexed(logger, todo.Count);
            }

            return true;
        }
        finally
        {
            indexing.Release();
        }
    }

    public void Dispose()
    {
        // The background indexing may still hold the semaphore: it ends at the cancellation, the semaphore needs no disposal.
        stopping.Cancel();
    }

    /// <summary>What the vector is made from: the words an employee's question would share with the article.</summary>
    internal static string Text(KnowledgeArticle article) =>
        string.Join('\n', article.Title, string.Join(", ", article.Aliases), string.Join(", ", article.Tags), article.Body);

    private string Cut(string text)
    {
        var sent = options.Value.RedactContactDetails ? ContactRedactor.Redact(text) : text;
        return sent.Length > MaxTextLength ? sent[..MaxTextLength] : sent;
    }

    private static string Key(KnowledgeArticle article) => article.Id + "|" + article.Language;

    private async Task LoadAsync(string model, CancellationToken cancellationToken)
    {
        if (loaded)
        {
            return;
        }

        try
        {
            foreach (var (key, stored) in await store.LoadAsync(model, cancellationToken).ConfigureAwait(false))
            {
                vectors.TryAdd(key, stored);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The stored vectors are a saving, not a need: without them the articles are embedded again.
            LogStoreFailed(logger, ex.GetType().Name);
        }

        loaded = true;
    }

    private async Task SaveAsync(string model, string key, StoredVector vector, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(model, key, vector, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(logger, ex.GetType().Name);
        }
    }

    /// <summary>Every article of one knowledge base has its vector: the next searches over it need no checking.</summary>
    private sealed record Complete(KnowledgeBase Base, IReadOnlyDictionary<(string Language, string Id), float[]> Vectors);

    [LoggerMessage(EventId = 9111, Level = LogLevel.Information, Message = "Knowledge articles embedded: {Count}")]
    private static partial void LogIndexed(ILogger logger, int count);

    [LoggerMessage(EventId = 9112, Level = LogLevel.Warning, Message = "Knowledge articles could not be embedded ({Count} waiting): ranked by keywords until the next try")]
    private static partial void LogIndexFailed(ILogger logger, int count);

    [LoggerMessage(EventId = 9113, Level = LogLevel.Warning, Message = "Stored article vectors could not be read or written: {Error}")]
    private static partial void LogStoreFailed(ILogger logger, string error);
}
