using System.Net;
using System.Net.Http.Headers;
using Azure;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Telemetry;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// One attempt of a connector call, below the resilience pipeline: the bearer token (one refresh and resend on a 401),
/// the per-request timeout over headers and body, and the count of 429s.
/// </summary>
internal sealed class ConnectorAttemptHandler(
    IConnectorTokenProvider tokens,
    IOptions<ConnectorOptions> options,
    ServiceDeskMetrics metrics,
    ILogger<ConnectorTransport> logger) : DelegatingHandler
{
    /// <summary>
    /// No per-request timeout: the caller's own budget bounds the call (the outbox's delivery timeout). A POST cut at
    /// the per-request timeout that Teams still accepts is sent again by a caller that retries, a duplicate the
    /// recipient sees; the outbox's longer delivery timeout leaves a slow answer the time to arrive.
    /// </summary>
    public bool BoundedByCaller { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (ConnectorCall.Of(request) is not { } call)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        call.Attempts++;
        if (!call.WithToken)
        {
            return await SendOnceAsync(request, call, cancellationToken).ConfigureAwait(false);
        }

        request.Headers.Authorization = await BearerAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var response = await SendOnceAsync(request, call, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || call.RefreshedAfter401)
        {
            return response;
        }

        ConnectorLog.RefreshingToken(logger, call.Request.Operation, call.Request.ConversationId);
        call.RefreshedAfter401 = true;
        response.Dispose();
        request.Headers.Authorization = await BearerAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
        return await SendOnceAsync(request, call, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthenticationHeaderValue> BearerAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        // Entra ID unreachable would otherwise hold the call (Azure.Identity retries on its own) until the turn's
        // whole budget is gone: bounded, so the turn can still save its work and defer its replies.
        using var tokenTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        tokenTimeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TokenTimeoutSeconds));
        try
        {
            var token = await tokens.GetTokenAsync(forceRefresh, tokenTimeout.Token).ConfigureAwait(false);
            return new AuthenticationHeaderValue("Bearer", token);
        }
        catch (Exception ex) when (ex is AuthenticationFailedException or CredentialUnavailableException or RequestFailedException or HttpRequestException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorTokenUnavailableException(ex);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, ConnectorCall call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!BoundedByCaller)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds));
        }

        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, timeout.Token).ConfigureAwait(false);
            // The body is read inside the attempt, so a connector that stalls mid-body times out like one that never answers.
            await response.Content.LoadIntoBufferAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            throw new ConnectorAttemptTimeoutException();
        }
        catch
        {
            response?.Dispose();
            throw;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests && metrics.Throttled.Enabled)
        {
            metrics.Throttled.Add(1, new KeyValuePair<string, object?>("operation", call.Request.Operation));
        }
        return response;
    }
}
