using ServiceDesk.Dialogs.Flows.Knowledge;

namespace ServiceDesk.Dialogs.Tests.Flows.Knowledge;

public sealed class KnowledgeFeedbackTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("thanks")]
    [InlineData("thank you, that worked")]
    [InlineData("perfect thx")]
    [InlineData("merci")]
    [InlineData("Merci beaucoup !")]
    [InlineData("ça marche")]
    [InlineData("ca marche, merci")]
    [InlineData("oui c'est bon")]
    [InlineData("c'est réglé")]
    public void Read_HelpfulWords_AreHelpful(string text) => Assert.Equal(Feedback.Helpful, KnowledgeFeedback.Read(text));

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("nope")]
    [InlineData("not really")]
    [InlineData("it didn't help")]
    [InlineData("that did not work")]
    [InlineData("non")]
    [InlineData("pas vraiment")]
    [InlineData("ça marche pas")]
    [InlineData("ça ne marche toujours pas")]
    [InlineData("non, ça n'a pas aidé")]
    [InlineData("toujours pas")]
    public void Read_NegativeWords_AreNotHelpful(string text) => Assert.Equal(Feedback.NotHelpful, KnowledgeFeedback.Read(text));

    [Theory]
    [InlineData("")]
    [InlineData("how do I reset my password?")]
    [InlineData("no internet at all on the 3rd floor")]
    [InlineData("yes I also need access to the finance share please")]
    [InlineData("mon imprimante ne marche plus depuis ce matin")]
    public void Read_OtherMessages_AreNotFeedback(string text) => Assert.Equal(Feedback.None, KnowledgeFeedback.Read(text));
}
