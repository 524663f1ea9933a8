namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>The verbs of "my tickets" cards and the fields their data carries.</summary>
internal static class TicketVerbs
{
    public const string List = "tickets.list";
    public const string Open = "tickets.open";
    public const string Comment = "tickets.comment";
    public const string Cancel = "tickets.cancel";
    public const string Confirm = "tickets.confirm";
    public const string Reopen = "tickets.reopen";
    public const string FollowUp = "tickets.followUp";

    public const string NumberField = "number";
    public const string VersionField = "ticketVersion";
    public const string CommentField = "comment";
    public const string RatingField = "rating";

    public const int MaxComment = 2_000;
}
