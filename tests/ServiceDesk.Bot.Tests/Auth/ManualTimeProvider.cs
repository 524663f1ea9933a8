namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>A clock the test moves by hand, for key refresh intervals (token lifetimes use the real clock).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
