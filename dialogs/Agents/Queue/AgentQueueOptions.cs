using System.ComponentModel.DataAnnotations;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>
/// The agents' side (section <c>Agents</c>): queues given in configuration, who may set a queue besides team owners,
/// how often the team rosters are refreshed, and where to warn the agents when a queue channel is blocked.
/// </summary>
public sealed class AgentQueueOptions
{
    public const string SectionName = "Agents";

    /// <summary>Queues set by configuration; a choice stored from the setup card wins for its category.</summary>
    public List<ConfiguredQueue> Queues { get; set; } = [];

    /// <summary>
    /// Teams user ids (29:…) or Entra object ids of people who may set a queue although the roster does not say they
    /// own the team (Teams often leaves <c>userRole</c> unset).
    /// </summary>
    public List<string> Administrators { get; set; } = [];

    /// <summary>How long a team's roster is trusted before it is read again.</summary>
    [Range(1, 24 * 60, ErrorMessage = "Agents:RosterRefreshMinutes must be between 1 and 1440.")]
    public int RosterRefreshMinutes { get; set; } = 10;

    /// <summary>Where agents are told that a queue channel answers 403; none: the warning is only logged.</summary>
    public ConfiguredQueue? FallbackChannel { get; set; }

    public bool IsAdministrator(string? id, string? aadObjectId) =>
        Administrators.Any(a =>
            (id is not null && string.Equals(a, id, StringComparison.OrdinalIgnoreCase))
            || (aadObjectId is not null && string.Equals(a, aadObjectId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The first configuration problem, naming the setting, or null.</summary>
    public string? Problem()
    {
        for (var i = 0; i < Queues.Count; i++)
        {
            if (Queues[i].Problem() is { } problem)
            {
                return $"Agents:Queues:{i}: {problem}";
            }
        }

        return FallbackChannel?.Problem() is { } fallback ? "Agents:FallbackChannel: " + fallback : null;
    }
}

/// <summary>A Teams channel named in configuration (the ids are in the channel's link, or in the bot's log at install).</summary>
public sealed class ConfiguredQueue
{
    /// <summary>Incident category id, <see cref="QueueCategories.AccessRequests"/>, or none for every ticket.</summary>
    public string? Category { get; set; }

    public string ServiceUrl { get; set; } = string.Empty;

    public string TeamId { get; set; } = string.Empty;

    /// <summary>The channel's id (19:…@thread.tacv2; the General channel's id is the team id).</summary>
    public string ChannelId { get; set; } = string.Empty;

    public string? TenantId { get; set; }

    /// <summary>The language of the cards and messages posted in this channel (<c>en-US</c> or <c>fr-FR</c>).</summary>
    public string Locale { get; set; } = "en-US";

    /// <summary>The time zone of the dates on the cards posted in this channel (an IANA id such as <c>Europe/Paris</c>); UTC when not set.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The channel itself, addressed like one chosen from a setup card (<paramref name="botAppId"/>: the bot's app id, if any).</summary>
    public ConversationReference Reference(string? botAppId) => new(
        ServiceUrl, ChannelId, TenantId, "msteams", ConversationKind.Channel, string.IsNullOrEmpty(botAppId) ? string.Empty : "28:" + botAppId, TeamId, ChannelId);

    internal string? Problem() =>
        !Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") ? "ServiceUrl must be an absolute http(s) address."
        : string.IsNullOrWhiteSpace(TeamId) ? "TeamId is required."
        : string.IsNullOrWhiteSpace(ChannelId) ? "ChannelId is required."
        : TimeZone is { Length: > 0 } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? $"TimeZone '{zone}' is not a known time zone (use an IANA id such as Europe/Paris)."
        : null;
}
