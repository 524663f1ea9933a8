using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Announcements;

internal static class AnnouncementSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    public static readonly TicketPerson Agent = new("29:agent-1", "aad-agent", "Ana Agent");

    public static AnnouncementContent Content(AnnouncementText? french = null) => new(
        "VPN",
        new AnnouncementText("VPN down *everywhere*", "The VPN client says <b>cannot connect</b>.", "Remote staff cannot reach internal apps."),
        french,
        T0.AddHours(1));

    public static readonly AnnouncementText French = new("VPN en panne", "Le client VPN ne se connecte pas.", "Le personnel à distance n'accède pas aux applications internes.");

    public static Announcement Draft(AnnouncementText? french = null) => Announcement.NewDraft("MAJ-000012", Content(french), Agent, T0);

    public static Announcement Published(AnnouncementText? french = null) => AnnouncementRules.Publish(Draft(french), T0.AddMinutes(5)).Announcement;
}
