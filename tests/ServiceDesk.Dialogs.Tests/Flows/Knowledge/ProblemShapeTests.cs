using ServiceDesk.Dialogs.Flows.Knowledge;

namespace ServiceDesk.Dialogs.Tests.Flows.Knowledge;

public sealed class ProblemShapeTests
{
    [Theory]
    [InlineData("I lost my work phone, what should I do")]
    [InlineData("windows says password expires in 5 days, change it how")]
    [InlineData("mail bizarre qui me demande mes identifiants, c'est une arnaque ?")]
    [InlineData("je suis bloqué hors de mon compte, je fais quoi")]
    [InlineData("mon écran reste noir, que faire")]
    [InlineData("comment je récupère mes fichiers sur le nouveau pc")]
    public void Asks_AProblemAskedAbout_IsTrue(string text) => Assert.True(ProblemShape.Asks(text));

    [Theory]
    [InlineData("my vpn keeps disconnecting")]
    [InlineData("my laptop screen keeps flickering since this morning")]
    [InlineData("le wifi coupe tout le temps")]
    [InlineData("je suis complètement bloqué, outlook ne s'ouvre plus")]
    [InlineData("")]
    public void Asks_AProblemOnlyStated_IsFalse(string text) => Assert.False(ProblemShape.Asks(text));
}
