using ServiceDesk.Infra.Knowledge;

namespace ServiceDesk.Infra.Tests.Knowledge;

public sealed class KnowledgeArticleParserTests
{
    private const string Valid = """
        ---
        id: kb-test-article
        title: "Reset: a password"
        tags: [password, reset]
        service: account-password
        updated: 2026-11-02
        ---
        Body text.
        """;

    [Fact]
    public void Parse_ValidArticle_ReadsEveryField()
    {
        var article = KnowledgeArticleParser.Parse(Valid, "en", "en/test.md");

        Assert.Equal("kb-test-article", article.Id);
        Assert.Equal("Reset: a password", article.Title);
        Assert.Equal(["password", "reset"], article.Tags);
        Assert.Equal("account-password", article.Service);
        Assert.Equal(new DateOnly(2026, 11, 2), article.Updated);
        Assert.Equal("Body text.", article.Body);
        Assert.Equal("en", article.Language);
        Assert.Equal("en/test.md", article.Source);
    }

    [Fact]
    public void Parse_QuestionsAsDashLines_KeepTheirCommasAndColons()
    {
        var text = Valid.Replace("service:", "questions:\n  - c drive is red, what do i delete\n  - \"error: disk full\"\nservice:", StringComparison.Ordinal);

        var article = KnowledgeArticleParser.Parse(text, "en", "en/test.md");

        Assert.Equal(["c drive is red, what do i delete", "error: disk full"], article.Questions);
        Assert.Empty(KnowledgeArticleParser.Parse(Valid, "en", "en/test.md").Questions);
    }

    [Fact]
    public void Parse_TagsAsDashLines_AreRead()
    {
        var text = Valid.Replace("tags: [password, reset]", "tags:\n  - password\n  - 'reset'", StringComparison.Ordinal);

        Assert.Equal(["password", "reset"], KnowledgeArticleParser.Parse(text, "en", "en/test.md").Tags);
    }

    [Theory]
    [InlineData("---\n", "", "must start with a front matter block")]
    [InlineData("", "---", "never closed")]
    [InlineData("id: kb-test-article", "id: Password Reset", "id 'Password Reset' must be 'kb-'")]
    [InlineData("service: account-password", "service: passwords", "service 'passwords' is not one of")]
    [InlineData("updated: 2026-11-02", "updated: 02/11/2026", "must be a date written yyyy-MM-dd")]
    [InlineData("tags: [password, reset]", "tags: password", "tags must be a list")]
    [InlineData("tags: [password, reset]", "tags: []", "at least one tag")]
    [InlineData("title: \"Reset: a password\"\n", "", "'title' is missing")]
    [InlineData("updated: 2026-11-02", "updated: 2026-11-02\nauthor: me", "unknown key 'author'")]
    [InlineData("updated: 2026-11-02", "updated: 2026-11-02\nid: kb-other", "'id' is given twice")]
    [InlineData("updated: 2026-11-02", "updated: 2026-11-02\nthis line is wrong", "expected 'key: value'")]
    [InlineData("Body text.", "", "no body")]
    public void Parse_Malformed_FailsNamingTheFileAndTheProblem(string replace, string with, string expected)
    {
        var text = replace == "" && with == "---" ? Valid.Replace("---\nBody", "\nBody", StringComparison.Ordinal)
            : replace == "---\n" ? Valid[4..]
            : Valid.Replace(replace, with, StringComparison.Ordinal);

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeArticleParser.Parse(text, "fr", "fr/broken.md"));

        Assert.StartsWith("Knowledge article fr/broken.md (line ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TitleOver200Characters_Fails()
    {
        var text = Valid.Replace("\"Reset: a password\"", new string('x', 201), StringComparison.Ordinal);

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeArticleParser.Parse(text, "en", "en/long.md"));

        Assert.Contains("longer than 200", error.Message, StringComparison.Ordinal);
    }
}
