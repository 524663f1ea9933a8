using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// A <see cref="GraphServiceClient"/> over the named <see cref="HttpClientName"/> client (resilience, telemetry), per
/// use: the factory's handlers rotate, a client held forever would pin one. The token is sent only to the
/// configured Graph host. The identity is built on first use: the parts that hold this factory are composed with
/// Graph off too (they answer "off" then), and an identity without its secret cannot be built.
/// </summary>
internal sealed class GraphClientFactory(IHttpClientFactory httpClients, IOptions<GraphOptions> options, Lazy<GraphCredential> credential)
{
    public const string HttpClientName = "graph";

    private readonly Uri baseUri = options.Value.BaseUri();

    public GraphServiceClient Create()
    {
        var scope = baseUri.GetLeftPart(UriPartial.Authority) + "/.default";
        var authentication = new AzureIdentityAuthenticationProvider(
            credential.Value.Value, allowedHosts: [baseUri.Host], scopes: [scope]);
        return new GraphServiceClient(httpClients.CreateClient(HttpClientName), authentication, baseUri.ToString());
    }
}
