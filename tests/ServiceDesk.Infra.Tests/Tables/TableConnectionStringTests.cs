using ServiceDesk.Infra.Storage.Tables.Azure;

namespace ServiceDesk.Infra.Tests.Tables;

public sealed class TableConnectionStringTests
{
    [Fact]
    public void Account_and_suffix_make_the_table_endpoint()
    {
        var parsed = TableConnectionString.TryParse("DefaultEndpointsProtocol=https;AccountName=desk;AccountKey=AAAA;EndpointSuffix=core.windows.net", out var error);

        Assert.Null(error);
        Assert.Equal(new Uri("https://desk.table.core.windows.net"), parsed!.TableEndpoint);
        Assert.Equal("desk", parsed.AccountName);
        Assert.Equal(new byte[3], parsed.AccountKey);
    }

    [Fact]
    public void An_explicit_table_endpoint_wins_and_keeps_its_path()
    {
        var parsed = TableConnectionString.TryParse("AccountName=devstoreaccount1;AccountKey=AAAA;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1/;", out _);

        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", parsed!.TableEndpoint.ToString());
    }

    [Fact]
    public void UseDevelopmentStorage_is_Azurites_account_on_the_path_style_endpoint()
    {
        var parsed = TableConnectionString.TryParse("UseDevelopmentStorage=true", out _);

        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", parsed!.TableEndpoint.ToString());
        Assert.Equal(TableConnectionString.DevelopmentAccount, parsed.AccountName);
    }

    [Theory]
    [InlineData("AccountName=desk", "AccountKey")]
    [InlineData("AccountName=desk;AccountKey=not base64!", "base64")]
    [InlineData("AccountName=desk;AccountKey=AAAA;TableEndpoint=ftp://x", "TableEndpoint")]
    [InlineData("TableEndpoint=https://x;SharedAccessSignature=sv=1", "signatures")]
    [InlineData("garbage", "name=value")]
    public void Unusable_strings_say_why(string text, string reasonPart)
    {
        var parsed = TableConnectionString.TryParse(text, out var error);

        Assert.Null(parsed);
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }
}
