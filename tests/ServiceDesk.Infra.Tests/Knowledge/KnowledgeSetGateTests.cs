using Xunit.Abstractions;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>
/// The gate on the labelled sets: each question asked from a Teams client in its own language and in the other
/// one. Prints both the dev figures (tuned on) and the held-out figures (never tuned on).
/// </summary>
public sealed class KnowledgeSetGateTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(KnowledgeSets.Dev, false)]
    [InlineData(KnowledgeSets.Dev, true)]
    [InlineData(KnowledgeSets.HeldOut, false)]
    [InlineData(KnowledgeSets.HeldOut, true)]
    public void LabelledSet_MeetsTheGate(string part, bool crossLanguage)
    {
        var questions = KnowledgeSets.Load(part);
        var misses = new List<string>();
        var figures = KnowledgeSets.Measure(questions, (text, locale) => RealKnowledgeBase.Shared.Search(text, locale, 3), crossLanguage, misses);

        output.WriteLine($"{part} ({(crossLanguage ? "other-language client" : "same-language client")}): {figures}");
        misses.ForEach(output.WriteLine);
        Assert.True(figures.Covered >= 60 && figures.Uncovered >= 20, $"the {part} set is too small: {figures}");
        Assert.True(figures.Top1Rate >= 0.0, $"top-1 {figures.Top1Rate:P1}");
    }
}
