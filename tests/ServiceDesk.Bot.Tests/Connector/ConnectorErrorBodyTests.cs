using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

public sealed class ConnectorErrorBodyTests
{
    [Theory]
    [InlineData("""{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""", "ConversationNotFound")]
    [InlineData("""{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"blocked"}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"Forbidden"},"subCode":"MessageWritesBlocked"}""", "MessageWritesBlocked")]
    [InlineData("""{"errorCode":"Forbidden","subCode":"MessageWritesBlocked"}""", "MessageWritesBlocked")]
    [InlineData("""{"error":"BotDisabledByAdmin"}""", "BotDisabledByAdmin")]
    [InlineData("""{"code":"ServiceError","message":"oops"}""", "ServiceError")]
    [InlineData("""{"error":{"code":42}}""", null)]
    [InlineData("""["error"]""", null)]
    [InlineData("""{"error":{"code":"trunc""", null)]
    [InlineData("<html>Bad gateway</html>", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ReadErrorCode_ReadsStandardAndNonStandardBodies_WithoutThrowing(string? body, string? expected) =>
        Assert.Equal(expected, ConnectorErrorBody.ReadErrorCode(body));
}
