using System.Text;
using ServiceDesk.Cards;

namespace ServiceDesk.Cards.Tests;

public sealed class CardSizeTests
{
    [Fact]
    public void Utf8Size_CountsBytesNotCharacters()
    {
        var ascii = new AdaptiveCard { Body = [new TextBlock("e")] };
        var accented = new AdaptiveCard { Body = [new TextBlock("é")] };

        Assert.Equal(Encoding.UTF8.GetByteCount(CardJson.Serialize(ascii)), CardJson.Utf8Size(ascii));
        Assert.Equal(CardJson.Utf8Size(ascii) + 1, CardJson.Utf8Size(accented));
    }

    [Fact]
    public void FitsBudget_SmallCard_True_CardOver80KB_False()
    {
        var small = SampleCards.EveryElement();
        var large = new AdaptiveCard { Body = [.. Enumerable.Range(0, 900).Select(i => new TextBlock(new string('x', 100)))] };

        Assert.Equal(80 * 1024, CardJson.BudgetBytes);
        Assert.True(CardJson.FitsBudget(small));
        Assert.True(CardJson.Utf8Size(large) > CardJson.BudgetBytes);
        Assert.False(CardJson.FitsBudget(large));
    }
}
