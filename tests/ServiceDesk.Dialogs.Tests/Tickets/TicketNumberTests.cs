using System.Text.Json;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Tickets;

public sealed class TicketNumberTests
{
    [Theory]
    [InlineData(TicketKind.Incident, 123, "INC-000123")]
    [InlineData(TicketKind.Request, 45, "REQ-000045")]
    [InlineData(TicketKind.Incident, 1_234_567, "INC-1234567")]
    public void ToString_PadsToSixDigitsWithTheKindsPrefix(TicketKind kind, long sequence, string expected) =>
        Assert.Equal(expected, new TicketNumber(kind, sequence).ToString());

    [Theory]
    [InlineData("INC-000123", TicketKind.Incident, 123)]
    [InlineData("inc-000123", TicketKind.Incident, 123)]
    [InlineData("REQ-000045", TicketKind.Request, 45)]
    [InlineData("Req-1234567", TicketKind.Request, 1_234_567)]
    public void TryParse_ValidText_ReadsKindAndSequence(string text, TicketKind kind, long sequence)
    {
        Assert.True(TicketNumber.TryParse(text, out var number));
        Assert.Equal(new TicketNumber(kind, sequence), number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("INC-123")]
    [InlineData("INC000123")]
    [InlineData("INC_000123")]
    [InlineData("CHG-000123")]
    [InlineData("INC-000000")]
    [InlineData("INC-00012a")]
    [InlineData("INC--00123")]
    [InlineData(" INC-000123")]
    [InlineData("INC-000123 ")]
    [InlineData("INC-+00123")]
    [InlineData("INC-0001234567890")]
    [InlineData("INC-٠٠٠١٢٣")]
    public void TryParse_BadInput_IsRejected(string? text)
    {
        Assert.False(TicketNumber.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => TicketNumber.Parse(text));
        }
    }

    [Fact]
    public void Parse_RoundTripsToString()
    {
        var number = new TicketNumber(TicketKind.Request, 987_654);
        Assert.Equal(number, TicketNumber.Parse(number.ToString()));
    }

    [Fact]
    public void Json_IsTheReadableText()
    {
        var number = new TicketNumber(TicketKind.Incident, 7);
        var json = JsonSerializer.Serialize(number);
        Assert.Equal("\"INC-000007\"", json);
        Assert.Equal(number, JsonSerializer.Deserialize<TicketNumber>(json));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NonPositiveSequence_Throws(long sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketNumber(TicketKind.Incident, sequence));
}
