using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>A ticket number typed without INC or REQ: only where it can be nothing else.</summary>
public sealed class BareTicketNumberTests
{
    [Theory]
    [InlineData("#318", "INC-000318")]
    [InlineData("# 318 ?", "INC-000318")]
    [InlineData("77", "INC-000077")]
    [InlineData("ticket 56 svp", "INC-000056")]
    [InlineData("le ticket n°9, des nouvelles ?", "INC-000009")]
    [InlineData("any update on tkt 12", "INC-000012")]
    public void Recognize_ANumberOnlyATicketCanBe_IsThatTicket_WithItsKindGuessed(string text, string expected)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");

        Assert.Equal(Intent.TicketStatus, recognition.Intent);
        Assert.Equal(expected, recognition.TicketNumber?.ToString());
        Assert.True(recognition.KindGuessed);
    }

    [Theory]
    [InlineData("the printer on the 2nd floor is jammed")]
    [InlineData("my laptop takes 10 minutes to start")]
    [InlineData("I opened a ticket 2 days ago about my screen")]
    [InlineData("le ticket du 4, ça donne quoi")]
    [InlineData("j'ai 3 écrans et aucun ne s'allume")]
    public void Recognize_ANumberThatCountsOrDates_IsNoTicket(string text) =>
        Assert.Null(KeywordIntentRecognizer.Recognize(text, "en-US").TicketNumber);

    [Fact]
    public void Recognize_APrefixedNumber_KeepsItsKind_AndIsNotAGuess()
    {
        var recognition = KeywordIntentRecognizer.Recognize("status of REQ-000017", "en-US");

        Assert.Equal("REQ-000017", recognition.TicketNumber?.ToString());
        Assert.False(recognition.KindGuessed);
    }
}
