using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// The mechanisms added on 2026-12-07 afternoon, each shown on sentences written for these tests (none of a labelled
/// set): politeness and severity never change the intent, a how-to asked after a problem is asked, and the word kinds
/// that part a question from a fault, a request from a fault, an outage from a follow-up.
/// </summary>
public sealed class IntentMechanismTests
{
    [Theory]
    [InlineData("please give me edit rights on the legal sharepoint", "fr")]
    [InlineData("how do i connect to the guest wifi", "en")]
    [InlineData("show me all my open tickets", "en")]
    [InlineData("the projector in room 4 shows no signal", "en")]
    [InlineData("j'aimerais un deuxième écran pour mon poste", "fr")]
    [InlineData("comment je partage mon calendrier outlook", "fr")]
    [InlineData("mes demandes en cours", "fr")]
    [InlineData("est-ce qu'il y a une panne sur la messagerie ?", "fr")]
    public void StatedUrgencyOrImpact_NeverChangesTheIntent(string text, string language)
    {
        var plain = KeywordIntentRecognizer.Recognize(text, language).Intent;
        string[] added = language == "fr"
            ? [", c'est urgent", ", pas urgent du tout", ", toute l'équipe est bloquée", " au plus vite svp", ", rien ne presse"]
            : [", it's urgent", ", no rush", ", the whole team is affected", " asap please", ", low priority"];
        foreach (var severity in added)
        {
            Assert.Equal(plain, KeywordIntentRecognizer.Recognize(text + severity, language).Intent);
        }
    }

    [Theory]
    [InlineData("Good morning, I hope you are well. The scanner on the second floor jams on every page. Kind regards, Marcus", Intent.ReportIncident)]
    [InlineData("Bonjour, je me permets de vous écrire car l'imprimante du 2e imprime des pages blanches. Merci d'avance pour votre aide, cordialement, Julie", Intent.ReportIncident)]
    [InlineData("Hi team, could I get a headset for calls? Thanks in advance, Priya", Intent.RequestHardware)]
    public void Politeness_AroundAMessage_NeverMakesItAFollowUp(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Theory]
    [InlineData("my mailbox says it is full, how do i archive old mails")]
    [InlineData("teams keeps asking me to sign in, any way to stop that")]
    [InlineData("l'ordi est super lent, je fais comment pour vider le cache")]
    [InlineData("j'ai perdu un fichier excel, est-ce qu'on peut le restaurer")]
    [InlineData("the vpn client changed after the update, where do i find the settings now")]
    public void AHowTo_AfterAProblem_IsAsked(string text) =>
        Assert.True(IntentShape.AsksSomewhere(text, TextFolding.Words(text)), text);

    [Theory]
    [InlineData("my laptop fan is loud since this morning")]
    [InlineData("please add a comment to my ticket")]
    [InlineData("outlook crashes when i open an attachment")]
    [InlineData("excel plante quand je lance une macro")]
    [InlineData("la souris ou peut-être le clavier ne répond plus")]
    public void AStatement_IsNotAsked(string text) =>
        Assert.False(IntentShape.AsksSomewhere(text, TextFolding.Words(text)), text);

    [Theory]
    [InlineData("the sales team cannot access the crm since this morning", Intent.ReportIncident)]
    [InlineData("je n'arrive plus à accéder au dossier partagé compta", Intent.ReportIncident)]
    [InlineData("il y a un souci connu sur la messagerie ce matin ?", Intent.Outage)]
    [InlineData("any known issue with zoom right now?", Intent.Outage)]
    [InlineData("on attend des commandes clients et personne ne reçoit les mails", Intent.ReportIncident)]
    public void WordKinds_PartAFaultFromARequestAndAnOutageFromAFollowUp(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Fact]
    public void NeutralWords_TakesOutOnlyWhatSaysNothingOfTheIntent()
    {
        Assert.Equal(["my", "printer", "is", "jammed"], NeutralWords.Strip(TextFolding.Words("URGENT my printer is jammed, the whole team is affected")));
        Assert.Equal(["le", "wifi", "coupe"], NeutralWords.Strip(TextFolding.Words("le wifi coupe, c'est pas urgent. Cordialement, Paul")));

        // What says the intent stays: a fault said of everyone, "just me", a message that is only "urgent".
        Assert.Equal(TextFolding.Words("nobody can print"), NeutralWords.Strip(TextFolding.Words("nobody can print")));
        Assert.Equal(TextFolding.Words("is it just me"), NeutralWords.Strip(TextFolding.Words("is it just me")));
        Assert.Equal(TextFolding.Words("urgent !"), NeutralWords.Strip(TextFolding.Words("urgent !")));
    }

    [Fact]
    public void Classifier_ReadsTheQuestionMarkAndANegator()
    {
        var buffer = new int[IntentFeatures.MaxFeatures];
        var words = TextFolding.Words("teams down");
        var stated = buffer[..IntentFeatures.Extract(words, buffer)].ToArray();
        var asked = buffer[..IntentFeatures.Extract(words, buffer, asked: true)].ToArray();
        Assert.Equal(stated.Length + 1, asked.Length);

        // "je peux plus" and "can't" share the negator feature, which "je peux" and "can" do not have.
        var negated = buffer[..IntentFeatures.Extract(TextFolding.Words("je peux plus"), buffer)].ToHashSet();
        var english = buffer[..IntentFeatures.Extract(TextFolding.Words("cant"), buffer)].ToHashSet();
        var plain = buffer[..IntentFeatures.Extract(TextFolding.Words("je peux"), buffer)].ToHashSet();
        Assert.NotEmpty(negated.Intersect(english).Except(plain));
    }
}
