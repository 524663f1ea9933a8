using System.Text.Json;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Teams;

/// <summary>Recorded Teams activities parsed and mapped to protocol-neutral turns.</summary>
public sealed class TeamsTurnMapperTests
{
    private static Activity Parse(string fixture)
        => JsonSerializer.Deserialize<Activity>(ActivityFixtures.Read(fixture), ProtocolJson.Options)!;

    [Fact]
    public void Personal_message_keeps_every_field_and_tolerates_unknown_ones()
    {
        var activity = Parse("personal-message");

        Assert.Equal("message", activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("Europe/Paris", activity.LocalTimezone);
        Assert.Equal("6b1f0d2e-4a5b-4c3d-9e8f-0a1b2c3d4e5f", activity.From!.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("clientInfo", activity.Entities![0].Type);
        Assert.True(activity.Extra!.ContainsKey("someFutureField"));

        var turn = TeamsTurnMapper.Map(activity)!;
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("Help", turn.Text);
        Assert.Equal("fr-FR", turn.Locale);
        Assert.Equal("Europe/Paris", turn.TimeZone);
        Assert.Equal(ConversationKind.Personal, turn.Conversation.Kind);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", turn.Conversation.TenantId);
        Assert.Equal("28:00000000-0000-0000-0000-00000000b0b0", turn.Conversation.BotId);
    }

    [Fact]
    public void Channel_message_has_the_bot_mention_stripped_and_team_and_channel_set()
    {
        var turn = TeamsTurnMapper.Map(Parse("channel-message-with-mention"))!;

        Assert.Equal("help", turn.Text);
        Assert.Equal(ConversationKind.Channel, turn.Conversation.Kind);
        Assert.Equal("19:TeamGeneralId0123456789abcdef@thread.tacv2", turn.Conversation.TeamId);
        Assert.Equal("19:QueueChannelId0123456789abcdef@thread.tacv2", turn.Conversation.TeamsChannelId);
        Assert.Equal("America/New_York", turn.TimeZone);
    }

    [Fact]
    public void Mentions_of_other_people_stay_in_the_text()
    {
        var activity = Parse("channel-message-with-mention");
        activity.Text = "<at>Service Desk</at> assign to <at>Dana</at>";
        activity.Entities!.Add(new Entity { Type = "mention", Text = "<at>Dana</at>", Mentioned = new ChannelAccount { Id = "29:dana" } });

        Assert.Equal("assign to <at>Dana</at>", TeamsTurnMapper.StripBotMention(activity));
    }

    [Fact]
    public void Conversation_update_with_the_bot_added_is_not_a_second_install()
    {
        // The installationUpdate that comes with it is the install: one welcome, not two.
        var turn = TeamsTurnMapper.Map(Parse("conversation-update-bot-added"))!;
        Assert.Equal(TurnKind.Other, turn.Kind);
        Assert.Equal("en-US", turn.Locale); // no locale anywhere: the default
    }

    [Theory]
    [InlineData("add", TurnKind.Installed)]
    [InlineData("add-upgrade", TurnKind.Other)]
    [InlineData("remove", TurnKind.Uninstalled)]
    [InlineData("remove-upgrade", TurnKind.Other)]
    public void Installation_update_actions(string action, TurnKind expected)
    {
        var activity = Parse("installation-update-add");
        activity.Action = action;
        var turn = TeamsTurnMapper.Map(activity)!;
        Assert.Equal(expected, turn.Kind);
        Assert.Equal("en-GB", turn.Locale);
        Assert.Equal("Europe/London", turn.TimeZone);
    }

    [Fact]
    public void Action_execute_invoke_becomes_verb_and_data()
    {
        var turn = TeamsTurnMapper.Map(Parse("adaptive-card-action-invoke"))!;
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("menu.reportIncident", turn.Action!.Verb);
        Assert.True(turn.Action.IsInvoke);
        Assert.Equal("menu.reportIncident", turn.Action.Data.GetProperty("verb").GetString());
    }

    [Fact]
    public void Action_submit_message_becomes_the_same_verb_and_data()
    {
        var turn = TeamsTurnMapper.Map(Parse("action-submit-message"))!;
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("menu.myTickets", turn.Action!.Verb);
        Assert.False(turn.Action.IsInvoke);
        Assert.Equal("from an old client", turn.Action.Data.GetProperty("comment").GetString());
    }

    [Fact]
    public void A_malformed_invoke_value_gives_an_empty_verb_not_an_exception()
    {
        var activity = Parse("adaptive-card-action-invoke");
        activity.Value = JsonDocument.Parse("[1,2]").RootElement;
        var turn = TeamsTurnMapper.Map(activity)!;
        Assert.Equal(string.Empty, turn.Action!.Verb);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("brandNewType")]
    public void Types_the_service_desk_ignores_map_to_nothing(string type)
    {
        var activity = Parse("personal-message");
        activity.Type = type;
        Assert.Null(TeamsTurnMapper.Map(activity));
    }

    [Fact]
    public void An_activity_without_sender_or_conversation_maps_to_nothing()
    {
        var activity = Parse("personal-message");
        activity.From = null;
        Assert.Null(TeamsTurnMapper.Map(activity));
    }
}
