using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Conversation;

/// <summary>The engine through the real router with a two-step probe dialog: persistence, stale cards, retries, interrupts.</summary>
public sealed partial class DialogEngineTests
{
    private readonly RouterHarness _harness = new();
    private readonly ProbeDialog _probe = new();

    public DialogEngineTests() => _harness.Dialogs.Add(_probe);

    private Task<TurnResult> Say(string text, string locale = "en-US") => _harness.SendAsync(TurnFactory.Message(locale, text));

    private Task<TurnResult> Start(bool invoke = false) => _harness.SendAsync(TurnFactory.Button("en-US", "menu.reportIncident", invoke));

    [Fact]
    public async Task TypedAnswers_WalkTheSteps_StateSurvivesANewRouterEachTurn()
    {
        Assert.Equal(["card: ask name"], RouterHarness.Describe(await Start()));
        Assert.Equal(["card: ask colour"], RouterHarness.Describe(await Say("Ada")));
        Assert.Equal(["text: done Ada red"], RouterHarness.Describe(await Say("red")));
        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
    }

    [Fact]
    public async Task CardAnswer_AsInvoke_ReplacesTheCardWithTheNextStep()
    {
        var first = await Start(invoke: true);
        var data = RouterHarness.DataOf(RouterHarness.LastCard(first), "incident.answer");
        data["name"] = "Ada";

        var second = await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", data));

        Assert.Equal(["invoke card: ask colour"], RouterHarness.Describe(second));
    }

    [Fact]
    public async Task CardAnswer_FromAnOldVersion_IsRefusedWithTheCurrentCard()
    {
        var first = await Start();
        var old = RouterHarness.DataOf(RouterHarness.LastCard(first), "incident.answer");
        await Say("Ada");
        old["name"] = "Bob";

        var result = await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", old));

        Assert.Equal(["text: This card is out of date. Here is the current version.", "invoke card: ask colour"], RouterHarness.Describe(result));
        Assert.Equal(["text: This card is out of date. Here is the current version.", "card: ask colour"],
            RouterHarness.Describe(await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", old, invoke: false))));
    }

    [Fact]
    public async Task CardAnswer_FromAnotherUsersDialog_IsRefused()
    {
        var first = await Start();
        var data = RouterHarness.DataOf(RouterHarness.LastCard(first), "incident.answer");
        data["name"] = "Mallory";

        var result = await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", data, invoke: false, userId: "29:mallory"));

        Assert.Equal(["card: This card is out of date. Here is the current version."], RouterHarness.Describe(result));
        Assert.Null(_harness.Store.Peek("a:personal", "29:mallory"));
    }

    [Theory]
    [InlineData("{\"name\": 42}", "I can't read this answer. Please answer again.")]
    [InlineData("{}", "Please write at least 2 characters.")]
    [InlineData("{\"name\": null, \"extra\": [1,2]}", "Please write at least 2 characters.")]
    public async Task CardAnswer_WithBadFields_RepromptsWithTheReasonNextToTheField(string fields, string error)
    {
        var first = await Start();
        var data = RouterHarness.DataOf(RouterHarness.LastCard(first), "incident.answer");
        foreach (var (key, value) in JsonNode.Parse(fields)!.AsObject())
        {
            data[key] = value?.DeepClone();
        }

        var result = await _harness.SendAsync(TurnFactory.Card("en-US", "incident.answer", data));

        Assert.Equal([$"invoke card: ask name | error: {error}"], RouterHarness.Describe(result));
    }

    [Fact]
    public async Task ThreeInvalidAnswers_OfferTheMenuOrAHuman()
    {
        await Start();
        await Say("x");
        await Say("y");

        var third = await Say("z");

        var card = RouterHarness.LastCard(third);
        Assert.Equal(["engine.retry", "engine.menu", "escalation.start"], card.Actions!.Cast<ServiceDesk.Cards.ExecuteAction>().Select(a => a.Verb));
        Assert.Equal(["card: Please write at least 2 characters."], RouterHarness.Describe(third));
        Assert.Equal(["card: ask name"], RouterHarness.Describe(await _harness.SendAsync(TurnFactory.Card("en-US", "engine.retry", RouterHarness.DataOf(card, "engine.retry"), invoke: false))));
    }

    [Fact]
    public async Task IdleDialog_IsDroppedPolitelyAtTheNextMessage()
    {
        await Start();
        _harness.Time.Advance(TimeSpan.FromMinutes(31));

        var result = await Say("Ada");

        Assert.Equal("text: I closed our unfinished conversation because nothing happened for more than 30 minutes. Let's start afresh.", RouterHarness.Describe(result)[0]);
        // No dialog is left; "Ada" on its own was a message the bot did not understand, which it remembers.
        Assert.Equal(ServiceDesk.Dialogs.Conversation.ActiveDialog.NoDialog, _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    [Theory]
    [InlineData("en-US", "cancel", "text: Cancelled: nothing was saved. Type help to see what I can do.")]
    [InlineData("fr-FR", "Annuler", "text: C'est annulé : rien n'a été enregistré. Tapez aide pour voir ce que je peux faire.")]
    public async Task Cancel_DuringADialog_EndsIt(string locale, string word, string expected)
    {
        await Start();

        var result = await Say(word, locale);

        Assert.Equal([expected], RouterHarness.Describe(result));
        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
    }

    // Help inside a form is answered like an aside (2026-12-07 evening): what the bot can do and what works in a form,
    // then "Now, back to …:" and the step again (it used to be one line of what to type, then the step).
    [Theory]
    [InlineData("help")]
    [InlineData("aide")]
    [InlineData("what can you do?")]
    public async Task Help_DuringADialog_ExplainsAndKeepsTheStep(string word)
    {
        await Start();
        await Say("Ada");

        var result = await Say(word);

        Assert.Equal(
            [
                "text: I can report an incident, request access, software or equipment, prepare a new starter's arrival, show your tickets and their news, and answer IT questions. Inside a form, type cancel to stop, start over to begin again, menu for the menu, or talk to a human to reach someone from the service desk.",
                "text: Now, back to your incident report:",
                "card: ask colour",
            ],
            RouterHarness.Describe(result));
        Assert.Equal(["text: done Ada blue"], RouterHarness.Describe(await Say("blue")));
    }

    [Fact]
    public async Task StartOver_DuringADialog_BeginsAgain()
    {
        await Start();
        await Say("Ada");

        var result = await Say("recommencer", "fr-FR");

        Assert.Equal(["text: Reprenons depuis le début.", "card: ask name"], RouterHarness.Describe(result));
    }

    [Fact]
    public async Task Menu_DuringADialog_LeavesItForTheMenu()
    {
        await Start();

        var result = await Say("menu");

        Assert.Equal(["card: Hello Jean!"], RouterHarness.Describe(result));
        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
    }

    [Fact]
    public async Task LongMessage_IsCutWithANotice()
    {
        await Start();

        var result = await Say(new string('é', 10_000));

        Assert.Equal(["text: Your message was longer than 4000 characters, so I only read the first 4000.", "card: ask colour"], RouterHarness.Describe(result));
    }
}
