using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// "Use this channel for announcements" on the setup card the bot posts when it joins a team. Only a team owner (as
/// the roster says) or a configured administrator may choose; the choice is stored (the latest wins over the
/// setting <c>Announcements:Channel</c>) and the card is replaced by a confirmation.
/// </summary>
internal sealed partial class AnnouncementChannelSetupHandler(
    IAnnouncementChannelStore store,
    ITeamRoster roster,
    IOptions<AgentQueueOptions> agents,
    TimeProvider clock,
    ILogger<AnnouncementChannelSetupHandler> logger) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [AnnouncementVerbs.UseChannel];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        if (QueueSetupHandler.ChannelOf(turn.Conversation) is not { } channel)
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.QueueSetupNotInTeam));
        }

        if (!agents.Value.IsAdministrator(turn.From.Id, turn.From.AadObjectId))
        {
            var role = await roster.RoleOfAsync(channel, turn.From, cancellationToken).ConfigureAwait(false);
            if (role != TeamRole.Owner)
            {
                LogRefused(channel.TeamId, turn.From.Id, role);
                return TurnResult.Refused(action, texts.Get(role == TeamRole.Unknown ? TextKeys.QueueSetupRosterUnavailable : TextKeys.AnnouncementsChannelNotOwner));
            }
        }

        var setting = new AnnouncementChannelSetting(channel, turn.From.Id, turn.From.Name, turn.Locale, clock.GetUtcNow());
        await store.SaveAsync(setting, cancellationToken).ConfigureAwait(false);
        LogChosen(channel.ConversationId, channel.TeamId, turn.From.Id);
        var done = texts.Get(TextKeys.AnnouncementsChannelDone, CardText.Literal(turn.From.Name ?? turn.From.Id));
        return AnnouncementDesk.Show(action, new AdaptiveCard
        {
            Body =
            [
                new TextBlock(texts.Get(TextKeys.AnnouncementsChannelDoneTitle)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(done) { Wrap = true },
            ],
            FallbackText = done,
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcements channel refused in team {TeamId} for {UserId}: role {Role}")]
    private partial void LogRefused(string? teamId, string userId, TeamRole role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcements channel set to {ChannelId} of team {TeamId} by {UserId}")]
    private partial void LogChosen(string channelId, string? teamId, string userId);
}
