using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Conversation;

/// <summary>A step answered by typing: the card it answered is replaced in place, without a button, once the host told where it is.</summary>
public sealed class StepCardTests
{
    private const string Conversation = "a:personal";
    private const string User = "29:jean";
    private readonly RouterHarness _harness = new();
    private readonly StepCardLedger _ledger;

    public StepCardTests()
    {
        _harness.Dialogs.Add(new ProbeDialog());
        _ledger = _harness.StepCards;
    }

    private Task<TurnResult> Say(string text, string locale = "en-US") => _harness.SendAsync(TurnFactory.Message(locale, text));

    /// <summary>What the host does after sending: the step card's activity id goes to the ledger.</summary>
    private async Task PostedAsync(TurnResult result, string activityId)
    {
        var step = result.Replies.Single(r => r.StepCard is not null);
        await _ledger.RecordAsync(Conversation, User, step.StepCard!, activityId, CancellationToken.None);
    }

    [Fact]
    public async Task TypedAnswer_ReplacesTheRecordedStepCard_WithItsQuestionAndTheAnswer_AndNoButton()
    {
        var first = await _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke: false));
        await PostedAsync(first, "act-step-1");

        var second = await Say("Ada *Lovelace*");

        var replaced = second.Replies[1];
        Assert.Equal("act-step-1", replaced.Replaces);
        Assert.Null(replaced.Card!.Actions);
        Assert.Empty(AllInputs(replaced.Card.Body));
        Assert.Equal(["ask name", @"You answered: Ada \*Lovelace\*"], replaced.Card.Body.OfType<TextBlock>().Select(t => t.Text));
        var next = second.Replies[0];
        Assert.Null(next.Replaces);
        Assert.Equal("ask colour", next.Card!.Body.OfType<TextBlock>().First().Text);
        Assert.NotNull(next.StepCard);
    }

    [Fact]
    public async Task TypedAnswer_EndingTheDialog_StillReplacesTheLastStepCard_InFrench()
    {
        await _harness.SendAsync(TurnFactory.Button("fr-FR", "menu.reportIncident", invoke: false));
        await PostedAsync(await Say("Ada", "fr-FR"), "act-step-2");

        var last = await Say("red", "fr-FR");

        Assert.Equal("act-step-2", last.Replies[^1].Replaces);
        Assert.Equal("Vous avez répondu : red", last.Replies[^1].Card!.Body.OfType<TextBlock>().Last().Text);
        Assert.Equal(["text: done Ada red"], RouterHarness.Describe(last with { Replies = [.. last.Replies.SkipLast(1)] }));
    }

    [Fact]
    public async Task TypedAnswer_AfterAClick_ReplacesTheClickedCard_WhichHeldTheNextStep()
    {
        var first = await _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke: false));
        var data = RouterHarness.DataOf(RouterHarness.LastCard(first), "incident.answer");
        data["name"] = "Ada";
        var click = TurnFactory.Card("en-US", "incident.answer", data) with { ReplyToId = "act-clicked" };
        await _harness.SendAsync(click);

        var typed = await Say("blue");

        Assert.Equal("act-clicked", typed.Replies[^1].Replaces);
        Assert.Contains(typed.Replies[^1].Card!.Body.OfType<TextBlock>(), t => t.Text == "ask colour");
    }

    [Fact]
    public async Task NoCardRecorded_TypedAnswer_ReplacesNothing()
    {
        await _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke: false));

        var second = await Say("Ada");

        Assert.DoesNotContain(second.Replies, r => r.Replaces is not null);
        Assert.Equal(["card: ask colour"], RouterHarness.Describe(second));
    }

    [Fact]
    public async Task Ledger_AStepCardOfAnEarlierStep_IsNotRecorded()
    {
        var first = await _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke: false));
        await Say("Ada");
        await PostedAsync(first, "act-too-late");

        var typed = await Say("red");

        Assert.DoesNotContain(typed.Replies, r => r.Replaces is not null);
    }

    [Fact]
    public async Task Ledger_RecordingAStepCard_WritesNothing_TheNextSaveOfThatStepCarriesIt()
    {
        var first = await _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke: false));
        var stored = _harness.Store.Peek(Conversation, User)!;

        await PostedAsync(first, "act-step-1");

        Assert.Same(stored, _harness.Store.Peek(Conversation, User));
        var sessions = new DialogSessions(_harness.Store, Microsoft.Extensions.Options.Options.Create(_harness.Options), _harness.Time, _ledger);
        var turn = TurnFactory.Message("en-US", "Ada");
        var loaded = await sessions.LoadAsync(turn, CancellationToken.None);
        await sessions.SaveAsync(turn, loaded.Active!, readBack: false, CancellationToken.None);
        Assert.Contains("act-step-1", _harness.Store.Peek(Conversation, User)!.StateJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_AfterARestart_ThePlaceIsLost_AndATypedAnswerReplacesNothing()
    {
        var first = await _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke: false));
        await PostedAsync(first, "act-step-1");
        var restarted = new DialogSessions(_harness.Store, Microsoft.Extensions.Options.Options.Create(_harness.Options), _harness.Time, new StepCardLedger(_harness.Time));

        var loaded = await restarted.LoadAsync(TurnFactory.Message("en-US", "Ada"), CancellationToken.None);

        Assert.Null(loaded.Active!.StepCard);
    }

    [Fact]
    public async Task RefusedTypedAnswer_ReplacesTheCard_AndTheRetryIsTheNewStepCard()
    {
        var first = await _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke: false));
        await PostedAsync(first, "act-step-1");

        var retry = await Say("A");

        Assert.Equal("act-step-1", retry.Replies[1].Replaces);
        Assert.NotNull(retry.Replies[0].StepCard);
        Assert.Null(retry.Replies[0].Replaces);
    }

    private static IEnumerable<CardInput> AllInputs(IEnumerable<CardElement> body) =>
        body.SelectMany(e => e switch
        {
            CardInput input => [input],
            Container c => AllInputs(c.Items),
            _ => [],
        });
}
