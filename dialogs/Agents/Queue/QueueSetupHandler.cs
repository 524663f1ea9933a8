using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>
/// The setup card: posted when the bot is installed in a team, and its "Use this channel for tickets" button. Only a
/// team owner (as the roster says) or a configured administrator may choose; the choice is stored for its category
/// (clearing a Blocked flag on that channel) and the card is replaced by a confirmation.
/// </summary>
internal sealed partial class QueueSetupHandler(
    IQueueStore store,
    ITeamRoster roster,
    IncidentCatalogue catalogue,
    IOptions<AgentQueueOptions> options,
    IUnroutedTickets unrouted,
    TimeProvider clock,
    ILogger<QueueSetupHandler> logger,
    IDirectory directory) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [QueueVerbs.Use];

    /// <summary>The bot was added to a team: the setup card, posted in the channel it was added from, with how many tickets wait.</summary>
    public async Task<TurnResult> InstalledAsync(Turn turn, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        LogInstalled(turn.Conversation.TeamId, turn.Conversation.TeamsChannelId ?? turn.Conversation.ConversationId);
        var waiting = await unrouted.CountAsync(cancellationToken).ConfigureAwait(false);
        return new TurnResult([Reply.Of(QueueSetupCard.Build(catalogue, texts, waiting: waiting, missing: directory.MissingPermissions()))]);
    }

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        if (ChannelOf(turn.Conversation) is not { } channel)
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.QueueSetupNotInTeam));
        }

        if (!TryReadCategory(action.Data, out var category))
        {
            return Show(action, QueueSetupCard.Build(catalogue, texts, texts.Get(TextKeys.QueueSetupUnknownCategory), await unrouted.CountAsync(cancellationToken).ConfigureAwait(false)));
        }

        if (!options.Value.IsAdministrator(turn.From.Id, turn.From.AadObjectId))
        {
            var role = await roster.RoleOfAsync(channel, turn.From, cancellationToken).ConfigureAwait(false);
            if (role != TeamRole.Owner)
            {
                LogRefused(channel.TeamId, turn.From.Id, role);
                return TurnResult.Refused(action, texts.Get(role == TeamRole.Unknown ? TextKeys.QueueSetupRosterUnavailable : TextKeys.QueueSetupNotOwner));
            }
        }

        var setting = new QueueSetting(channel, category, turn.From.Id, turn.From.Name, turn.Locale, clock.GetUtcNow(), turn.TimeZone);
        await store.SaveAsync(setting, cancellationToken).ConfigureAwait(false);
        LogChosen(category ?? QueueCategories.All, channel.ConversationId, channel.TeamId, turn.From.Id);
        // The tickets that waited for a queue go now (those this one takes), oldest first.
        var posted = await unrouted.RouteAsync(cancellationToken).ConfigureAwait(false);
        return Show(action, QueueSetupCard.Done(setting, catalogue, texts, posted));
    }

    /// <summary>The channel itself (not the card's thread) with its team; null outside a team channel.</summary>
    internal static ConversationReference? ChannelOf(ConversationReference conversation)
    {
        if (conversation.Kind != ConversationKind.Channel || string.IsNullOrWhiteSpace(conversation.TeamId))
        {
            return null;
        }

        var id = string.IsNullOrWhiteSpace(conversation.TeamsChannelId) ? conversation.ConversationId : conversation.TeamsChannelId;
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        var channelId = thread < 0 ? id : id[..thread];
        return conversation with { ConversationId = channelId, TeamsChannelId = channelId };
    }

    /// <summary>Card data is untrusted: the category must be "all", access requests or a catalogue category.</summary>
    private bool TryReadCategory(JsonElement data, out string? category)
    {
        category = null;
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(QueueVerbs.CategoryField, out var value))
        {
            // Old clients may leave an untouched choice out: the card's default is every ticket.
            return data.ValueKind is JsonValueKind.Object or JsonValueKind.Undefined;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        category = QueueCategories.Normalize(value.GetString());
        return category is null || QueueCategories.Requests.Contains(category) || catalogue.Find(category) is not null;
    }

    private static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed in team {TeamId}, channel {ChannelId}: setup card posted")]
    private partial void LogInstalled(string? teamId, string channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue setup refused in team {TeamId} for {UserId}: role {Role}")]
    private partial void LogRefused(string? teamId, string userId, TeamRole role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue {Category} set to channel {ChannelId} of team {TeamId} by {UserId}")]
    private partial void LogChosen(string category, string channelId, string? teamId, string userId);
}
