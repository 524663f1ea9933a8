using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>Retrieved passages as the knowledge search gives them, in both languages.</summary>
internal static class Passages
{
    public static readonly GroundedPassage Password = new(
        "password-reset", "Reset your password", "1. Open the self-service password page.\n2. Confirm with your phone.\n3. Choose a new password.", "en");

    public static readonly GroundedPassage Vpn = new(
        "vpn-connect", "Se connecter au VPN", "1. Ouvrez le client VPN.\n2. Choisissez le profil Entreprise.", "fr");

    public static GroundedQuestion Question(string text = "How do I reset my password?", string language = "en", params GroundedPassage[] passages) =>
        new(text, language, passages.Length == 0 ? [Password, Vpn] : passages);
}
