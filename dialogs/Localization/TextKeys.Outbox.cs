namespace ServiceDesk.Dialogs.Localization;

// The agents' "outbox" command (issue 5, durable delivery), in its own file so parallel work does not collide.
public static partial class TextKeys
{
    public const string OutboxHelp = "outbox.help";
    public const string OutboxEmpty = "outbox.empty";
    public const string OutboxTitle = "outbox.title";
    public const string OutboxIntro = "outbox.intro";
    public const string OutboxMore = "outbox.more";
    public const string OutboxFactKind = "outbox.fact.kind";
    public const string OutboxFactSubject = "outbox.fact.subject";
    public const string OutboxFactStatus = "outbox.fact.status";
    public const string OutboxFactAttempts = "outbox.fact.attempts";
    public const string OutboxFactError = "outbox.fact.error";
    public const string OutboxFactAge = "outbox.fact.age";
    public const string OutboxNoSubject = "outbox.noSubject";
    public const string OutboxStatusFailed = "outbox.status.failed";
    public const string OutboxStatusUnreachable = "outbox.status.unreachable";
    public const string OutboxKindSend = "outbox.kind.send";
    public const string OutboxKindUpdate = "outbox.kind.update";
    public const string OutboxKindPersonal = "outbox.kind.personal";
    public const string OutboxKindThread = "outbox.kind.thread";
    public const string OutboxAgeMinutes = "outbox.age.minutes";
    public const string OutboxAgeHours = "outbox.age.hours";
    public const string OutboxRetry = "outbox.retry";
    public const string OutboxRetryAll = "outbox.retryAll";
    public const string OutboxRetried = "outbox.retried";
    public const string OutboxNotParked = "outbox.notParked";
    public const string OutboxNotAgent = "outbox.notAgent";
    public const string OutboxInvalid = "outbox.invalid";
}
