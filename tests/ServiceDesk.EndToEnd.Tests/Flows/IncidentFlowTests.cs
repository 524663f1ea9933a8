using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Flows;

/// <summary>Flow 1 and Flow 3 through the Playground: an incident by text in English, by card in French, then my tickets.</summary>
public sealed partial class IncidentFlowTests(BotAndPlayground processes) : IClassFixture<BotAndPlayground>
{
    [Fact]
    public async Task An_incident_typed_in_English_asks_only_what_is_missing_and_is_then_listed_and_opened()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        // The page shows the personal chat as Alex sees it (only what arrives while it is open): for the screenshots.
        await using var page = await PlaygroundPage.OpenAsync(processes.PlaygroundUrl);
        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");

        await alex.SayAsync("my outlook crashes every morning since the update");
        var prefilled = await alex.NextTextAsync("I've filled in what I understood from your message");
        Assert.Contains("Email", prefilled);
        Assert.Contains("Outlook crashes every morning since the update", prefilled);
        // Category, title and description came from the sentence: the first question is step 4, impact.
        var impact = await alex.NextCardAsync("Who is affected?");
        Assert.True(impact.Shows("Step 4 of 5"), impact.Readable);

        await alex.SayAsync("just me");
        var urgency = await alex.NextCardAsync("How much of your work is blocked?");
        Assert.True(urgency.Shows("Step 5 of 5"), urgency.Readable);

        await alex.SayAsync("part of my work is blocked");
        var review = await alex.NextCardAsync("Ready to create your ticket");
        foreach (var shown in new[] { "Email", "Just me", "Part of my work is blocked", "P4 – Low" })
        {
            Assert.True(review.Shows(shown), $"The review card does not show {shown}: {review.Readable}");
        }

        await alex.SayAsync("create");
        var created = await alex.NextCardAsync(" created");
        var number = TicketNumber().Match(created.Readable).Value;
        Assert.True(created.Shows($"Ticket {number} created"), created.Readable);
        Assert.True(created.Shows("Outlook crashes every morning since the update"), created.Readable);
        Assert.True(created.Shows("Response by") && created.Shows("Resolution target"), created.Readable);

        await alex.SayAsync("my tickets");
        var list = await alex.NextCardAsync("My tickets");
        Assert.True(list.Shows($"{number} · Outlook crashes every morning since the update"), list.Readable);

        await alex.SayAsync($"status {number}");
        var details = await alex.NextCardAsync($"{number} · Outlook crashes every morning since the update");
        foreach (var shown in new[] { "Status", "New", "P4 – Low", "History", "Created" })
        {
            Assert.True(details.Shows(shown), $"The details card does not show {shown}: {details.Readable}");
        }

        // The employee's main cards as the page renders them, saved with the test results.
        var timeout = TimeSpan.FromSeconds(20);
        var confirmation = await page.WaitForCardAsync(timeout, $"Ticket {number} created", "Response by");
        Assert.True(new FileInfo(await PlaygroundPage.ScreenshotAsync(confirmation, "employee-ticket-created")).Length > 0);
        var shownDetails = await page.WaitForCardAsync(timeout, "History", "Created", "P4 – Low");
        Assert.True(new FileInfo(await PlaygroundPage.ScreenshotAsync(shownDetails, "employee-ticket-details")).Length > 0);
    }

    [Fact]
    public async Task An_incident_reported_from_the_French_menu_card_by_card_gets_a_numbered_confirmation_in_French()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        var camille = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "fr-FR");

        await camille.SayAsync("menu");
        var menu = await camille.NextCardAsync("Signaler un incident");

        await camille.SubmitAsync(menu, "menu.reportIncident");
        var category = await camille.NextCardAsync("De quoi s'agit-il ?");
        Assert.True(category.Shows("Étape 1 sur 5") && category.Shows("Réseau et VPN (VPN, Wi-Fi, Accès Internet)"), category.Readable);

        await camille.SubmitAsync(category, "incident.answer", new JsonObject { ["category"] = "network-vpn" });
        var title = await camille.NextCardAsync("En quelques mots, quel est le problème ?");

        await camille.SubmitAsync(title, "incident.answer", new JsonObject { ["title"] = "Le VPN se coupe toutes les dix minutes" });
        var description = await camille.NextCardAsync("Décrivez ce qui se passe");

        await camille.SubmitAsync(description, "incident.answer", new JsonObject
        {
            ["description"] = "Depuis lundi, le VPN se déconnecte toutes les dix minutes en télétravail ; il faut relancer la connexion.",
        });
        var impact = await camille.NextCardAsync("Qui est touché ?");

        await camille.SubmitAsync(impact, "incident.answer", new JsonObject { ["impact"] = "team" });
        var urgency = await camille.NextCardAsync("Quelle part de votre travail est bloquée ?");

        await camille.SubmitAsync(urgency, "incident.answer", new JsonObject { ["urgency"] = "all" });
        var review = await camille.NextCardAsync("Prêt à créer votre ticket");
        foreach (var shown in new[] { "Réseau et VPN", "Le VPN se coupe toutes les dix minutes", "Quelques collègues", "Tout mon travail est bloqué", "Créer le ticket" })
        {
            Assert.True(review.Shows(shown), $"The review card does not show {shown}: {review.Readable}");
        }

        await camille.SubmitAsync(review, "incident.create");
        var created = await camille.NextCardAsync(" créé");
        var number = TicketNumber().Match(created.Readable).Value;
        Assert.True(created.Shows($"Ticket {number} créé"), created.Readable);
        Assert.True(created.Shows("Réponse attendue avant") && created.Shows("Résolution visée"), created.Readable);
        Assert.True(created.Shows("Europe/Paris"), created.Readable);
        Assert.False(created.Shows("Response by"), created.Readable);
    }

    [Fact]
    public async Task Signaler_un_incident_typed_in_French_starts_the_incident_flow_at_its_first_step()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        var camille = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "fr-FR");

        await camille.SayAsync("signaler un incident");
        var category = await camille.NextCardAsync("De quoi s'agit-il ?");
        Assert.True(category.Shows("Étape 1 sur 5"), category.Readable);

        await camille.SayAsync("annuler");
        await camille.NextTextAsync("C'est annulé : rien n'a été enregistré.");
    }

    [GeneratedRegex(@"INC-\d{6}")]
    private static partial Regex TicketNumber();
}
