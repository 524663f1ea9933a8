using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>A broken thing with a wish for another one is a hardware request; a broken thing alone stays an incident.</summary>
public sealed class ReplacementPhrasingTests
{
    [Theory]
    [InlineData("the mouse stopped working, could I get a new one please", "en-US")]
    [InlineData("my headset is dead, I need a replacement", "en-US")]
    [InlineData("le clavier est cassé, il m'en faut un autre", "fr-FR")]
    [InlineData("ma webcam est morte, je peux en avoir une nouvelle ?", "fr-FR")]
    public void Recognize_ABrokenThingAndAWishForAnother_IsAHardwareRequest(string text, string locale) =>
        Assert.Equal(Intent.RequestHardware, KeywordIntentRecognizer.Recognize(text, locale).Intent);

    [Theory]
    [InlineData("my headset is dead since this morning", "en-US")]
    [InlineData("la souris est cassée depuis hier", "fr-FR")]
    public void Recognize_ABrokenThingAlone_StaysAnIncident(string text, string locale) =>
        Assert.Equal(Intent.ReportIncident, KeywordIntentRecognizer.Recognize(text, locale).Intent);
}
