using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A question about the rule (who approves, whether it is needed or allowed, whether one may do it oneself) or about
/// the way to get something, told from the wish itself by kinds of words in both languages, accents and a typo allowed.
/// </summary>
public sealed class RuleShapeTests
{
    [Theory]
    [InlineData("who has to sign off on a paid subscription for my team?")]
    [InlineData("whose approval do I need for a design tool")]
    [InlineData("which manager validates a software purchase, who do I contact")]
    [InlineData("is my manager's approval required for an extra mailbox?")]
    [InlineData("do we need permission before we install a browser extension")]
    [InlineData("am I allowed to add a plugin to excel?")]
    [InlineData("could I set up the pdf editor myself or is that your job?")]
    [InlineData("can we put the screen recorder on our laptops on our own?")]
    [InlineData("who aproves software licences")]
    [InlineData("\"Access denied\" when I open the team site, who should I ask")]
    [InlineData("pour un abonnement payant, c'est qui qui valide ?")]
    [InlineData("il faut l'accord de qui pour avoir un logiciel de montage")]
    [InlineData("faut-il une autorisation de mon responsable pour un accès au dossier paie ?")]
    [InlineData("est-ce que j'ai besoin d'une validation pour un deuxième écran")]
    [InlineData("on a le droit d'installer une extension chrome ?")]
    [InlineData("je peux mettre un lecteur pdf moi-même sur mon portable ?")]
    [InlineData("est-ce que je peux installer l'appli toute seule ou il faut passer par vous")]
    [InlineData("a qui je dois demander pour un acces au partage rh ?")]
    [InlineData("c'est obligatoire de passer par le support pour un logiciel gratuit ?")]
    [InlineData("does a contractor need a separate licence for the design suite?")]
    [InlineData("what do temps have to fill in before they get their accounts")]
    [InlineData("le prestataire doit-il passer par son manager pour un accès au crm ?")]
    public void AskedAboutTheRule(string text) => Assert.True(RuleShape.AsksTheRule(text), text);

    [Theory]
    [InlineData("I need Visio for the network plans")]
    [InlineData("can I get access to the finance share")]
    [InlineData("can i look at the hr portal? it says i'm not allowed")]
    [InlineData("please give me access to the marketing sharepoint, my manager approved it")]
    [InlineData("il me faut une licence visio pour mon nouveau poste")]
    [InlineData("est-ce que je peux avoir un accès au dossier compta ?")]
    [InlineData("j'aurais besoin de Photoshop pour les visuels")]
    [InlineData("une stagiaire arrive le 5, il faut lui créer ses accès")]
    [InlineData("l'appli qui plante tout le temps, vous pouvez m'aider ?")]
    [InlineData("my manager said ok, install power bi please")]
    [InlineData("the colleague who approved my last request has left, I need the CRM")]
    [InlineData("what do I do to open the crm, I need it for the audit")]
    public void TheWishItself_IsNoQuestionAboutTheRule(string text) => Assert.False(RuleShape.AsksTheRule(text), text);

    [Theory]
    [InlineData("pour imprimer en salle 4 il faut un badge ?")]
    [InlineData("en déplacement faut le vpn pour lire mes mails ?")]
    [InlineData("il faut une licence pour ouvrir les fichiers visio ?")]
    [InlineData("pour le portail fournisseurs il faut forcement un compte a part ?")]
    public void WhetherItIsNeeded_AskedImpersonally(string text)
    {
        Assert.True(RuleShape.AsksWhetherNeeded(text), text);
        Assert.True(RuleShape.AsksTheRule(text), text);
    }

    [Theory]
    [InlineData("il me faut un deuxième écran ?")]
    [InlineData("il nous faut la licence visio pour lundi")]
    [InlineData("il faut un badge pour imprimer en salle 4")]
    [InlineData("il faut que je change mon mot de passe ?")]
    public void AWishOrAStatement_IsNoNeedAsked(string text) => Assert.False(RuleShape.AsksWhetherNeeded(text), text);

    [Theory]
    [InlineData("how do I get a subscription for a paid design app?")]
    [InlineData("how would we go about getting a tool that costs money")]
    [InlineData("what's the way, how can i obtain a licence")]
    [InlineData("comment on obtient un accès au site de l'équipe ?")]
    [InlineData("comment avoir un logiciel qui n'est pas dans le portail")]
    [InlineData("comment je fais pour obtenir une licence payante")]
    public void AskedHowToGetSomething(string text) => Assert.True(RuleShape.AsksHowToGet(text), text);

    [Theory]
    [InlineData("how do I get rid of the old printer on my list")]
    [InlineData("how do I get to the new office by train")]
    [InlineData("I need a licence for a paid app")]
    [InlineData("add a comment: how is it going")]
    [InlineData("je voudrais une licence pour un logiciel payant")]
    public void NotAskedHowToGet(string text) => Assert.False(RuleShape.AsksHowToGet(text), text);
}
