namespace ServiceDesk.Dialogs.Agents;

/// <summary>The buttons of the <c>outbox</c> command's card and their data fields.</summary>
internal static class OutboxCommandVerbs
{
    public const string Prefix = "outbox.";
    public const string Retry = "outbox.retry";
    public const string RetryAll = "outbox.retryAll";

    /// <summary>The record's idempotency key, on <see cref="Retry"/>.</summary>
    public const string KeyField = "key";

    /// <summary>Longer than any key the dialogs derive (<c>{number}/v{version}/{purpose}</c>); anything longer is forged.</summary>
    public const int KeyMaxLength = 256;

    public static bool Handles(string verb) => verb is Retry or RetryAll;
}
