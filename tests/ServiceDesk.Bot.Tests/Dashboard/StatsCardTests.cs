using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Api;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// <c>stats</c> over the seeded quarter (knowledge answers by the articles and by the language model): the card splits
/// the deflection by source, in English and French, with the metrics API's figures for the same period.
/// </summary>
[Collection(SeededDeskCollection.Name)]
public sealed class StatsCardTests(SeededDesk desk)
{
    [Theory]
    [InlineData("en-US", 30, "Deflection (answered without a ticket)", "Deflection by knowledge-base articles", "Deflection by the language model's answers", "of", "helpful answers: ")]
    [InlineData("fr-FR", 90, "Demandes évitées (réponses sans ticket)", "Demandes évitées par les articles de la base de connaissances", "Demandes évitées par les réponses du modèle de langue", "sur", "réponses utiles : ")]
    public async Task The_stats_card_splits_the_deflection_by_source_with_the_apis_figures(
        string locale, int days, string total, string byArticles, string byModel, string of, string helpful)
    {
        var stats = desk.Factory.Services.GetServices<IAgentCommand>().Single(c => c.Name == "stats");
        var result = await stats.RunAsync(Turn(locale), days.ToString(CultureInfo.InvariantCulture), Texts.For(locale), CancellationToken.None);
        var facts = Assert.Single(result.Replies).Card!.Body.OfType<FactSet>().SelectMany(f => f.Facts).ToDictionary(f => f.Title, f => f.Value);

        var (_, metrics) = await desk.GetAsync($"/api/metrics?from={ApiHost.Iso(QuarterSeed.TestNow.AddDays(-days))}&to={ApiHost.Iso(QuarterSeed.TestNow)}");
        var deflection = metrics.GetProperty("deflection");
        var culture = CultureInfo.GetCultureInfo(locale);
        string Percent(JsonElement share) => share.GetProperty("percent").GetDouble().ToString("0.#", culture) + " %";
        var denominator = deflection.GetProperty("helpfulAnswers").GetInt32() + deflection.GetProperty("incidentsCreated").GetInt32();
        Assert.True(deflection.GetProperty("model").GetProperty("helpful").GetInt32() > 0, "The seeded quarter has model answers.");

        Assert.Equal($"{Percent(deflection)} ({of} {denominator})", facts[total]);
        Assert.Equal($"{Percent(deflection.GetProperty("knowledgeBase"))} ({helpful}{deflection.GetProperty("knowledgeBase").GetProperty("helpful").GetInt32()})", facts[byArticles]);
        Assert.Equal($"{Percent(deflection.GetProperty("model"))} ({helpful}{deflection.GetProperty("model").GetProperty("helpful").GetInt32()})", facts[byModel]);
    }

    private static Turn Turn(string locale) => new(
        TurnKind.Message, "1", new Person(QuarterSeed.Agents[0].Id, null, "Agent 1"),
        new ConversationReference("https://smba.example/", QuarterSeed.QueueChannel + ";messageid=1", "tenant", "msteams", ConversationKind.Channel, "28:bot"),
        locale, null, "stats", null, QuarterSeed.TestNow);
}
