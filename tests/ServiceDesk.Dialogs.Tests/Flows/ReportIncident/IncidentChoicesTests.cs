using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.ReportIncident;

public sealed class IncidentChoicesTests
{
    public static TheoryData<string, Impact> ImpactLabels => new()
    {
        { Texts.English.Get(TextKeys.IncidentImpactMe), Impact.Low },
        { Texts.English.Get(TextKeys.IncidentImpactTeam), Impact.Medium },
        { Texts.English.Get(TextKeys.IncidentImpactMany), Impact.High },
        { Texts.French.Get(TextKeys.IncidentImpactMe), Impact.Low },
        { Texts.French.Get(TextKeys.IncidentImpactTeam), Impact.Medium },
        { Texts.French.Get(TextKeys.IncidentImpactMany), Impact.High },
        { "2", Impact.Medium },
        // What a click on an option sends: its card value.
        { "me", Impact.Low },
        { "team", Impact.Medium },
        { "many", Impact.High },
    };

    public static TheoryData<string, Urgency> UrgencyLabels => new()
    {
        { Texts.English.Get(TextKeys.IncidentUrgencyWait), Urgency.Low },
        { Texts.English.Get(TextKeys.IncidentUrgencyPart), Urgency.Medium },
        { Texts.English.Get(TextKeys.IncidentUrgencyAll), Urgency.High },
        { Texts.French.Get(TextKeys.IncidentUrgencyWait), Urgency.Low },
        { Texts.French.Get(TextKeys.IncidentUrgencyPart), Urgency.Medium },
        { Texts.French.Get(TextKeys.IncidentUrgencyAll), Urgency.High },
        { "3", Urgency.High },
    };

    [Theory]
    [MemberData(nameof(ImpactLabels))]
    public void ImpactOf_TheLabelAsShownOnTheCard_IsUnderstood(string typed, Impact expected) =>
        Assert.Equal(expected, IncidentChoices.ImpactOf(typed));

    [Theory]
    [MemberData(nameof(UrgencyLabels))]
    public void UrgencyOf_TheLabelAsShownOnTheCard_IsUnderstood(string typed, Urgency expected) =>
        Assert.Equal(expected, IncidentChoices.UrgencyOf(typed));

    [Theory]
    [InlineData("4")]
    [InlineData("")]
    [InlineData("🙂")]
    public void Unknown_IsNull(string typed)
    {
        Assert.Null(IncidentChoices.ImpactOf(typed));
        Assert.Null(IncidentChoices.UrgencyOf(typed));
    }

    [Theory]
    [InlineData("juts me", Impact.Low)]
    [InlineData("it's only me i guess", Impact.Low)]
    [InlineData("my whole team is affected", Impact.High)]
    [InlineData("not just me", Impact.Medium)]
    [InlineData("toute l'équipe", Impact.High)]
    [InlineData("tout le service achats", Impact.High)]
    [InlineData("some colleagues", Impact.Medium)]
    [InlineData("quelques collègues du bureau", Impact.Medium)]
    [InlineData("the whole building", Impact.High)]
    [InlineData("tout le monde ici", Impact.High)]
    public void ImpactOf_AParaphrase_IsUnderstood(string typed, Impact expected) =>
        Assert.Equal(expected, IncidentChoices.ImpactOf(typed));

    [Theory]
    [InlineData("je peux plus rien faire", Urgency.High)]
    [InlineData("totally stuck", Urgency.High)]
    [InlineData("there is a workaround", Urgency.Medium)]
    [InlineData("no rush", Urgency.Low)]
    [InlineData("rien ne presse", Urgency.Low)]
    public void UrgencyOf_AParaphrase_IsUnderstood(string typed, Urgency expected) =>
        Assert.Equal(expected, IncidentChoices.UrgencyOf(typed));

    [Fact]
    public void UrgencyOf_AWeakLead_IsTakenOnlyWhenLenient()
    {
        const string typed = "my work is kind of affected";

        Assert.Null(IncidentChoices.UrgencyOf(typed));
        Assert.NotNull(IncidentChoices.UrgencyOf(typed, lenient: true));
    }

    [Theory]
    [InlineData("yes please", true)]
    [InlineData("vas-y", true)]
    [InlineData("create it", true)]
    [InlineData("edit urgency", false)]
    [InlineData("no", false)]
    public void IsCreate_ConfirmationWords(string typed, bool expected) =>
        Assert.Equal(expected, IncidentChoices.IsCreate(typed));
}
