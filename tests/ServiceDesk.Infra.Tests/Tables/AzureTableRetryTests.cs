using System.Net;
using global::Azure.Core.Pipeline;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Azure;

namespace ServiceDesk.Infra.Tests.Tables;

/// <summary>
/// What the client's pipeline retries and what it hands back at once, against a scripted transport: lost
/// concurrency races are typed outcomes after one request; throttling and 5xx are retried a bounded number of times.
/// </summary>
public sealed class AzureTableRetryTests
{
    private const string Connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly ScriptedHandler handler = new();

    private ITable Table() => AzureTableService.FromConnectionString(Connection, retry: new TableRetrySettings(
            MaxRetries: 2, Delay: TimeSpan.FromMilliseconds(1), MaxDelay: TimeSpan.FromMilliseconds(5),
            Transport: new HttpClientTransport(new HttpClient(handler))))
        .GetTable("Tickets");

    [Fact]
    public async Task A_stale_etag_is_PreconditionFailed_after_one_request()
    {
        handler.Answer(HttpStatusCode.PreconditionFailed, "UpdateConditionNotSatisfied");

        var result = await Table().UpdateAsync(new TableEntity("p", "r") { ["Title"] = "x" }, "W/\"datetime'2025-01-01T00%3A00%3A00Z'\"");

        Assert.Equal(TableStatus.PreconditionFailed, result.Status);
        Assert.Equal(1, handler.Requests);
        Assert.True(handler.SawIfMatch);
    }

    [Fact]
    public async Task An_existing_entity_is_Conflict_after_one_request()
    {
        handler.Answer(HttpStatusCode.Conflict, "EntityAlreadyExists");

        var result = await Table().AddAsync(new TableEntity("p", "r"));

        Assert.Equal(TableStatus.Conflict, result.Status);
        Assert.Equal(1, handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "ServerBusy")]
    [InlineData(HttpStatusCode.TooManyRequests, "TooManyRequests")]
    [InlineData(HttpStatusCode.InternalServerError, "InternalError")]
    public async Task Throttling_and_server_errors_are_retried_a_bounded_number_of_times_then_Unavailable(HttpStatusCode status, string code)
    {
        handler.Answer(status, code);

        var result = await Table().GetAsync("p", "r");

        Assert.Equal(TableStatus.Unavailable, result.Status);
        Assert.Equal(3, handler.Requests);
    }

    [Fact]
    public async Task A_transient_503_followed_by_success_is_Ok()
    {
        handler.Answer(HttpStatusCode.ServiceUnavailable, "ServerBusy", times: 1);

        var result = await Table().UpsertAsync(new TableEntity("p", "r") { ["Title"] = "x" });

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task The_service_calling_an_entity_too_large_is_TooLarge()
    {
        handler.Answer(HttpStatusCode.BadRequest, "EntityTooLarge");

        var result = await Table().UpsertAsync(new TableEntity("p", "r") { ["Title"] = "x" });

        Assert.Equal(TableStatus.TooLarge, result.Status);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task An_unreachable_service_is_Unavailable()
    {
        handler.Fail(new HttpRequestException("connection refused"));

        var result = await Table().GetAsync("p", "r");

        Assert.Equal(TableStatus.Unavailable, result.Status);
        Assert.Equal(3, handler.Requests);
    }

    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private HttpStatusCode status = HttpStatusCode.NoContent;
        private string? code;
        private int failuresLeft = int.MaxValue;
        private Exception? failure;
        private int requests;

        public int Requests => requests;

        public bool SawIfMatch { get; private set; }

        public void Answer(HttpStatusCode answer, string errorCode, int times = int.MaxValue) =>
            (status, code, failuresLeft) = (answer, errorCode, times);

        public void Fail(Exception exception) => failure = exception;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref requests);
            SawIfMatch |= request.Headers.Contains("If-Match");
            if (failure is not null)
            {
                throw failure;
            }

            var response = failuresLeft-- > 0 ? new HttpResponseMessage(status) : new HttpResponseMessage(HttpStatusCode.NoContent);
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                response.Headers.Add("x-ms-error-code", code);
                response.Content = new StringContent("{\"odata.error\":{\"code\":\"" + code + "\",\"message\":{\"lang\":\"en-US\",\"value\":\"scripted\"}}}");
            }
            else
            {
                response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"v2\"", isWeak: true);
            }

            return Task.FromResult(response);
        }
    }
}
