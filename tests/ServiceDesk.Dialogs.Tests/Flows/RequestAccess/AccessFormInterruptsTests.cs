using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>Interrupts inside the access form win over its steps: the summary's "c'est bon" and the free-text justification.</summary>
public sealed class AccessFormInterruptsTests
{
    private readonly AccessHarness _h = new();

    [Theory]
    [InlineData("fr-FR", "oublie, c bon")]
    [InlineData("fr-FR", "c'est bon laisse tomber")]
    [InlineData("en-US", "never mind it's fine")]
    [InlineData("en-US", "ok forget it")]
    public async Task Summary_CancelBesideItsFine_CancelsAndCreatesNothing(string locale, string text)
    {
        await ToSummaryAsync(locale);

        var said = string.Join(" || ", RouterHarness.Describe(await _h.TypeAsync(locale, text)));

        Assert.Empty(_h.Tickets.All);
        Assert.DoesNotContain(locale == "fr-FR" ? "Vérifiez votre demande" : "Check your request", said);
        Assert.Null(await _h.DialogState.GetAsync("a:jean", "29:jean", default));
    }

    [Theory]
    [InlineData("fr-FR", "c'est bon")]
    [InlineData("en-US", "ok")]
    public async Task Summary_BareItsFine_StillSends(string locale, string text)
    {
        await ToSummaryAsync(locale);

        await _h.TypeAsync(locale, text);

        Assert.Single(_h.Tickets.All);
    }

    [Theory]
    [InlineData("fr-FR", "nan cbon jlai plus besoin")]
    [InlineData("en-US", "it's no longer needed thanks")]
    public async Task Justification_NoLongerNeeded_CancelsBeforeTheFreeTextTakesIt(string locale, string text)
    {
        await _h.StartAsync(locale);
        await _h.TypeAsync(locale, "CRM");
        await _h.TypeAsync(locale, locale == "fr-FR" ? "lecture" : "read");

        var said = string.Join(" || ", RouterHarness.Describe(await _h.TypeAsync(locale, text)));

        Assert.DoesNotContain(locale == "fr-FR" ? "temporaire" : "temporary", said);
        Assert.Null(await _h.DialogState.GetAsync("a:jean", "29:jean", default));
        Assert.Empty(_h.Tickets.All);
    }

    private async Task ToSummaryAsync(string locale)
    {
        await _h.StartAsync(locale);
        await _h.TypeAsync(locale, "CRM");
        await _h.TypeAsync(locale, locale == "fr-FR" ? "lecture" : "read");
        await _h.TypeAsync(locale, locale == "fr-FR" ? "Je reprends le suivi des comptes clients de l'équipe." : "I take over the customer accounts of the team next week.");
        var summary = RouterHarness.Describe(await _h.TypeAsync(locale, locale == "fr-FR" ? "aucune" : "none"));
        Assert.Contains(locale == "fr-FR" ? "card: Vérifiez votre demande" : "card: Check your request", summary);
    }
}
