using ServiceDesk.Cards;

namespace ServiceDesk.Cards.Tests;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("Outlook crashes every morning", "Outlook crashes every morning")]
    [InlineData("**urgent**", @"\*\*urgent\*\*")]
    [InlineData("<b>bold</b>", @"\<b\>bold\</b\>")]
    [InlineData("_x_ and `code`", @"\_x\_ and \`code\`")]
    [InlineData("[click](https://evil.example)", @"\[click\](https://evil.example)")]
    [InlineData("&lt;b&gt;", @"\&lt;b\&gt;")]
    [InlineData("# Title", @"\# Title")]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("---", @"\---")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("2024) report", @"2024\) report")]
    [InlineData("line one\n  - two", "line one\n  \\- two")]
    [InlineData(@"C:\temp", @"C:\\temp")]
    [InlineData("Version 2.1 - beta", "Version 2.1 - beta")]
    [InlineData("Jean-Luc", "Jean-Luc")]
    [InlineData("مرحبا 👋 é", "مرحبا 👋 é")]
    public void Literal_EscapesMarkdownSoTextShowsAsTyped(string input, string expected)
    {
        Assert.Equal(expected, CardText.Literal(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Literal_NothingGivesEmpty(string? input)
    {
        Assert.Equal(string.Empty, CardText.Literal(input));
    }
}
