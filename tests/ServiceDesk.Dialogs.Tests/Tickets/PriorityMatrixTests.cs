using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Tickets;

public sealed class PriorityMatrixTests
{
    [Theory]
    [InlineData(Impact.High, Urgency.High, Priority.P1)]
    [InlineData(Impact.High, Urgency.Medium, Priority.P2)]
    [InlineData(Impact.High, Urgency.Low, Priority.P3)]
    [InlineData(Impact.Medium, Urgency.High, Priority.P2)]
    [InlineData(Impact.Medium, Urgency.Medium, Priority.P3)]
    [InlineData(Impact.Medium, Urgency.Low, Priority.P4)]
    [InlineData(Impact.Low, Urgency.High, Priority.P3)]
    [InlineData(Impact.Low, Urgency.Medium, Priority.P4)]
    [InlineData(Impact.Low, Urgency.Low, Priority.P5)]
    public void Default_FollowsTheDesignTable(Impact impact, Urgency urgency, Priority expected) =>
        Assert.Equal(expected, PriorityMatrix.Default.For(impact, urgency));

    [Fact]
    public void Configured_ReplacesTheDefault()
    {
        var matrix = new PriorityMatrix(
        [
            [Priority.P1, Priority.P1, Priority.P2],
            [Priority.P2, Priority.P3, Priority.P4],
            [Priority.P3, Priority.P4, Priority.P4],
        ]);
        Assert.Equal(Priority.P1, matrix.For(Impact.High, Urgency.Medium));
        Assert.Equal(Priority.P4, matrix.For(Impact.Low, Urgency.Low));
    }

    [Fact]
    public void Configured_WrongShape_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new PriorityMatrix([[Priority.P1, Priority.P2, Priority.P3]]));

    [Fact]
    public void Configured_UnknownPriority_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new PriorityMatrix(
        [
            [Priority.P1, Priority.P2, (Priority)9],
            [Priority.P2, Priority.P3, Priority.P4],
            [Priority.P3, Priority.P4, Priority.P5],
        ]));

    [Fact]
    public void For_OutOfRangeImpact_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PriorityMatrix.Default.For((Impact)0, Urgency.Low));
}
