using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// Words that take back the request in progress, by kind and in both languages; a comparison that describes the fault
/// ("instead of", "rather than", "plutôt que") is no change of mind, and the cancel-like words count only where the
/// message was not already read as a cancel.
/// </summary>
public sealed class ChangeOfMindTests
{
    [Theory]
    [InlineData("actually I'd rather just order a new keyboard")]
    [InlineData("Acutally can I get a new headset")]
    [InlineData("on second thought I need access to the finance share")]
    [InlineData("can you install zoom instead")]
    [InlineData("en fait je veux juste commander un casque")]
    [InlineData("finalement plutôt un accès au CRM")]
    [InlineData("j'ai changé d'avis, il me faut un nouvel écran")]
    [InlineData("à la place je voudrais un deuxième écran")]
    [InlineData("scratch that, I need a new mouse")]
    [InlineData("laisse tomber, il me faut visio")]
    public void TakesTheRequestBack(string text) => Assert.True(ChangeOfMind.Says(text));

    [Theory]
    [InlineData("it prints blank pages instead of the document")]
    [InlineData("the screen goes black rather than sleeping")]
    [InlineData("l'imprimante sort des pages blanches plutôt que le document")]
    [InlineData("à la place de l'icône il y a une croix rouge")]
    [InlineData("Outlook crashes when I open an attachment")]
    [InlineData("c'est fait")]
    public void ADescriptionIsNoChangeOfMind(string text) => Assert.False(ChangeOfMind.Says(text));

    [Theory]
    [InlineData("scratch that, I need a new mouse", false)]
    [InlineData("laisse tomber, il me faut visio", false)]
    [InlineData("scratch that, can I order a headset instead", true)]
    [InlineData("laisse tomber, en fait il me faut visio", true)]
    public void AfterACancel_OnlyWordsBeyondTheCancelCount(string text, bool says) =>
        Assert.Equal(says, ChangeOfMind.Says(text, dropping: false));

    [Theory]
    [InlineData("actually I'd rather just order a new keyboard", Intent.RequestHardware, 0.45, "incident", true)]
    [InlineData("actually I'd rather just order a new keyboard", Intent.RequestHardware, 0.3, "incident", false)]
    [InlineData("actually I'd rather just order a new keyboard", Intent.RequestHardware, 0.9, "hardware", false)]
    [InlineData("I need a new keyboard, mine types the wrong letters", Intent.RequestHardware, 0.9, "incident", false)]
    [InlineData("en fait c'est mon pc qui plante", Intent.ReportIncident, 0.9, "hardware", true)]
    [InlineData("en fait c'est mon pc qui plante", Intent.Question, 0.9, "hardware", false)]
    public void InsideAForm_AChangeOfMind_IsAnotherKindOfRequestWithSuchWords(string text, Intent intent, double confidence, string dialog, bool changed) =>
        Assert.Equal(changed, TopicSwitch.ChangedMind(text, new Recognition(intent, confidence), dialog));
}
