using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Flows;

/// <summary>
/// The conversation's order after "that didn't help" through the Playground: the article stays as it was, the apology
/// and the incident's first step come below it as new messages, apology first. Its own bot and chat: the rejected
/// article is never offered again in that conversation, which would change the other knowledge tests.
/// </summary>
public sealed class KnowledgeNotHelpfulTests(BotAndPlayground processes) : IClassFixture<BotAndPlayground>
{
    [Fact]
    public async Task That_did_not_help_keeps_the_article_and_posts_the_apology_then_the_incident_form_below_it()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");

        await alex.SayAsync("how do I connect to the vpn");
        var answer = await alex.NextCardAsync("Did this help?");
        var clicked = await alex.ExecuteAsync(answer, "kb.notHelpful");

        // The invoke's answer is no card: the article is not replaced.
        Assert.Equal(InvokeResult.MessageType, clicked.Type);
        var sorry = await alex.NextAsync(m => m.Text?.Contains("Sorry that didn't help", StringComparison.Ordinal) == true, "the apology");
        // The form's first open step: what the question already said (the category, the service) is filled in.
        var step = await alex.NextAsync(m => CardView.From(m)?.Shows("Report an incident") == true, "the incident's first step");
        var messages = stream.Messages.ToList();
        Assert.True(messages.IndexOf(sorry) < messages.IndexOf(step), "The incident's first step came before the apology.");
        Assert.Equal("createMessage", step.Action);
        Assert.DoesNotContain(messages, m => m.Action == "updateMessage" && (string?)m.Message["messageId"] == answer.MessageId);
    }
}
