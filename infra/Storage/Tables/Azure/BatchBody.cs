using System.Globalization;
using System.Text;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// The <c>$batch</c> payload: a multipart/mixed batch holding one changeset, each operation an embedded HTTP request
/// (CRLF line ends, as the service requires); and the parsing of the embedded responses that come back.
/// </summary>
internal static class BatchBody
{
    public static (byte[] Body, string ContentType) Build(string tableUri, Func<TableEntity, string> entityUri, IReadOnlyList<TableBatchOperation> operations)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var text = new StringBuilder()
            .Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        foreach (var operation in operations)
        {
            var (method, uri) = operation.Action switch
            {
                TableBatchAction.Add => ("POST", tableUri),
                TableBatchAction.Delete => ("DELETE", entityUri(operation.Entity)),
                _ => ("PUT", entityUri(operation.Entity)),
            };
            text.Append("--").Append(changeset).Append("\r\n")
                .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
                .Append(method).Append(' ').Append(uri).Append(" HTTP/1.1\r\n")
                .Append("Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\n");
            if (operation.Action is TableBatchAction.Update or TableBatchAction.Delete)
            {
                text.Append("If-Match: ").Append(operation.IfMatch).Append("\r\n");
            }

            if (operation.Action == TableBatchAction.Delete)
            {
                text.Append("\r\n");
                continue;
            }

            text.Append("Content-Type: application/json\r\nPrefer: return-no-content\r\n\r\n")
                .Append(Encoding.UTF8.GetString(ODataJson.Serialize(operation.Entity, includeKeys: true))).Append("\r\n");
        }

        text.Append("--").Append(changeset).Append("--\r\n--").Append(batch).Append("--\r\n");
        return (Encoding.UTF8.GetBytes(text.ToString()), "multipart/mixed; boundary=" + batch);
    }

    /// <summary>The embedded responses in order: status, ETag header and body.</summary>
    public static List<(int Status, string? ETag, string Body)> ParseResponses(string text)
    {
        var responses = new List<(int, string?, string)>();
        var at = 0;
        while ((at = text.IndexOf("HTTP/1.1 ", at, StringComparison.Ordinal)) >= 0)
        {
            var status = int.Parse(text.AsSpan(at + 9, 3), CultureInfo.InvariantCulture);
            var headersEnd = text.IndexOf("\r\n\r\n", at, StringComparison.Ordinal);
            headersEnd = headersEnd < 0 ? text.Length : headersEnd;
            string? etag = null;
            foreach (var line in text[at..headersEnd].Split("\r\n"))
            {
                if (line.StartsWith("ETag:", StringComparison.OrdinalIgnoreCase))
                {
                    etag = line[5..].Trim();
                }
            }

            var bodyStart = Math.Min(headersEnd + 4, text.Length);
            var bodyEnd = text.IndexOf("\r\n--", bodyStart, StringComparison.Ordinal);
            bodyEnd = bodyEnd < 0 ? text.Length : bodyEnd;
            responses.Add((status, etag, text[bodyStart..bodyEnd]));
            at = bodyEnd;
        }

        return responses;
    }

    /// <summary>The failing operation's index: the service prefixes the error message with it ("2:The specified...").</summary>
    public static int? FailedIndex(string? message)
    {
        var colon = message?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
