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
        var outages = new StoredOutages(store.Object);

        var byService = await outages.FindActiveAsync("network", "vpn", CancellationToken.None);
        var byCategory = await outages.FindActiveAsync("email", null, CancellationToken.None);
        var none = await outages.FindActiveAsync("printing", "Printer 3", CancellationToken.None);

        Assert.Equal([new("MAJ-000012", "VPN down *everywhere*", "VPN")], byService);
        Assert.Equal(["MAJ-000013"], byCategory.Select(o => o.Id));
        Assert.Empty(none);
        Assert.Equal(2, (await outages.ListAsync(CancellationToken.None)).Count);
    }
}
