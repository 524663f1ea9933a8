using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>A correction typed at a summary, read the same way for every form (sentences written for these tests).</summary>
public sealed class SummaryEditsTests
{
    private static readonly SummaryField[] Fields =
    [
        new("name", "name", "nom", "prenom"),
        new("justification", "justification", "reason", "raison", "motif"),
        new("endDate", "end date", "date de fin", "date"),
    ];

    [Theory]
    [InlineData("please change the reason to I am covering the month-end close for Paul", "justification", "I am covering the month-end close for Paul", null)]
    [InlineData("modifiez le motif : je remplace Paul pour la clôture", "justification", "je remplace Paul pour la clôture", null)]
    [InlineData("set the end date to 2027-01-15", "endDate", "2027-01-15", null)]
    [InlineData("make it until the end of March", null, "until the end of March", null)]
    [InlineData("mettez plutôt fin janvier", null, "fin janvier", null)]
    [InlineData("oups, son prénom c'est Léa et pas Lea", "name", "Léa", "Lea")]
    [InlineData("the name should be Martin not Martins", "name", "Martin", "Martins")]
    [InlineData("no sorry, it's the Finance site, not HR", null, "Finance site", "HR")]
    [InlineData("pas le site RH mais le site Finance", null, "le site Finance", "le site RH")]
    [InlineData("change the date", "endDate", null, null)]
    [InlineData("la raison c'est pas la bonne", "justification", null, null)]
    public void ReadsTheFieldTheValueAndTheOldValue(string typed, string? field, string? value, string? replaced)
    {
        var edit = SummaryEdits.Read(typed, Fields);

        Assert.NotNull(edit);
        Assert.Equal((field, value, replaced), (edit.Field, edit.Value, edit.Replaced));
    }

    [Theory]
    [InlineData("yes send it")]
    [InlineData("looks good to me")]
    [InlineData("c'est parfait merci")]
    [InlineData("")]
    public void AConfirmationOrPraise_IsNoCorrection(string typed) => Assert.Null(SummaryEdits.Read(typed, Fields));

    [Theory]
    [InlineData("for next friday", "next friday")]
    [InlineData("pour lundi prochain", "lundi prochain")]
    [InlineData("two weeks", "two weeks")]
    public void ADatesLeadingWord_IsDropped(string value, string bare) => Assert.Equal(bare, SummaryEdits.WithoutLead(value));
}
