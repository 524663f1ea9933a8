using ServiceDesk.Dialogs.Announcements;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements;

public sealed class AnnouncementRulesTests
{
    [Fact]
    public void Publish_ADraft_PublishesOnceAndASecondPublishReturnsTheSameAnnouncement()
    {
        var first = AnnouncementRules.Publish(Draft(), T0.AddMinutes(5));
        var second = AnnouncementRules.Publish(first.Announcement, T0.AddMinutes(6));

        Assert.Equal(TransitionOutcome.Changed, first.Outcome);
        Assert.Equal((AnnouncementStatus.Published, 2, T0.AddMinutes(5)), (first.Announcement.Status, first.Announcement.Version, first.Announcement.PublishedAt));
        Assert.True(first.Announcement.IsActive);
        Assert.Equal(TransitionOutcome.AlreadyDone, second.Outcome);
        Assert.Same(first.Announcement, second.Announcement);
    }

    [Fact]
    public void PostUpdate_IncrementsTheVersionAppendsTheUpdateAndMovesTheNextUpdateTime()
    {
        var published = Published();

        var updated = AnnouncementRules.PostUpdate(published, Agent, "Vendor engaged.", "Fournisseur contacté.", T0.AddHours(2), T0.AddMinutes(30));
        var again = AnnouncementRules.PostUpdate(updated.Announcement, Agent, "Fix deployed to half.", null, null, T0.AddMinutes(50));

        Assert.True(updated.Changed);
        Assert.Equal(3, updated.Announcement.Version);
        Assert.Equal(T0.AddHours(2), updated.Announcement.Content.NextUpdateAt);
        Assert.Equal("Fournisseur contacté.", updated.Announcement.LatestUpdate!.TextIn("fr-FR"));
        Assert.Equal((4, 2, "Fix deployed to half."), (again.Announcement.Version, again.Announcement.Updates.Count, again.Announcement.LatestUpdate!.TextIn("fr")));
        Assert.Equal(TransitionOutcome.NotAllowed, AnnouncementRules.PostUpdate(Draft(), Agent, "x", null, null, T0).Outcome);
    }

    [Fact]
    public void Resolve_APublishedAnnouncement_ClosesItOnceAndRefusesDraftsAndWithdrawnOnes()
    {
        var resolved = AnnouncementRules.Resolve(Published(), Agent, "Certificate renewed.", null, T0.AddHours(1));

        Assert.True(resolved.Changed);
        Assert.Equal((AnnouncementStatus.Resolved, 3, T0.AddHours(1), AnnouncementUpdateKind.Resolved), (resolved.Announcement.Status, resolved.Announcement.Version, resolved.Announcement.ClosedAt, resolved.Announcement.LatestUpdate!.Kind));
        Assert.False(resolved.Announcement.IsActive);
        Assert.Equal(TransitionOutcome.AlreadyDone, AnnouncementRules.Resolve(resolved.Announcement, Agent, null, null, T0.AddHours(2)).Outcome);
        Assert.Equal(TransitionOutcome.NotAllowed, AnnouncementRules.Resolve(Draft(), Agent, null, null, T0).Outcome);
        Assert.Equal(TransitionOutcome.NotAllowed, AnnouncementRules.Cancel(resolved.Announcement, Agent, null, T0.AddHours(2)).Outcome);
        Assert.Equal(TransitionOutcome.NotAllowed, AnnouncementRules.Publish(resolved.Announcement, T0.AddHours(2)).Outcome);
    }

    [Fact]
    public void Cancel_WithdrawsADraftOrAPublishedAnnouncementOnce()
    {
        var fromDraft = AnnouncementRules.Cancel(Draft(), Agent, "Declared by mistake.", T0.AddMinutes(1));
        var fromPublished = AnnouncementRules.Cancel(Published(), Agent, null, T0.AddMinutes(10));

        Assert.Equal((AnnouncementStatus.Cancelled, 2), (fromDraft.Announcement.Status, fromDraft.Announcement.Version));
        Assert.Equal((AnnouncementStatus.Cancelled, 3), (fromPublished.Announcement.Status, fromPublished.Announcement.Version));
        Assert.Equal(TransitionOutcome.AlreadyDone, AnnouncementRules.Cancel(fromDraft.Announcement, Agent, null, T0.AddMinutes(2)).Outcome);
        Assert.Equal(TransitionOutcome.NotAllowed, AnnouncementRules.Publish(fromDraft.Announcement, T0.AddMinutes(2)).Outcome);
    }

    [Fact]
    public void Revise_ChangesADraftOnly()
    {
        var content = Content(French);

        Assert.Equal(content, AnnouncementRules.Revise(Draft(), content, T0.AddMinutes(1)).Announcement.Content);
        Assert.Equal(TransitionOutcome.NotAllowed, AnnouncementRules.Revise(Published(), content, T0.AddMinutes(1)).Outcome);
    }

    [Theory]
    [InlineData("fr-CA", "VPN en panne")]
    [InlineData("en-GB", "VPN down *everywhere*")]
    public void ContentIn_GivesTheFrenchTextToFrenchReadersWhenThereIsOne(string language, string expected)
    {
        Assert.Equal(expected, Content(French).In(language).Title);
        Assert.Equal("VPN down *everywhere*", Content().In(language).Title);
    }
}
