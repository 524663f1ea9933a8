using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.ReportIncident;

/// <summary>The incident flow understanding people: stated impact and urgency, answers by meaning, Edit from the summary.</summary>
public sealed class ReportIncidentUnderstandingTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    [Fact]
    public async Task OneSentenceStatingImpactAndUrgency_SkipsBothStepsAndSaysSo()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: the wifi is down for the whole floor, nobody can connect and we cant work", "Impact: A whole team or department, or more, Urgency: All my work is blocked"),
            ("type: create", "Ticket INC-000001 created"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal(("network-vpn", Impact.High, Urgency.High, Priority.P1), (ticket.Category, ticket.Impact, ticket.Urgency, ticket.Priority));
    }

    [Fact]
    public async Task FrenchSentenceStatingOnlyTheUrgency_AsksOnlyWhoIsAffected()
    {
        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("type: mon pc portable ne démarre plus, je suis complètement bloqué", "Urgence: Tout mon travail est bloqué"),
            ("type: juste moi", "Prêt à créer votre ticket"),
            ("type: oui", "Ticket INC-000001 créé"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal((Impact.Low, Urgency.High), (ticket.Impact, ticket.Urgency));
    }

    [Fact]
    public async Task ImpactStatedAsAGroupInTheFirstSentence_IsNotAskedAgain_AndShowsOnTheSummaryWithEdit()
    {
        var script = new ConversationScript(_harness, "en-US");
        var first = ConversationScript.Text(await script.DoAsync("type: teams keeps freezing for the whole 3rd floor since the update"));

        Assert.Contains("Impact: A whole team or department, or more", first, StringComparison.Ordinal);
        Assert.Contains("How much of your work is blocked?", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Who is affected?", first, StringComparison.Ordinal);

        var summary = ConversationScript.Text(await script.DoAsync("type: it can wait"));
        Assert.Contains("Ready to create your ticket", summary, StringComparison.Ordinal);
        Assert.Contains("A whole team or department, or more", summary, StringComparison.Ordinal);
        Assert.Contains("Edit impact", summary, StringComparison.Ordinal);

        await script.PlayAsync(("press: incident.create", "INC-000001"));
        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal((Impact.High, Urgency.Low), (ticket.Impact, ticket.Urgency));
    }

    [Fact]
    public async Task FrenchHeadCountAndDeadlineInTheFirstSentence_AreBothTaken_TheSummaryComesAtOnce()
    {
        var script = new ConversationScript(_harness, "fr-FR");
        var first = ConversationScript.Text(await script.DoAsync("type: outlook ne s'ouvre plus pour moi et trois collègues, on doit envoyer le devis avant midi"));

        Assert.Contains("Impact: Quelques collègues", first, StringComparison.Ordinal);
        Assert.Contains("Urgence: Tout mon travail est bloqué", first, StringComparison.Ordinal);
        Assert.Contains("Prêt à créer votre ticket", first, StringComparison.Ordinal);
        Assert.Contains("Modifier l'impact", first, StringComparison.Ordinal);

        await script.PlayAsync(("press: incident.create", "INC-000001"));
        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal((Impact.Medium, Urgency.High), (ticket.Impact, ticket.Urgency));
    }

    [Fact]
    public async Task ImpactNotClearlyStated_IsAsked()
    {
        var first = ConversationScript.Text(await new ConversationScript(_harness, "en-US").DoAsync("type: two of my screens stay black after the update"));

        Assert.Contains("Who is affected?", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "juts me", Impact.Low, "no rush really", Urgency.Low)]
    [InlineData("en-US", "it's only me i guess", Impact.Low, "partly", Urgency.Medium)]
    [InlineData("en-US", "the second one", Impact.Medium, "I can't do anything", Urgency.High)]
    [InlineData("en-US", "whole team", Impact.High, "#1", Urgency.Low)]
    [InlineData("en-US", "me and a few colleagues", Impact.Medium, "#1", Urgency.Low)]
    [InlineData("fr-FR", "tout l'étage", Impact.High, "je peux plus rien faire", Urgency.High)]
    [InlineData("fr-FR", "le premier", Impact.Low, "en partie seulement", Urgency.Medium)]
    [InlineData("fr-FR", "moi seulement", Impact.Low, "pas urgent", Urgency.Low)]
    public async Task OptionSteps_TakeParaphrasesTyposAndOrdinals(string locale, string impact, Impact expectedImpact, string urgency, Urgency expectedUrgency)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("press: menu.reportIncident", "1"), ("type: 1", "2"), ("type: Laptop will not start", "3"), ("type: The power light stays off.", "4"));

        await script.PlayAsync(($"type: {impact}", "5"), ($"type: {urgency}", locale == "en-US" ? "Ready to create your ticket" : "Prêt à créer votre ticket"));

        await script.PlayAsync(("press: incident.create", "INC-000001"));
        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal((expectedImpact, expectedUrgency), (ticket.Impact, ticket.Urgency));
    }

    [Fact]
    public async Task ARefusedAnswer_IsNotRefusedTwice_TheClosestOptionIsTakenAndSaid()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("press: menu.reportIncident", "1"), ("type: 1", "2"), ("type: Laptop will not start", "3"), ("type: The power light stays off.", "4"));

        await script.PlayAsync(
            ("type: banana", "Please pick one of the options"),
            ("type: hmm well a few more people than just my own self", "I took that as"),
            ("type: 1", "Ready to create your ticket"));
    }

    [Fact]
    public async Task CategoryStep_UnderstandsWhatTheAnswerTalksAbout()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: menu.reportIncident", "Step 1 of 5"),
            ("type: my wifi keeps dropping", "Step 2 of 5"),
            ("type: Wifi drops", "Step 3 of 5"),
            ("type: It drops every ten minutes.", "Step 4 of 5"),
            ("type: 1", "Step 5 of 5"),
            ("type: 1", "Network and VPN"));
    }

    [Fact]
    public async Task StepCards_ShowTheOptionNumbers()
    {
        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("press: menu.reportIncident", "[1. Poste de travail"),
            ("type: 1", "Étape 2 sur 5"));
    }

    [Fact]
    public async Task EditButton_OpensThatStepAgain_ThenReturnsToTheSummary()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("press: menu.reportIncident", "1"), ("type: 1", "2"), ("type: Laptop will not start", "3"), ("type: The power light stays off.", "4"),
            ("type: 1", "5"), ("type: 3", "Edit urgency"));

        await script.PlayAsync(
            ("press: incident.edit {\"field\": \"urgency\"}", "How much of your work is blocked?"),
            ("type: it can wait", "Ready to create your ticket"),
            ("press: incident.edit {\"field\": \"title\"}", "In a few words, what is wrong?"),
            ("press: incident.answer {\"title\": \"Laptop dead\"}", "Title: Laptop dead"),
            ("press: incident.create", "INC-000001"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal(("Laptop dead", Urgency.Low), (ticket.Title, ticket.Urgency));
    }

    [Theory]
    [InlineData("en-US", "change the impact", "Who is affected?")]
    [InlineData("en-US", "edit title", "In a few words, what is wrong?")]
    [InlineData("fr-FR", "modifier l'urgence", "Quelle part de votre travail est bloquée ?")]
    [InlineData("fr-FR", "changer la catégorie", "De quoi s'agit-il ?")]
    public async Task TypedEditAtTheSummary_OpensThatStep(string locale, string typed, string question)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("press: menu.reportIncident", "1"), ("type: 1", "2"), ("type: Laptop will not start", "3"), ("type: The power light stays off.", "4"),
            ("type: 1", "5"), ("type: 3", "P3"));

        await script.PlayAsync(($"type: {typed}", question));
    }

    [Theory]
    [InlineData("en-US", "hold on, set the urgency to high please, our payroll run is tomorrow", Urgency.High, null)]
    [InlineData("en-US", "actually change it to can wait, I found a spare machine", Urgency.Low, null)]
    [InlineData("fr-FR", "ah non finalement c'est pas si pressé, mettez pas urgent", Urgency.Low, null)]
    [InlineData("en-US", "sorry, change the impact to everyone on the floor", null, Impact.High)]
    public async Task TypedCorrectionWithItsValue_AtTheSummary_IsTakenAtOnce(string locale, string typed, Urgency? urgency, Impact? impact)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("press: menu.reportIncident", "1"), ("type: 1", "2"), ("type: Laptop will not start", "3"), ("type: The power light stays off.", "4"),
            ("type: 1", "5"), ("type: 2", "P"));

        // The summary again, not the step: the value came with the correction.
        await script.PlayAsync(($"type: {typed}", locale == "fr-FR" ? "Créer le ticket" : "Create the ticket"), ("press: incident.create", "INC-000001"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal(urgency ?? Urgency.Medium, ticket.Urgency);
        Assert.Equal(impact ?? Impact.Low, ticket.Impact);
    }

    [Theory]
    [InlineData("en-US", "change the urgency", "How much of your work is blocked?")]
    [InlineData("fr-FR", "modifier l'impact", "Qui est touché ?")]
    public async Task TypedEditWithoutAValue_StillOpensThatStep(string locale, string typed, string question)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("press: menu.reportIncident", "1"), ("type: 1", "2"), ("type: Laptop will not start", "3"), ("type: The power light stays off.", "4"),
            ("type: 1", "5"), ("type: 2", "P"));

        await script.PlayAsync(($"type: {typed}", question));
    }
}
