using global::Azure.Core.Pipeline;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// The client's retry settings (tests shorten them; production keeps the defaults) and, for tests, the transport
/// that answers instead of the network.
/// </summary>
internal sealed record TableRetrySettings(
    int MaxRetries = 5, TimeSpan? Delay = null, TimeSpan? MaxDelay = null, TimeSpan? NetworkTimeout = null, HttpPipelineTransport? Transport = null);
