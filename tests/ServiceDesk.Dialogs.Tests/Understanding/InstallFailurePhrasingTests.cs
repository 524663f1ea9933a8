using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>An installation that fails is a fault to report; a program wished for is a software request.</summary>
public sealed class InstallFailurePhrasingTests
{
    [Theory]
    [InlineData("I cannot install the printer driver, it stops halfway", "en-US")]
    [InlineData("the office update failed to install twice this morning", "en-US")]
    [InlineData("je n'arrive pas à installer le pilote de la webcam", "fr-FR")]
    [InlineData("impossible d'installer quoi que ce soit depuis le centre logiciel", "fr-FR")]
    public void Recognize_AnInstallationThatFails_IsNotASoftwareRequest(string text, string locale) =>
        Assert.NotEqual(Intent.RequestSoftware, KeywordIntentRecognizer.Recognize(text, locale).Intent);

    [Theory]
    [InlineData("please install winrar on my laptop", "en-US")]
    [InlineData("pouvez-vous m'installer filezilla", "fr-FR")]
    public void Recognize_AProgramWishedFor_IsStillASoftwareRequest(string text, string locale) =>
        Assert.Equal(Intent.RequestSoftware, KeywordIntentRecognizer.Recognize(text, locale).Intent);
}
