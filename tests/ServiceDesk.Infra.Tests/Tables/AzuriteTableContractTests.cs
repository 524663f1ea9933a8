using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTableContractTests(AzuriteFixture azurite) : TableContractTests
{
    private readonly ITableService service = azurite.CreateService();

    protected override ITableService Service => service;
}
