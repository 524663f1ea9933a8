namespace ServiceDesk.Cards.Tests;

public sealed class AnsweredCardTests
{
    [Fact]
    public void From_KeepsWhatTheStepShowed_TurnsInputsIntoTheirQuestion_AndDropsEveryButton()
    {
        var button = CardActions.Execute("Go", "x.go", null);
        var step = FormCard.Build(new FormCardView("Impact", "Impact?")
        {
            Eyebrow = "Step 2 of 5",
            Fields = [new FormField("impact", "Who is affected?") { Choices = [new Choice("Just me", "me")] }],
            Sections = [new FormSection("Article", ["Read this"], [button])],
            Actions = [button],
        });

        var answered = AnsweredCard.From(step, "You answered: me");

        Assert.Null(answered.Actions);
        var json = CardJson.Serialize(answered);
        Assert.DoesNotContain("Action.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.", json, StringComparison.Ordinal);
        var texts = answered.Body.OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.Equal(["Step 2 of 5", "Impact", "Who is affected?", "You answered: me"], texts);
        Assert.Contains(answered.Body.OfType<Container>(), c => c.Items.OfType<TextBlock>().Any(t => t.Text == "Read this"));
    }
}
