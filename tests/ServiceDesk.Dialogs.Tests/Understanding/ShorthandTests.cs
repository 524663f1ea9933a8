using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>Texting spellings are read as the words they stand for, so every cue meets them.</summary>
public sealed class ShorthandTests
{
    [Theory]
    [InlineData("any upd8 on my tkt", "any update on my ticket")]
    [InlineData("r u on it", "are you on it")]
    [InlineData("jsuis tjrs bloqué", "je suis toujours bloque")]
    [InlineData("chk my prob thx", "check my problem thanks")]
    [InlineData("mon ticket d'hier", "mon ticket d hier")]
    public void Fold_TextingSpellings_AreTheirWords(string text, string expected) => Assert.Equal(expected, TextFolding.Fold(text));

    [Theory]
    [InlineData("any upd8 on my printer tkt?")]
    [InlineData("wat abt my vpn tkt")]
    public void Recognize_AFollowUpInTexting_IsAFollowUp(string text) =>
        Assert.Equal(Intent.TicketFollowUp, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);
}

/// <summary>Asking which of one's own things are still open, by the kinds of words, not a listed sentence.</summary>
public sealed class OwnOpenShapeTests
{
    [Theory]
    [InlineData("which requests do i still have outstanding")]
    [InlineData("what stuff have i got open right now")]
    [InlineData("qu'est-ce que j'ai en cours chez vous")]
    public void Recognize_WhatIHaveOpen_IsTheList(string text) =>
        Assert.Equal(Intent.MyTickets, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Theory]
    [InlineData("how do i open a shared mailbox")]
    [InlineData("what do i do when outlook wont open")]
    public void AsksOwnOpen_OpenAsAVerb_IsNot(string text) => Assert.False(IntentShape.AsksOwnOpen(TextFolding.Words(text)));
}
