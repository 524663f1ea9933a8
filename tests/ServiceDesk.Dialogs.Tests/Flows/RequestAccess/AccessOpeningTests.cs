using ServiceDesk.Dialogs.Tests.Conversation;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>Asking to see, open or use a resource the catalogue names is a request for it; how to use one stays a question.</summary>
public sealed class AccessOpeningTests
{
    private readonly AccessHarness _h = new(ShippedAccessCatalogue.Options());

    [Theory]
    [InlineData("en-US", "can I open the HR portal?", "text: I understood: HR SharePoint site (Site).")]
    [InlineData("fr-FR", "je peux consulter le portail RH ?", "text: J'ai compris : Site SharePoint RH (Site).")]
    public async Task AskingToSeeANamedResource_IsARequestForIt(string locale, string text, string expected)
    {
        var replies = RouterHarness.Describe(await _h.TypeAsync(locale, text));

        Assert.Equal(expected, replies[0]);
    }

    [Theory]
    [InlineData("en-US", "can i see my payslip somewhere")]
    [InlineData("fr-FR", "je peux voir mes congés où ?")]
    public async Task AskingToSeeSomethingNoResourceNames_IsNotARequest(string locale, string text)
    {
        var replies = RouterHarness.Describe(await _h.TypeAsync(locale, text));

        Assert.DoesNotContain(replies, r => r.Contains("understood", StringComparison.Ordinal) || r.Contains("compris", StringComparison.Ordinal));
    }
}
