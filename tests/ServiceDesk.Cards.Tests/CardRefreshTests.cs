using ServiceDesk.Cards;

namespace ServiceDesk.Cards.Tests;

public sealed class CardRefreshTests
{
    [Fact]
    public void Constructor_60UserIds_IsAccepted()
    {
        var refresh = new CardRefresh(new ExecuteAction("r"), [.. Enumerable.Range(0, 60).Select(i => $"29:{i}")]);

        Assert.Equal(60, refresh.UserIds.Count);
    }

    [Fact]
    public void Constructor_61UserIds_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CardRefresh(new ExecuteAction("r"), [.. Enumerable.Range(0, 61).Select(i => $"29:{i}")]));
    }

    [Fact]
    public void Constructor_SubmitAction_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CardRefresh(new SubmitAction(), ["29:user"]));
    }
}
