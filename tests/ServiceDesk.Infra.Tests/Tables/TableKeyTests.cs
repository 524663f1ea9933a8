using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Tables;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("plain text stays", "plain text stays")]
    [InlineData("a/b", "a!2Fb")]
    [InlineData("100% #1?", "100!25 !231!3F")]
    [InlineData("bang!", "bang!21")]
    [InlineData("back\\slash\t", "back!5Cslash!09")]
    public void Encode_escapes_forbidden_characters_and_the_escape_itself(string text, string expected) =>
        Assert.Equal(expected, TableKey.Encode(text));

    [Theory]
    [InlineData("")]
    [InlineData("O'Brien / IT # 7 ? ✓ 𝄞")]
    [InlineData("!21 is not an escape here")]
    [InlineData("\u0000\u001F\u007F\u009F%!")]
    public void Decode_of_Encode_is_the_original(string text) => Assert.Equal(text, TableKey.Decode(TableKey.Encode(text)));

    [Fact]
    public void Different_texts_never_encode_alike()
    {
        var texts = new[] { "a/b", "a!2Fb", "a%2Fb", "a!212Fb", "a!", "a!21" };

        Assert.Equal(texts.Length, texts.Select(TableKey.Encode).Distinct().Count());
    }

    [Theory]
    [InlineData("a!2")]
    [InlineData("a!zz")]
    [InlineData("a!41")]
    public void Decode_of_text_Encode_cannot_produce_is_null(string key) => Assert.Null(TableKey.Decode(key));
}
