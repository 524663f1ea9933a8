using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// The category and service read from the whole first sentence, in the catalogue's terms: a word of a kind falls in the
/// service that holds it, the longest phrase wins, a part goes with the device it belongs to, a remedy tried or a moment
/// is not the subject, a place is not a product.
/// </summary>
public sealed class TopicSlotsTests
{
    [Theory]
    // Accessories are the catalogue's "screen and accessories"; mail, print and a bare computer fall in their usual service.
    [InlineData("half the keys on my keyboard do nothing", CategoryIds.Workstation, ServiceIds.Screen)]
    [InlineData("la souris ne clique plus du tout", CategoryIds.Workstation, ServiceIds.Screen)]
    [InlineData("my headset crackles all the time", CategoryIds.Workstation, ServiceIds.Screen)]
    [InlineData("mes mails restent bloqués dans la boite d'envoi", CategoryIds.Email, ServiceIds.Outlook)]
    [InlineData("i can't receive any emails from customers", CategoryIds.Email, ServiceIds.Outlook)]
    [InlineData("print jobs stay stuck and nothing comes out", CategoryIds.Printing, ServiceIds.Printer)]
    [InlineData("impossible d'imprimer en couleur", CategoryIds.Printing, ServiceIds.Printer)]
    [InlineData("mon ordinateur s'éteint tout seul", CategoryIds.Workstation, ServiceIds.Laptop)]
    [InlineData("blue screen twice this morning", CategoryIds.Workstation, ServiceIds.Laptop)]
    [InlineData("the sharepoint library gives an error on upload", CategoryIds.Software, ServiceIds.OneDrive)]
    [InlineData("photoshop crashes on export", CategoryIds.Software, ServiceIds.Adobe)]
    [InlineData("forticlient hangs while connecting", CategoryIds.NetworkVpn, ServiceIds.Vpn)]
    public void Recognize_AWordOfAKind_GivesTheServiceThatHoldsIt(string text, string category, string service) =>
        AssertTopic(text, category, service);

    [Theory]
    // The longest phrase is read, not the words inside it.
    [InlineData("mon téléphone portable ne charge plus", CategoryIds.Phone, ServiceIds.Mobile)]
    [InlineData("le pc fixe fait un bruit de ventilateur", CategoryIds.Workstation, ServiceIds.Desktop)]
    // A part with its device: "the battery of my iPhone", "le clavier de mon portable", "my laptop keyboard".
    [InlineData("the battery of my iphone is dead by noon", CategoryIds.Phone, ServiceIds.Mobile)]
    [InlineData("le clavier de mon pc portable a des touches mortes", CategoryIds.Workstation, ServiceIds.Laptop)]
    [InlineData("my laptop keyboard has a sticky key", CategoryIds.Workstation, ServiceIds.Laptop)]
    // A general word for software beside the product is only its kind.
    [InlineData("l'appli authenticator ne m'envoie plus de notification", CategoryIds.AccountPassword, ServiceIds.Mfa)]
    public void Recognize_PhrasesAndParts_NameTheThingMeant(string text, string category, string service) =>
        AssertTopic(text, category, service);

    [Theory]
    // "since yesterday", a remedy tried, a word for the place, "stopped working": what the sentence is about stays first.
    [InlineData("depuis ce matin Excel plante à l'ouverture", CategoryIds.Software, ServiceIds.Office)]
    [InlineData("j'ai déjà redémarré le pc mais Excel plante toujours", CategoryIds.Software, ServiceIds.Office)]
    [InlineData("nobody in the office can send mail this morning", CategoryIds.Email, ServiceIds.Outlook)]
    [InlineData("my mouse stopped working after the windows update", CategoryIds.Workstation, ServiceIds.Screen)]
    [InlineData("mon calendrier outlook n'affiche plus mes rendez-vous", CategoryIds.Email, ServiceIds.Calendar)]
    [InlineData("my account got locked again after changing my password", CategoryIds.AccountPassword, ServiceIds.Account)]
    public void Recognize_SettingsRemediesAndPlaces_DoNotTakeTheSubject(string text, string category, string service) =>
        AssertTopic(text, category, service);

    [Theory]
    // The building's own things: a badge reader, a projector.
    [InlineData("the badge reader at the back entrance stays red")]
    [InlineData("le vidéoprojecteur de la petite salle ne s'allume plus")]
    // A part or a display fixed in a shared room is the room's, said before or after it, with "of", "in" or "de".
    [InlineData("the wall screen in conference room 2 stays black")]
    [InlineData("the meeting room camera shows nothing at all")]
    [InlineData("l'écran de la salle du conseil reste noir")]
    [InlineData("la tablette tactile de la salle visio ne s'allume plus")]
    // A television is a room's display, never an employee's own screen.
    [InlineData("the television in the lobby shows no picture")]
    public void Recognize_BuildingThingsAndTheGearOfASharedRoom_AreTheOtherCategory(string text)
    {
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");
        Assert.Equal(CategoryIds.Other, recognition.CategoryHint);
        Assert.Null(recognition.ServiceHint);
    }

    [Theory]
    // An employee's own device used in a room stays theirs; the room's network is the network.
    [InlineData("my laptop screen goes black in the meeting room", CategoryIds.Workstation, ServiceIds.Laptop)]
    [InlineData("le wifi est très lent dans la salle de conférence", CategoryIds.NetworkVpn, ServiceIds.WiFi)]
    [InlineData("my second screen flickers all afternoon", CategoryIds.Workstation, ServiceIds.Screen)]
    public void Recognize_OwnDevicesAndTheNetworkInARoom_StayWhatTheyAre(string text, string category, string service) =>
        AssertTopic(text, category, service);

    [Theory]
    // What the subject arrives without is a part of it, not what the message is about.
    [InlineData("meeting invites go out without the zoom link", CategoryIds.Email, ServiceIds.Calendar)]
    [InlineData("mes invitations partent sans le lien teams", CategoryIds.Email, ServiceIds.Calendar)]
    [InlineData("teams crashes without any error message", CategoryIds.Software, ServiceIds.Teams)]
    public void Recognize_WhatTheSubjectComesWithout_DoesNotTakeTheSubject(string text, string category, string service) =>
        AssertTopic(text, category, service);

    [Theory]
    // What any computer does (a blue screen, a boot) is the computer the sentence names; shared or a place's, a desktop.
    [InlineData("the desktop in my office shows a blue screen at every boot", CategoryIds.Workstation, ServiceIds.Desktop)]
    [InlineData("l'ordi fixe du labo affiche un écran bleu", CategoryIds.Workstation, ServiceIds.Desktop)]
    [InlineData("the shared computer by the photocopier restarts on its own", CategoryIds.Workstation, ServiceIds.Desktop)]
    [InlineData("le pc de l'atelier ne démarre plus", CategoryIds.Workstation, ServiceIds.Desktop)]
    [InlineData("my pc shows a blue screen every morning", CategoryIds.Workstation, ServiceIds.Laptop)]
    [InlineData("my tower pc makes a loud noise", CategoryIds.Workstation, ServiceIds.Desktop)]
    // A stopgap used meanwhile is not the subject; a part said right before its device is the device's.
    [InlineData("the reception desktop is dead, I borrowed a laptop for now", CategoryIds.Workstation, ServiceIds.Desktop)]
    [InlineData("the touchpad laptop moves the cursor by itself", CategoryIds.Workstation, ServiceIds.Laptop)]
    // A clause of when sets the scene: "quand je branche le portable" is where the screen fails.
    [InlineData("l'écran externe clignote quand je connecte mon portable au dock", CategoryIds.Workstation, ServiceIds.Screen)]
    // Which address a mail goes out from is the shared mailbox's setting.
    [InlineData("mails I send for the helpdesk box show my own address as sender", CategoryIds.Email, ServiceIds.SharedMailbox)]
    [InlineData("quand j'envoie pour la boite contact, l'expéditeur est mon nom", CategoryIds.Email, ServiceIds.SharedMailbox)]
    public void Recognize_TheThingTheSentenceIsAbout_NotTheFirstKeyword(string text, string category, string service) =>
        AssertTopic(text, category, service);

    [Theory]
    [InlineData("my keyboard", CategoryIds.Workstation)]
    [InlineData("my emails", CategoryIds.Email)]
    [InlineData("my docking station", CategoryIds.Workstation)]
    public void Read_NamedOnly_LeavesOutAServiceOnlyImplied(string text, string category)
    {
        Assert.Equal((category, (string?)null), TopicReader.Read(TextFolding.Words(text), namedOnly: true));
        Assert.NotNull(TopicReader.Read(TextFolding.Words(text)).Service);
    }

    private static void AssertTopic(string text, string category, string service)
    {
        // The hints are read the same whatever the Teams client's language.
        var recognition = KeywordIntentRecognizer.Recognize(text, "en-US");
        Assert.Equal(category, recognition.CategoryHint);
        Assert.Equal(service, recognition.ServiceHint);
    }
}
