using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// The conversation's order after "that didn't help": the article the person had stays as it was, the apology and
/// the incident form's next step (what the question did not already say) follow it as new messages, apology first.
/// </summary>
public sealed class NotHelpfulOrderTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    [Theory]
    [InlineData("en-US", "type: how do I connect to the vpn?", "Sorry that didn't help", "Report an incident")]
    [InlineData("fr-FR", "type: où trouver la procédure pour le mot de passe oublié ?", "Désolé que cela ne vous ait pas aidé", "Signaler un incident")]
    public async Task NotHelpful_LeavesTheArticle_AndPostsTheApologyThenTheFormBelowIt(string locale, string question, string apology, string step)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync((question, "|"));

        var result = await script.DoAsync("press: kb.notHelpful");

        // No card in the invoke's answer: the clicked card (the article) is not replaced.
        Assert.Null(result.Invoke!.Card);
        Assert.StartsWith(apology, result.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(step, ConversationScript.CardText(result.Replies[^1].Card!), StringComparison.Ordinal);
        Assert.Single(result.Replies, r => r.Card is not null);
    }
}
