using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;

namespace ServiceDesk.Bot.Teams;

/// <summary>
/// The announcements channel: the one chosen on the setup card (the latest owner's click), else the one in
/// <c>Announcements:Channel</c>, else none (announcements then go to the 1:1 chats only).
/// </summary>
internal sealed class TeamAnnouncementChannel(IAnnouncementChannelStore store, IOptions<AnnouncementChannelOptions> options, IOptions<BotOptions> bot)
    : IAnnouncementChannel
{
    public async Task<AnnouncementsChannel?> GetAsync(CancellationToken cancellationToken)
    {
        if (await store.GetAsync(cancellationToken).ConfigureAwait(false) is { } chosen)
        {
            return new AnnouncementsChannel(chosen.Channel, chosen.Locale);
        }

        if (options.Value.Channel is not { } configured)
        {
            return null;
        }

        return new AnnouncementsChannel(configured.Reference(bot.Value.AppId), configured.Locale);
    }
}
