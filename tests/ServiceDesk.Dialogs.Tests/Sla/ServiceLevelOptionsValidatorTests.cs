using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Tests.Sla;

public sealed class ServiceLevelOptionsValidatorTests
{
    private readonly ServiceLevelOptionsValidator _validator = new();

    [Fact]
    public void Validate_TheDefaults_Succeed() => Assert.True(_validator.Validate(null, new ServiceLevelOptions()).Succeeded);

    [Fact]
    public void Validate_TheShippedParisSettings_Succeed() => Assert.True(_validator.Validate(null, SlaClocks.ParisOptions()).Succeeded);

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Validate_BadSetting_FailsNamingTheSetting(string name, string expected)
    {
        var options = SlaClocks.ParisOptions();
        Changes[name](options);

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BadSettings() => new()
    {
        { "zone", "ServiceLevels:BusinessHours:TimeZone 'Europe/Atlantis' is not a known time zone" },
        { "end", "ServiceLevels:BusinessHours:End (08:00) must be after ServiceLevels:BusinessHours:Start (08:00)" },
        { "days", "ServiceLevels:BusinessHours:Days needs at least one working day" },
        { "roundTheClock", "ServiceLevels:RoundTheClock entry 'P9' is not a priority" },
        { "atRisk", "ServiceLevels:AtRiskPercent must be between 1 and 99" },
        { "autoClose", "ServiceLevels:AutoCloseDays must be between 1 and 365" },
        { "interval", "ServiceLevels:CheckIntervalSeconds must be between 1 and 3600" },
        { "onCall", "ServiceLevels:OnCall entries need an Id" },
        { "target", "ServiceLevels:P2:ResolutionMinutes must be between ResponseMinutes and 525600" },
    };

    private static readonly Dictionary<string, Action<ServiceLevelOptions>> Changes = new()
    {
        ["zone"] = o => o.BusinessHours.TimeZone = "Europe/Atlantis",
        ["end"] = o => o.BusinessHours.End = "08:00",
        ["days"] = o => o.BusinessHours.Days = [],
        ["roundTheClock"] = o => o.RoundTheClock = ["P9"],
        ["atRisk"] = o => o.AtRiskPercent = 100,
        ["autoClose"] = o => o.AutoCloseDays = 0,
        ["interval"] = o => o.CheckIntervalSeconds = 0,
        ["onCall"] = o => o.OnCall = [new OnCallAgent { Name = "Nobody" }],
        ["target"] = o => o.P2 = new ServiceLevelTarget { ResponseMinutes = 60, ResolutionMinutes = 30 },
    };
}
