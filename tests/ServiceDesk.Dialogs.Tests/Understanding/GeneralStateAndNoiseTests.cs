using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// The mechanisms of 2026-12-07 late evening, on sentences written for these tests (none of a labelled set): the state of
/// the service asked for everyone is an outage, keys hit without writing are nothing to understand, and asking what to
/// try before a ticket is a question.
/// </summary>
public sealed class GeneralStateAndNoiseTests
{
    [Theory]
    [InlineData("any disruptions reported on the print servers right now?")]
    [InlineData("any widespread problems with the intranet this afternoon?")]
    [InlineData("y a des pannes en ce moment sur le serveur de fichiers ?")]
    [InlineData("un dysfonctionnement général sur l'intranet ?")]
    [InlineData("is there something going on with the phone lines, an incident maybe?")]
    [InlineData("the wifi is dead on the whole floor or is it just me")]
    [InlineData("le réseau est HS partout ou c'est juste moi")]
    [InlineData("les scanners sont en rade partout ou quoi")]
    public void TheServiceStateAskedForEveryone_IsAnOutage(string text) =>
        Assert.Equal(Intent.Outage, KeywordIntentRecognizer.Recognize(text, null).Intent);

    [Theory]
    [InlineData("any disruptions reported on the print servers right now?", true)]
    [InlineData("y a un souci global sur les imprimantes ?", true)]
    [InlineData("is there a general problem with my mailbox?", true)]
    [InlineData("my teams is slow today, is there an issue?", false)]
    [InlineData("j'ai des soucis avec mon écran depuis ce matin ?", false)]
    [InlineData("the intranet has an issue for everyone", false)]
    [InlineData("my laptop is slow today?", false)]
    [InlineData("mon écran est en rade, je fais quoi", false)]
    [InlineData("how do i reset my password?", false)]
    public void ServiceState_IsAskedForEveryone_OnlyWithoutOwnThingOrWithAScope(string text, bool expected)
    {
        var words = TextFolding.Words(text);
        Assert.Equal(expected, ServiceState.IsAskedOf(words, IntentShape.IsQuestion(text, words)));
    }

    [Theory]
    [InlineData("my excel is really slow since this morning")]
    [InlineData("mon imprimante fait des pages blanches aujourd'hui")]
    public void AProblemOfOnesOwn_StaysAnIncident(string text) =>
        Assert.Equal(Intent.ReportIncident, KeywordIntentRecognizer.Recognize(text, null).Intent);

    [Theory]
    [InlineData("ghjkl")]
    [InlineData("kkkkkkk")]
    [InlineData("fdsfds")]
    [InlineData("wxcvbn")]
    [InlineData("mlkjmlkj")]
    [InlineData("hjkhjk ffff")]
    [InlineData("???")]
    [InlineData("?")]
    public void KeysHitWithoutWriting_AreNothingToUnderstand(string text) =>
        Assert.Equal(Intent.None, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Theory]
    [InlineData("ghjkl vpn")]
    [InlineData("sftp")]
    [InlineData("rhythm")]
    [InlineData("imprimente")]
    [InlineData("xyzzy plugh")]
    [InlineData("outlook")]
    public void AWordOrATypoOfOne_IsNotNoise(string text) =>
        Assert.NotEqual(Intent.None, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Theory]
    [InlineData("fdsfds", true)]
    [InlineData("zzzz", true)]
    [InlineData("sdfghj", true)]
    [InlineData("router", false)]
    [InlineData("power", false)]
    [InlineData("https1", false)]
    [InlineData("écran", false)]
    [InlineData("vpn", false)]
    public void KeyMashing_IsReadFromTheTokensShape(string word, bool expected) =>
        Assert.Equal(expected, KeyMashing.IsMashed(word));

    [Theory]
    [InlineData("is there anything I should check before raising a ticket?")]
    [InlineData("des choses à tester d'abord avant de vous appeler ?")]
    [InlineData("what could I try myself first?")]
    public void WhatToTryBeforeATicket_IsAQuestion(string text)
    {
        Assert.True(AskingClause.AsksWhatToTryFirst(text), text);
        Assert.Equal(Intent.Question, KeywordIntentRecognizer.Recognize(text, null).Intent);
    }

    [Theory]
    [InlineData("I tried restarting first, still broken?")]
    [InlineData("can you do it before friday?")]
    [InlineData("anything I can try first")]
    public void TryingWithoutAskingWhatToTry_IsNotRead(string text) =>
        Assert.False(AskingClause.AsksWhatToTryFirst(text), text);

    [Theory]
    [InlineData("are personal dropbox accounts permitted on work laptops?")]
    [InlineData("les clés usb perso sont interdites ou pas ?")]
    [InlineData("is it authorised to forward mails to gmail?")]
    public void WhetherSomethingIsAllowed_Asked_IsAQuestion(string text) =>
        Assert.Equal(Intent.Question, KeywordIntentRecognizer.Recognize(text, null).Intent);

    [Theory]
    [InlineData("hlep", Intent.Help)]
    [InlineData("mneu", Intent.Help)]
    [InlineData("hlelo", Intent.Greeting)]
    public void AShortWordMistypedAlone_IsItsCommandOrGreeting(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, "en-US").Intent);

    [Theory]
    [InlineData("peux-tu me montrer le menu principal du bot stp", Intent.Help)]
    [InlineData("the bot menu please, I'm lost", Intent.Help)]
    [InlineData("la compta n'arrive plus à saisir les commandes dans SAP, ça plante", Intent.ReportIncident)]
    public void TheBotsOwnWords_StayHelp_UnlessAFaultIsClearlyStated(string text, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, null).Intent);

    [Theory]
    [InlineData("can you show me all the stuff I raised this week")]
    [InlineData("je veux voir ce que j'ai ouvert ce mois")]
    public void AListAskedOverAPeriod_IsMyTickets(string text) =>
        Assert.Equal(Intent.MyTickets, KeywordIntentRecognizer.Recognize(text, null).Intent);
}
