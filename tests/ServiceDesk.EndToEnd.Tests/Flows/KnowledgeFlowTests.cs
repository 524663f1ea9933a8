using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Flows;

/// <summary>Flow 4 through the Playground: a question gets the article that answers it, and "Did this help? Yes" is thanked.</summary>
public sealed class KnowledgeFlowTests(BotAndPlayground processes) : IClassFixture<BotAndPlayground>
{
    [Fact]
    public async Task An_English_question_gets_the_vpn_article_and_yes_it_helped_is_thanked()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");

        await alex.SayAsync("how do I connect to the vpn");
        var answer = await alex.NextCardAsync("Did this help?");
        Assert.True(answer.Shows("Connect to the VPN when working remotely"), answer.Readable);
        Assert.True(answer.HasAction("kb.helpful") && answer.HasAction("kb.notHelpful"), answer.Readable);

        var thanks = await alex.ExecuteAsync(answer, "kb.helpful");
        Assert.Equal(InvokeResult.MessageType, thanks.Type);
        Assert.Equal("Great, thanks for letting me know! Type help if you need anything else.", thanks.Message);
    }

    [Fact]
    public async Task A_French_question_gets_the_new_phone_MFA_article_in_French_and_yes_it_helped_is_thanked_in_French()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        var camille = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "fr-FR");

        await camille.SayAsync("comment configurer la double authentification sur mon nouveau téléphone");
        var answer = await camille.NextCardAsync("Cela vous a-t-il aidé ?");
        // Setting up MFA on a new phone is answered by either MFA article (first set-up, or moving it to a new phone);
        // which one ranks first is the labelled sets' business: this test is about the language and the feedback.
        Assert.True(answer.Shows("Transférer la MFA et Authenticator sur un nouveau téléphone") || answer.Shows("Configurer l'authentification multifacteur (MFA)"), answer.Readable);
        Assert.True(answer.Shows("Oui") && answer.Shows("Non"), answer.Readable);

        await camille.SubmitAsync(answer, "kb.helpful");
        await camille.NextTextAsync("Parfait, merci de me l'avoir dit ! Tapez aide si vous avez besoin d'autre chose.");
    }
}
