using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using global::Azure.Core;
using global::Azure.Core.Pipeline;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// Shared Key authorisation for the Table service: HMAC-SHA256 over
/// <c>VERB\nContent-MD5\nContent-Type\nDate\nCanonicalizedResource</c>, where Date is the x-ms-date we set and the
/// canonicalized resource is <c>/account</c> + the encoded request path (+ <c>?comp=</c> if present). With a
/// path-style endpoint (Azurite) the path starts with the account, so the account appears twice, as the service expects.
/// Runs on every retry so the date is fresh.
/// </summary>
internal sealed class SharedKeyPolicy(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);

        var uri = request.Uri.ToUri();
        var resource = new StringBuilder("/").Append(accountName).Append(uri.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        if (query["comp"] is { } comp)
        {
            resource.Append("?comp=").Append(comp);
        }

        request.Headers.TryGetValue("Content-MD5", out var md5);
        request.Headers.TryGetValue("Content-Type", out var contentType);
        var toSign = $"{request.Method.Method}\n{md5}\n{contentType}\n{date}\n{resource}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(toSign)));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }
}
