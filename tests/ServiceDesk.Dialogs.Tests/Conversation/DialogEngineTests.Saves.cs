using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Conversation;

// A dialog's saves: a final submit acts once, concurrent answers and save conflicts, a step card's place recorded meanwhile.
public sealed partial class DialogEngineTests
{
    [Fact]
    public async Task SameFinalSubmitTwice_HasOneSideEffect()
    {
        await Start();
        var card = RouterHarness.LastCard(await Say("Ada"));
        var data = RouterHarness.DataOf(card, "incident.answer");
        data["colour"] = "red";

        var first = await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", data));
        var second = await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", data));

        Assert.Equal(1, _probe.SideEffects);
        Assert.Equal(["invoke 200: done Ada red"], RouterHarness.Describe(first));
        Assert.Equal(["invoke card: This card is out of date. Here is the current version."], RouterHarness.Describe(second));
    }

    [Fact]
    public async Task ConcurrentFinalSubmits_OnlyTheCheckpointWinnerActs()
    {
        await Start();
        var card = RouterHarness.LastCard(await Say("Ada"));
        var data = RouterHarness.DataOf(card, "incident.answer");
        data["colour"] = "blue";
        TurnResult? raced = null;
        _probe.BeforeSideEffect = async () =>
        {
            _probe.BeforeSideEffect = null;
            // The same submit arrives on another instance while the first is between checkpoint and side effect.
            raced = await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", data));
        };

        await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", data));

        Assert.Equal(1, _probe.SideEffects);
        Assert.Contains("This card is out of date", string.Join(" ", RouterHarness.Describe(raced!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveConflict_ReloadsAndAsksPolitelyToRetry()
    {
        await Start();
        _harness.Store.BeforeNextSave = async () =>
        {
            // Another answer to the same step saved first: the dialog moved on a version.
            var stored = _harness.Store.Peek("a:personal", "29:jean")!;
            var moved = JsonNode.Parse(stored.StateJson)!;
            moved["version"] = (int)moved["version"]! + 1;
            await _harness.Store.SaveAsync("a:personal", "29:jean", stored with { StateJson = moved.ToJsonString(), UpdatedAt = stored.UpdatedAt.AddSeconds(1) }, CancellationToken.None);
        };

        var result = await Say("Ada");

        Assert.Equal(["text: You answered from two places at once, so I kept the first answer. Here is where we are now: please try again if needed.", "card: ask name"], RouterHarness.Describe(result));
    }

    [Fact]
    public async Task SaveConflict_AnotherSaveAtTheSameStep_IsStillAConflict()
    {
        await Start();
        _harness.Store.BeforeNextSave = async () =>
        {
            // Another instance saved the dialog in between without moving it on: its ETag changed all the same.
            var stored = _harness.Store.Peek("a:personal", "29:jean")!;
            await _harness.Store.SaveAsync("a:personal", "29:jean", stored with { UpdatedAt = stored.UpdatedAt.AddSeconds(1) }, CancellationToken.None);
        };

        var result = await Say("Ada");

        Assert.Equal(["text: You answered from two places at once, so I kept the first answer. Here is where we are now: please try again if needed.", "card: ask name"], RouterHarness.Describe(result));
    }

    [Fact]
    public async Task StepCardsPlace_RecordedWhileTheAnswerIsUnderWay_IsNoConflict_TheAnswerIsKept()
    {
        var first = await Start();
        var saves = _harness.Store.Saves;
        _harness.Store.BeforeNextSave = () =>
            // What the host does just after a step card went out, here while a quick answer to it is under way.
            _harness.StepCards.RecordAsync("a:personal", "29:jean", first.Replies.Single(r => r.StepCard is not null).StepCard!, "act-1", CancellationToken.None);

        var result = await Say("Ada");

        Assert.Equal(["card: ask colour"], RouterHarness.Describe(result));
        Assert.Equal(saves + 1, _harness.Store.Saves);
    }
}
