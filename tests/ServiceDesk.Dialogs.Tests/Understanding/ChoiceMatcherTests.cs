using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

public sealed class ChoiceMatcherTests
{
    private static readonly ChoiceMatcher Impact = new(
    [
        new("me", ["Just me", "Juste moi"], ["only me", "me", "myself", "moi", "moi seul", "seulement moi", "personne d autre", "nobody else"]),
        new("team", ["My team", "Mon équipe"], ["team", "whole team", "my department", "mon service", "toute l équipe", "collegues", "colleagues"]),
        new("many", ["Many people or a whole site", "Beaucoup de monde ou tout un site"], ["everyone", "whole site", "whole floor", "tout le monde", "tout l étage"]),
    ]);

    private static readonly ChoiceMatcher Urgency = new(
    [
        new("wait", ["It can wait", "Ça peut attendre"], ["not urgent", "pas urgent", "no rush", "rien ne presse"]),
        new("part", ["Part of my work is blocked", "Une partie de mon travail est bloquée"], ["partly", "partially", "en partie", "i can work around it"]),
        new("all", ["All my work is blocked", "Tout mon travail est bloqué"], ["blocked", "bloque", "urgent", "cant work", "peux plus rien faire", "completement bloque"]),
    ]);

    [Theory]
    [InlineData("Just me", "me")]
    [InlineData("juste moi", "me")]
    [InlineData("JUSTE MOI !", "me")]
    [InlineData("Mon equipe", "team")]
    [InlineData("mon équipe", "team")]
    public void Match_ALabelAsTyped_MatchesWithFullConfidence(string typed, string expected)
    {
        var match = Impact.Match(typed);

        Assert.Equal(ChoiceOutcome.Matched, match.Outcome);
        Assert.Equal(expected, match.Value);
        Assert.Equal(1, match.Confidence);
    }

    [Theory]
    [InlineData("juts me", "me")]
    [InlineData("jsut me", "me")]
    [InlineData("onyl me", "me")]
    [InlineData("it's only me i guess", "me")]
    [InlineData("c'est juste moi je pense", "me")]
    [InlineData("whole team", "team")]
    [InlineData("the whole team is affected", "team")]
    [InlineData("tout l'etage", "many")]
    [InlineData("not just me, the whole team", "team")]
    [InlineData("everyone here", "many")]
    public void Match_AParaphraseOrATypo_MatchesTheOption(string typed, string expected)
    {
        var match = Impact.Match(typed);

        Assert.Equal(ChoiceOutcome.Matched, match.Outcome);
        Assert.Equal(expected, match.Value);
        Assert.InRange(match.Confidence, ChoiceMatcher.MinScore, 1);
    }

    [Theory]
    [InlineData("je peux plus rien faire", "all")]
    [InlineData("je ne peux plus rien faire", "all")]
    [InlineData("complètement bloqué", "all")]
    [InlineData("completement bloque", "all")]
    [InlineData("I can't work", "all")]
    [InlineData("not urgent", "wait")]
    [InlineData("pas urgent du tout", "wait")]
    [InlineData("it can wait till monday", "wait")]
    [InlineData("partially", "part")]
    [InlineData("partialy", "part")]
    [InlineData("une partie seulement", "part")]
    public void Match_UrgencyInOtherWords_MatchesTheOption(string typed, string expected) =>
        Assert.Equal(expected, Urgency.Match(typed).Value);

    [Theory]
    [InlineData("2", "team")]
    [InlineData("#3", "many")]
    [InlineData("option 1", "me")]
    [InlineData("the second one", "team")]
    [InlineData("second", "team")]
    [InlineData("le premier", "me")]
    [InlineData("la deuxième", "team")]
    [InlineData("deuxieme", "team")]
    [InlineData("n°3", "many")]
    [InlineData("the last one", "many")]
    [InlineData("3.", "many")]
    public void Match_ANumberOrAnOrdinal_PicksThatOption(string typed, string expected)
    {
        var match = Impact.Match(typed);

        Assert.Equal(ChoiceOutcome.Matched, match.Outcome);
        Assert.Equal(expected, match.Value);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("the fifth one")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂")]
    [InlineData("hang on, is the network down?")]
    [InlineData("how do I change my password")]
    [InlineData("wait a second")]
    // A description typed at the impact step: "every" is close to "everyone", the rest is about something else.
    [InlineData("The VPN drops every ten minutes since this morning.")]
    [InlineData("le VPN coupe toutes les dix minutes depuis ce matin sur tout le site")]
    public void Match_SomethingElse_MatchesNothing(string typed) =>
        Assert.Equal(ChoiceOutcome.None, Impact.Match(typed).Outcome);

    [Fact]
    public void Match_WordsThatFitTwoOptionsEqually_IsAmbiguousWithBoth()
    {
        var matcher = new ChoiceMatcher(
        [
            new("sales-site", ["Sales team site"], []),
            new("sales-drive", ["Sales team drive"], []),
            new("hr-site", ["HR site"], []),
        ]);

        var match = matcher.Match("sales team");

        Assert.Equal(ChoiceOutcome.Ambiguous, match.Outcome);
        Assert.Null(match.Value);
        Assert.Equal(["sales-drive", "sales-site"], match.Candidates.Order());
    }

    [Theory]
    [InlineData("yes", "y")]
    [InlineData("Oui !", "y")]
    [InlineData("yep", "y")]
    [InlineData("d'accord", "y")]
    [InlineData("no", "n")]
    [InlineData("non merci", "n")]
    [InlineData("nope", "n")]
    [InlineData("pas vraiment", "n")]
    public void YesNo_TheUsualWords_AreUnderstood(string typed, string expected) =>
        Assert.Equal(expected, new ChoiceMatcher(ChoiceOption.YesNo("y", "n")).Match(typed).Value);

    [Fact]
    public void Match_AVeryLongText_DoesNotThrow() =>
        Assert.Equal(ChoiceOutcome.None, Impact.Match(string.Concat(Enumerable.Repeat("lorem ipsum dolor ", 500))).Outcome);

    [Fact]
    public void Match_OnlyAFewWordsOfAnOption_IsNoneWithThatOptionAsAWeakLead()
    {
        var match = Urgency.Match("my work is kind of affected");

        Assert.Equal(ChoiceOutcome.None, match.Outcome);
        Assert.Null(match.Value);
        Assert.InRange(match.Confidence, ChoiceMatcher.WeakLead, ChoiceMatcher.MinScore);
        Assert.Single(match.Candidates);
    }
}
