using Moq;
using ServiceDesk.Dialogs.Announcements;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements;

public sealed class StoredOutagesTests
{
    [Fact]
    public async Task FindActive_MatchesTheServiceOrElseTheCategoryIgnoringCase()
    {
        var vpn = Published();
        var mail = Published() with { Id = "MAJ-000013", Content = Content() with { Service = " Email " } };
        var store = new Mock<IAnnouncementStore>();
        store.Setup(s => s.ListActiveAsync(It.IsAny<CancellationToken>())).ReturnsAsync([vpn, mail]);
        var outages = new StoredOutages(store.Object, new ServiceDesk.Dialogs.Catalogue.IncidentCatalogue(Microsoft.Extensions.Options.Options.Create(Conversation.TestCatalogue.Options)));

        var byService = await outages.FindActiveAsync("network", "vpn", CancellationToken.None);
        var byCategory = await outages.FindActiveAsync("email", null, CancellationToken.None);
        var none = await outages.FindActiveAsync("printing", "Printer 3", CancellationToken.None);

        Assert.Equal([new("MAJ-000012", "VPN down *everywhere*", "VPN")], byService);
        Assert.Equal(["MAJ-000013"], byCategory.Select(o => o.Id));
        Assert.Empty(none);
        Assert.Equal(2, (await outages.ListAsync(CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("Network and VPN", true)]
    [InlineData("Réseau et VPN", true)]
    [InlineData("network-vpn", true)]
    [InlineData("  vpn ", false)]
    public async Task FindActive_WithTheCatalogue_MatchesTheServiceOrCategoryByAnyOfItsNames(string announced, bool namesTheCategory)
    {
        var store = new Mock<IAnnouncementStore>();
        store.Setup(s => s.ListActiveAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Published() with { Content = Content() with { Service = announced } }]);
        var catalogue = new ServiceDesk.Dialogs.Catalogue.IncidentCatalogue(Microsoft.Extensions.Options.Options.Create(Conversation.TestCatalogue.Options));
        var outages = new StoredOutages(store.Object, catalogue);

        Assert.Single(await outages.FindActiveAsync("network-vpn", "vpn", CancellationToken.None));
        // Without a service, only an announcement naming the category matches (the service alone says too little).
        Assert.Equal(namesTheCategory, (await outages.FindActiveAsync("network-vpn", null, CancellationToken.None)).Count == 1);
        Assert.Empty(await outages.FindActiveAsync("email", null, CancellationToken.None));
    }
}
