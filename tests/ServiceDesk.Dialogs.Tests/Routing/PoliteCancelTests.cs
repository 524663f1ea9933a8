using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A cancel asked of the bot in an ask frame ("would you mind cancelling this", "merci de bien vouloir annuler") drops
/// the form; cancelling something else ("can you cancel my 3pm meeting") is never the form's cancel.
/// </summary>
public sealed class PoliteCancelTests
{
    [Theory]
    [InlineData("merci d'annuler ma demande svp")]
    [InlineData("merci de bien vouloir annuler")]
    [InlineData("veuillez annuler le formulaire")]
    [InlineData("pourriez-vous annuler ça")]
    [InlineData("est-ce que vous pouvez annuler la demande")]
    [InlineData("je souhaiterais annuler")]
    [InlineData("could u cancel this pls")]
    [InlineData("would you mind cancelling this request")]
    [InlineData("please can you just cancel it")]
    [InlineData("I'd like you to drop this form")]
    [InlineData("kill the request")]
    public void Recognise_ACancelAskedPolitely_IsCancel(string text) =>
        Assert.Equal(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("pouvez-vous annuler ma réunion de demain")]
    [InlineData("annuler mon rendez-vous Teams")]
    [InlineData("merci d'annuler l'invitation outlook")]
    [InlineData("how can I cancel a meeting I organised in Outlook")]
    [InlineData("could you cancel my 3pm meeting")]
    [InlineData("would you mind cancelling the print job")]
    public void Recognise_CancellingSomethingElse_IsNoCancel(string text) =>
        Assert.NotEqual(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("kill it")]
    [InlineData("ok kill this request")]
    public void CancelSignal_KillingTheRequest_IsACancelSignal(string text) =>
        Assert.True(CancelSignal.In(text));

    [Theory]
    [InlineData("en-US", "could u cancel this pls", "Cancelled: nothing was saved.")]
    [InlineData("fr-FR", "merci d'annuler ma demande svp", "C'est annulé")]
    public async Task APoliteCancel_InAForm_EndsIt(string locale, string text, string expected)
    {
        var harness = new RouterHarness().WithIncidentFlow();
        var script = new ConversationScript(harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: " + text, expected));

        Assert.Null(harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    [Theory]
    [InlineData("en-US", "how can I cancel a meeting I organised in Outlook", "Cancelled")]
    [InlineData("fr-FR", "pouvez-vous annuler ma réunion de demain", "C'est annulé")]
    public async Task CancellingSomethingElse_InAForm_KeepsTheForm(string locale, string text, string cancelled)
    {
        var harness = new RouterHarness().WithIncidentFlow();
        var script = new ConversationScript(harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: " + text, ""));

        Assert.DoesNotContain(cancelled, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.NotNull(harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }
}
