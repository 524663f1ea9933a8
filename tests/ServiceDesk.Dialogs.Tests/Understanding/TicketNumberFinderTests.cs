using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

public sealed class TicketNumberFinderTests
{
    [Theory]
    [InlineData("status INC-000123", "INC-000123")]
    [InlineData("où en est inc123", "INC-000123")]
    [InlineData("any news on REQ 45", "REQ-000045")]
    [InlineData("req_000310 please", "REQ-000310")]
    [InlineData("j'ai ouvert l'INC-001234 la semaine dernière", "INC-001234")]
    [InlineData("#inc-7?", "INC-000007")]
    [InlineData("ticket INC000777.", "INC-000777")]
    [InlineData("see inc - 42 and REQ-9", "INC-000042")]
    [InlineData("(REQ:000012)", "REQ-000012")]
    [InlineData("INC-999999999999", "INC-999999999999")]
    public void Find_NumberAnywhereInText_IsNormalized(string text, string expected) =>
        Assert.Equal(expected, TicketNumberFinder.Find(text)?.ToString());

    [Theory]
    [InlineData("incident 3 on my laptop")]
    [InlineData("inc123abc")]
    [InlineData("zinc123")]
    [InlineData("request 45")]
    [InlineData("INC-0")]
    [InlineData("INC-")]
    [InlineData("inc")]
    [InlineData("INC-1234567890123")]
    [InlineData("my ticket 123456")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_NoPrefixedNumber_IsNull(string? text) => Assert.Null(TicketNumberFinder.Find(text));

    [Fact]
    public void Find_NumberAtTheEndOfTenThousandCharacters_IsFound()
    {
        var text = string.Concat(Enumerable.Repeat("incinc req ", 1_000)) + "INC-000321";
        Assert.Equal("INC-000321", TicketNumberFinder.Find(text)?.ToString());
    }
}
