using System.Globalization;
using System.Net.Sockets;
using global::Azure;
using global::Azure.Data.Tables;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// The client's exceptions as typed outcomes: 404, 409, 412 and the size refusals are the caller's business;
/// everything else (429 and 5xx after the pipeline's retries, refused credentials, a service that cannot be reached)
/// is Unavailable. Cancellation by the caller stays an exception.
/// </summary>
internal static class AzureFailures
{
    public static async Task<TableResult<T>> RunAsync<T>(Func<Task<TableResult<T>>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e)
        {
            // The service names the failing operation of a changeset; the client hands the index over.
            var index = e.FailedTransactionActionIndex;
            var reason = Reason(e);
            return TableResult<T>.Fail(StatusOf(e), index is { } i ? $"Operation {i}: {reason}" : reason, index);
        }
        catch (RequestFailedException e)
        {
            return TableResult<T>.Fail(StatusOf(e), Reason(e));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsUnreachable(e))
        {
            return TableResult<T>.Fail(TableStatus.Unavailable, $"Table Storage could not be reached after retries ({e.GetType().Name}).");
        }
    }

    internal static TableStatus StatusOf(RequestFailedException e) => e.Status switch
    {
        404 => TableStatus.NotFound,
        409 => TableStatus.Conflict,
        412 => TableStatus.PreconditionFailed,
        413 => TableStatus.TooLarge,
        400 when e.ErrorCode is "EntityTooLarge" or "PropertyValueTooLarge" or "RequestBodyTooLarge" => TableStatus.TooLarge,
        400 => TableStatus.Invalid,
        _ => TableStatus.Unavailable,
    };

    private static string Reason(RequestFailedException e) => e.Status switch
    {
        0 => $"Table Storage could not be reached after retries ({e.InnerException?.GetType().Name ?? e.GetType().Name}).",
        401 or 403 => $"Table Storage refused the credentials ({e.Status} {e.ErrorCode}).",
        >= 500 or 429 => $"Table Storage kept failing ({e.Status} {e.ErrorCode}) after retries.",
        _ => $"{e.ErrorCode ?? e.Status.ToString(CultureInfo.InvariantCulture)}: {FirstLine(e.Message)}",
    };

    /// <summary>Whether an exception from the pipeline means the service could not be reached (after retries).</summary>
    private static bool IsUnreachable(Exception exception) =>
        exception is HttpRequestException or SocketException or IOException or OperationCanceledException or AggregateException;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
