using System.Net.Sockets;
using System.Text.Json;
using global::Azure;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>Maps Table service error responses and transport failures to typed outcomes.</summary>
internal static class TableResponses
{
    public static TableResult<T> Failure<T>(Response response)
    {
        var (code, message) = ReadError(response.Content.ToMemory());
        return TableResult<T>.Fail(StatusOf(response.Status), Reason(response.Status, code, message));
    }

    public static TableStatus StatusOf(int status) => status switch
    {
        404 => TableStatus.NotFound,
        409 => TableStatus.Conflict,
        412 => TableStatus.PreconditionFailed,
        413 => TableStatus.TooLarge,
        400 => TableStatus.Invalid,
        _ => TableStatus.Unavailable,
    };

    public static string Reason(int status, string? code, string? message) => status switch
    {
        401 or 403 => $"Table Storage refused the credentials ({status} {code}).",
        >= 500 => $"Table Storage kept failing ({status} {code}) after retries.",
        _ => $"{code ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {FirstLine(message)}",
    };

    /// <summary>The <c>odata.error</c> code and message of a JSON error body, when there is one.</summary>
    public static (string? Code, string? Message) ReadError(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("odata.error", out var error))
            {
                var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                var message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() : null;
                return (code, message);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, an empty body): the status alone has to do.
        }

        return (null, null);
    }

    /// <summary>Whether an exception from the pipeline means the service could not be reached (after retries).</summary>
    public static bool IsUnreachable(Exception exception) =>
        exception is RequestFailedException or HttpRequestException or SocketException or IOException or TaskCanceledException
            or AggregateException;

    private static string? FirstLine(string? message) => message?.Split('\n', 2)[0].Trim();
}
