using System.Buffers;
using System.Text.Json;
using global::Azure;
using global::Azure.Core;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

internal sealed partial class AzureTable
{
    /// <summary>Sends one request with the Table service headers; a service that stays unreachable is Unavailable.</summary>
    private async Task<TableResult<T>> SendAsync<T>(
        RequestMethod method, string uri, Action<Utf8JsonWriter>? body, string? ifMatch,
        Func<Response, TableResult<T>> interpret, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, uri);
        if (body is not null)
        {
            var buffer = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                body(writer);
            }

            request.Headers.SetValue("Content-Type", "application/json");
            request.Headers.SetValue("Prefer", "return-no-content");
            request.Content = RequestContent.Create(buffer.WrittenMemory);
        }

        if (ifMatch is not null)
        {
            request.Headers.SetValue("If-Match", ifMatch);
        }

        return await SendAsync(request, interpret, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TableResult<T>> SendAsync<T>(Request request, Func<Response, TableResult<T>> interpret, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await pipeline.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
            return interpret(response);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && TableResponses.IsUnreachable(e))
        {
            return TableResult<T>.Fail(TableStatus.Unavailable, $"Table Storage could not be reached after retries ({e.GetType().Name}).");
        }
    }

    private Request NewRequest(RequestMethod method, string uri)
    {
        var request = pipeline.CreateRequest();
        request.Method = method;
        request.Uri.Reset(new Uri(uri));
        request.Headers.SetValue("x-ms-version", ServiceVersion);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue("Accept", JsonAccept);
        return request;
    }
}
