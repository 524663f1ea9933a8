using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Tests.Routing;

namespace ServiceDesk.Dialogs.Tests.Conversation;

/// <summary>
/// A step card's place that no turn carried soon enough is written into the stored dialog off the turn, so a restart or
/// another instance still replaces the answered card; a turn that loaded before that write is not refused for it.
/// </summary>
public sealed class StepCardKeeperTests
{
    private const string Conversation = "a:personal";
    private const string User = "29:jean";
    private readonly RouterHarness _harness = new();
    private readonly StepCardKeeper _keeper;

    public StepCardKeeperTests()
    {
        _harness.Dialogs.Add(new ProbeDialog());
        _keeper = new StepCardKeeper(_harness.Store, _harness.StepCards);
    }

    private DialogSessions Sessions(StepCardLedger ledger) => new(_harness.Store, Options.Create(_harness.Options), _harness.Time, ledger);

    private async Task StepCardPostedAsync(string activityId)
    {
        var first = await _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke: false));
        var step = first.Replies.Single(r => r.StepCard is not null);
        await _harness.StepCards.RecordAsync(Conversation, User, step.StepCard!, activityId, CancellationToken.None);
    }

    [Fact]
    public async Task KeptPlace_IsFoundAfterARestart_AndTheDialogsTimeIsUnchanged()
    {
        await StepCardPostedAsync("act-step-1");
        var before = _harness.Store.Peek(Conversation, User)!;

        Assert.Equal(1, await _keeper.KeepAsync(TimeSpan.Zero, CancellationToken.None));

        var loaded = await Sessions(new StepCardLedger(_harness.Time)).LoadAsync(TurnFactory.Message("en-US", "Ada"), CancellationToken.None);
        Assert.Equal("act-step-1", loaded.Active!.StepCard!.ActivityId);
        Assert.Equal(before.UpdatedAt, _harness.Store.Peek(Conversation, User)!.UpdatedAt);
        Assert.Empty(_harness.StepCards.Waiting(TimeSpan.Zero));
    }

    [Fact]
    public async Task TypedAnswer_AfterTheKeeperWrote_ReplacesTheCard_FromTheStoredPlace()
    {
        await StepCardPostedAsync("act-step-1");
        await _keeper.KeepAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Empty(_harness.StepCards.Waiting(TimeSpan.Zero));

        var typed = await _harness.SendAsync(TurnFactory.Message("en-US", "Ada"));

        Assert.Equal("act-step-1", typed.Replies[^1].Replaces);
    }

    [Fact]
    public async Task APlaceYoungerThanTheDelay_IsLeftForTheNextTurn()
    {
        await StepCardPostedAsync("act-step-1");
        var stored = _harness.Store.Peek(Conversation, User);

        Assert.Equal(0, await _keeper.KeepAsync(TimeSpan.FromHours(1), CancellationToken.None));

        Assert.Same(stored, _harness.Store.Peek(Conversation, User));
    }

    [Fact]
    public async Task APlaceOfAStepTheDialogMovedPast_IsNotWritten()
    {
        await StepCardPostedAsync("act-step-1");
        await _harness.SendAsync(TurnFactory.Message("en-US", "Ada"));
        var stored = _harness.Store.Peek(Conversation, User);

        Assert.Equal(0, await _keeper.KeepAsync(TimeSpan.Zero, CancellationToken.None));

        Assert.Same(stored, _harness.Store.Peek(Conversation, User));
    }

    [Fact]
    public async Task ATurnThatLoadedBeforeTheKeeperWrote_Saves_ButAnyOtherWriteInBetweenIsStillAConflict()
    {
        await StepCardPostedAsync("act-step-1");
        var sessions = Sessions(_harness.StepCards);
        var turn = TurnFactory.Message("en-US", "Ada");
        var loaded = (await sessions.LoadAsync(turn, CancellationToken.None)).Active!;
        var stale = (await sessions.LoadAsync(turn, CancellationToken.None)).Active!;

        await _keeper.KeepAsync(TimeSpan.Zero, CancellationToken.None);
        var saved = await sessions.SaveAsync(turn, loaded with { Version = loaded.Version + 1, StepCard = null }, readBack: false, CancellationToken.None);

        Assert.NotNull(saved);
        Assert.Null(await sessions.SaveAsync(turn, stale with { Version = stale.Version + 1 }, readBack: false, CancellationToken.None));
    }
}
