using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Announcements.Agents;

/// <summary>The audience on the declare form: chosen, counted by the directory at Preview and Publish, or refused with why.</summary>
public sealed class AnnouncementAudienceTests
{
    private const string GroupId = "99999999-0000-0000-0000-000000000001";

    private readonly AnnouncementDeskParts parts = new();

    private AnnouncementDeclareHandler Declare() => new(parts.Desk, parts.Audiences, parts.Clock, NullLogger<AnnouncementDeclareHandler>.Instance);

    private static Turn Click(string verb, JsonObject data, string locale = "en-US") =>
        Raw(new Person(Alice.Id, Alice.AadObjectId, Alice.Name), verb, JsonSerializer.SerializeToElement(data), locale, true) with { ReplyToId = "card-7" };

    private static JsonObject Form(Announcement draft, string audience, string? value) => new()
    {
        ["announcement"] = draft.Id, ["version"] = draft.Version, ["service"] = "VPN", ["title"] = "VPN down", ["whatUsersSee"] = "Cannot connect.",
        ["impact"] = "Remote staff blocked.", ["nextUpdateMinutes"] = "30", ["audience"] = audience, ["audienceValue"] = value,
    };

    private Task<Announcement> DraftAsync() => parts.Store.CreateAsync(OutageCommand.Empty, Alice, parts.Clock.GetUtcNow(), default);

    private void GraphOn(AudienceCount count, bool install = false)
    {
        parts.Directory.SetupGet(d => d.IsOn).Returns(true);
        parts.Directory.Setup(d => d.CountAsync(It.IsAny<AnnouncementAudience>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(count);
        parts.Installer.SetupGet(i => i.IsOn).Returns(install);
    }

    private async Task<string> PreviewAsync(Announcement draft, string audience, string? value, string locale = "en-US")
    {
        var result = await Declare().HandleAsync(Click(AnnouncementVerbs.Preview, Form(draft, audience, value), locale), default);
        return CardJson.Serialize(result.Invoke!.Card!);
    }

    [Theory]
    [InlineData("en-US", "Everyone who has talked to the bot", "Microsoft Graph is not set up")]
    [InlineData("fr-FR", "Toutes les personnes qui ont parlé au bot", "Microsoft Graph n'est pas configuré")]
    public async Task Without_Graph_the_form_offers_everyone_who_talked_to_the_bot_and_says_why_and_a_department_is_refused(
        string locale, string everyone, string why)
    {
        var draft = await DraftAsync();
        var command = await new OutageCommand(parts.Store, parts.Audiences, parts.Clock)
            .RunAsync(Raw(new Person(Alice.Id, null, Alice.Name), "x", default, locale, false), string.Empty, Dialogs.Localization.Texts.For(locale), default);
        var form = CardJson.Serialize(command.Replies[0].Card!);

        var refused = await PreviewAsync(draft, "Department", "Finance", locale);

        Assert.Contains(everyone, form, StringComparison.Ordinal);
        Assert.Contains(why, form, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\":\"audience\"", form, StringComparison.Ordinal);
        Assert.Contains(locale == "en-US" ? "a department, an office or a group needs Microsoft Graph" : "un service, un site ou un groupe demandent Microsoft Graph",
            refused, StringComparison.Ordinal);
        Assert.Equal(draft, await parts.Store.GetAsync(draft.Id, default));
        parts.Directory.Verify(d => d.CountAsync(It.IsAny<AnnouncementAudience>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Without_Graph_everyone_previews_and_says_whom_it_reaches()
    {
        var draft = await DraftAsync();

        var card = await PreviewAsync(draft, "Everyone", null);

        Assert.Contains("This announcement will reach everyone who has talked to the bot", card, StringComparison.Ordinal);
        Assert.Equal(AnnouncementAudience.Everyone, (await parts.Store.GetAsync(draft.Id, default))!.Audience);
    }

    [Theory]
    [InlineData("en-US", false, "This announcement will reach 42 people: the department Finance, as counted by Microsoft Graph. Only those who have the app get it")]
    [InlineData("en-US", true, "This announcement will reach 42 people: the department Finance, as counted by Microsoft Graph. The app is installed for those who never opened it")]
    [InlineData("fr-FR", true, "Cette annonce atteindra 42 personnes : le service Finance, selon le décompte de Microsoft Graph. L'application est installée")]
    public async Task A_department_is_counted_at_Preview_and_the_preview_says_how_many_it_reaches(string locale, bool install, string says)
    {
        GraphOn(new AudienceCount(AudienceStatus.Ok, 42, "Finance", "Finance"), install);
        var draft = await DraftAsync();

        var card = await PreviewAsync(draft, "Department", "  Finance ", locale);

        Assert.Contains(says, card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Department\"", card, StringComparison.Ordinal);
        var saved = (await parts.Store.GetAsync(draft.Id, default))!;
        Assert.Equal((AnnouncementAudience.Department, "Finance", 42, 2), (saved.Audience, saved.AudienceValue, saved.AudienceSize, saved.Version));
        parts.Directory.Verify(d => d.CountAsync(AnnouncementAudience.Department, "Finance", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_group_named_by_its_display_name_is_stored_by_its_id_and_Publish_counts_it_again()
    {
        GraphOn(new AudienceCount(AudienceStatus.Ok, 12, GroupId, "Paris support"));
        var draft = await DraftAsync();
        await PreviewAsync(draft, "Group", "Paris support");
        var previewed = (await parts.Store.GetAsync(draft.Id, default))!;
        GraphOn(new AudienceCount(AudienceStatus.Ok, 13, GroupId, "Paris support"));

        var form = Form(previewed, "Group", "Paris support");
        await Declare().HandleAsync(Click(AnnouncementVerbs.Publish, form), default);

        var published = (await parts.Store.GetAsync(draft.Id, default))!;
        Assert.Equal((AnnouncementStatus.Published, AnnouncementAudience.Group, GroupId, "Paris support", 13),
            (published.Status, published.Audience, published.AudienceValue, published.AudienceName, published.AudienceSize));
        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.Is<Announcement>(a => a.AudienceSize == 13), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(AudienceStatus.NotFound, 0, "Audience: Microsoft Graph does not know the office Lyon 9.")]
    [InlineData(AudienceStatus.Ok, 0, "Audience: nobody with an enabled account is in the office Lyon 9.")]
    [InlineData(AudienceStatus.Denied, 0, "Microsoft Graph refused to list the office Lyon 9 (the permission User.Read.All is missing)")]
    [InlineData(AudienceStatus.Unavailable, 0, "Audience: the directory cannot be reached right now.")]
    public async Task An_audience_the_directory_cannot_count_is_refused_with_why_and_nothing_is_saved_or_sent(AudienceStatus status, int count, string says)
    {
        GraphOn(new AudienceCount(status, count, Permission: "User.Read.All"));
        var draft = await DraftAsync();

        var preview = await PreviewAsync(draft, "OfficeLocation", "Lyon 9");
        var publish = CardJson.Serialize((await Declare().HandleAsync(Click(AnnouncementVerbs.Publish, Form(draft, "OfficeLocation", "Lyon 9")), default)).Invoke!.Card!);

        Assert.Contains(says, preview, StringComparison.Ordinal);
        Assert.Contains(says, publish, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Lyon 9\"", publish, StringComparison.Ordinal);
        Assert.Equal(draft, await parts.Store.GetAsync(draft.Id, default));
        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.IsAny<Announcement>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("Department", "")]
    [InlineData("Group", "   ")]
    public async Task A_department_or_group_without_a_name_is_refused_without_asking_the_directory(string audience, string value)
    {
        GraphOn(new AudienceCount(AudienceStatus.Ok, 5, "x", "x"));
        var draft = await DraftAsync();

        Assert.Contains("Audience: please name the department, office or group.", await PreviewAsync(draft, audience, value), StringComparison.Ordinal);
        parts.Directory.Verify(d => d.CountAsync(It.IsAny<AnnouncementAudience>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("en-US", "Everyone in the organisation (every enabled account in Microsoft Graph)", "This announcement will reach 120 people: everyone in the organisation, as counted by Microsoft Graph. The app is installed")]
    [InlineData("fr-FR", "Toute l'organisation (chaque compte actif dans Microsoft Graph)", "Cette annonce atteindra 120 personnes : toute l'organisation, selon le décompte de Microsoft Graph.")]
    public async Task With_Graph_the_whole_organisation_is_offered_needs_no_name_and_is_counted_by_the_directory(string locale, string choice, string says)
    {
        GraphOn(new AudienceCount(AudienceStatus.Ok, 120, string.Empty, string.Empty), install: true);
        var draft = await DraftAsync();
        var command = await new OutageCommand(parts.Store, parts.Audiences, parts.Clock)
            .RunAsync(Raw(new Person(Alice.Id, null, Alice.Name), "x", default, locale, false), string.Empty, Dialogs.Localization.Texts.For(locale), default);

        var card = await PreviewAsync(draft, "Organisation", "ignored", locale);

        Assert.Contains(choice, CardJson.Serialize(command.Replies[0].Card!), StringComparison.Ordinal);
        Assert.Contains(says, card, StringComparison.Ordinal);
        var saved = (await parts.Store.GetAsync(draft.Id, default))!;
        Assert.Equal((AnnouncementAudience.Organisation, null, null, 120), (saved.Audience, saved.AudienceValue, saved.AudienceName, saved.AudienceSize));
        parts.Directory.Verify(d => d.CountAsync(AnnouncementAudience.Organisation, string.Empty, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("en-US", "not everyone in the organisation", "To reach the whole organisation",
        "Audience: everyone in the organisation, a department, an office or a group needs Microsoft Graph, which is not set up.",
        "ask an administrator to turn on Microsoft Graph (Graph:Enabled) and grant it User.Read.All and GroupMember.Read.All")]
    [InlineData("fr-FR", "pas toute l'organisation", "Pour atteindre toute l'organisation",
        "Audience : toute l'organisation, un service, un site ou un groupe demandent Microsoft Graph, qui n'est pas configuré.",
        "demandez à un administrateur d'activer Microsoft Graph (Graph:Enabled) et de lui accorder User.Read.All et GroupMember.Read.All")]
    public async Task Without_Graph_the_whole_organisation_is_said_to_need_Graph_and_what_to_do_and_refused_without_asking_the_directory(
        string locale, string notEveryone, string toReach, string refusal, string whatToDo)
    {
        var draft = await DraftAsync();
        var command = await new OutageCommand(parts.Store, parts.Audiences, parts.Clock)
            .RunAsync(Raw(new Person(Alice.Id, null, Alice.Name), "x", default, locale, false), string.Empty, Dialogs.Localization.Texts.For(locale), default);
        var form = CardJson.Serialize(command.Replies[0].Card!);

        // A card made while Graph was on (or edited by hand) still asks for the whole organisation.
        var refused = await PreviewAsync(draft, "Organisation", null, locale);

        Assert.Contains(notEveryone, form, StringComparison.Ordinal);
        Assert.Contains(toReach, form, StringComparison.Ordinal);
        Assert.Contains(refusal, refused, StringComparison.Ordinal);
        Assert.Contains(whatToDo, refused, StringComparison.Ordinal);
        Assert.Equal(draft, await parts.Store.GetAsync(draft.Id, default));
        parts.Directory.Verify(d => d.CountAsync(It.IsAny<AnnouncementAudience>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task An_unknown_audience_value_on_the_card_is_read_as_everyone()
    {
        GraphOn(new AudienceCount(AudienceStatus.Ok, 5, "x", "x"));
        var draft = await DraftAsync();

        await PreviewAsync(draft, "7", "Finance");

        Assert.Equal(AnnouncementAudience.Everyone, (await parts.Store.GetAsync(draft.Id, default))!.Audience);
    }
}
