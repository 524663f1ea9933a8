using ServiceDesk.Dialogs.Tickets.Waits;

namespace ServiceDesk.Dialogs.Tests.Waits;

public sealed class WaitOptionsValidatorTests
{
    private static IReadOnlyList<string> Errors(Action<WaitOptions> change)
    {
        var options = new WaitOptions();
        change(options);
        return new WaitOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];
    }

    [Fact]
    public void TheDefaults_AreValid() => Assert.Empty(Errors(_ => { }));

    [Theory]
    [InlineData(8, 8, "Waits:Approvals:ExpireAfterHours")]
    [InlineData(-1, 24, "Waits:Approvals:RemindAfterHours")]
    public void AnExpiryNotAfterTheReminder_IsRefused_NamingTheSetting(int remind, int expire, string named)
    {
        var errors = Errors(o => (o.Approvals.RemindAfterHours, o.Approvals.ExpireAfterHours) = (remind, expire));

        Assert.StartsWith(named, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(3, 3)]
    public void AnAutoResolutionNotAnnouncedByAnEarlierReminder_IsRefused(int remind, int resolve)
    {
        var errors = Errors(o => (o.Holds.RemindAfterDays, o.Holds.AutoResolveAfterDays) = (remind, resolve));

        Assert.StartsWith("Waits:Holds:AutoResolveAfterDays", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void AFallbackApproverWithoutAnId_IsRefused() =>
        Assert.Equal(["Waits:Approvals:Fallback:0 needs an Id (29:… or an Entra object id) and a Name."],
            Errors(o => o.Approvals.Fallback = [new Catalogue.OnCallAgent { Name = "Frank" }]));
}
