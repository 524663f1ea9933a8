using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Tests.Conversation;

/// <summary>State of the probe: which step, and the answers so far.</summary>
internal sealed record ProbeState(string Step, string? Name = null);

/// <summary>
/// A two-step dialog for testing the engine alone: a name (at least 2 characters), then a colour (red or blue);
/// the colour step checkpoints before its side effect, counted in <see cref="SideEffects"/>.
/// </summary>
internal sealed class ProbeDialog(string name = "incident") : Dialog<ProbeState>
{
    private int _sideEffects;

    public override string Name { get; } = name;

    public int SideEffects => _sideEffects;

    /// <summary>Lets a test run something between the checkpoint and the side effect (another turn racing).</summary>
    public Func<Task>? BeforeSideEffect { get; set; }

    protected override Task<Step<ProbeState>> BeginAsync(DialogContext context, DialogSeed seed, CancellationToken cancellationToken) =>
        Task.FromResult(seed.Title is { } title ? Step<ProbeState>.Ask(new ProbeState("colour", title), "pre-filled") : Step<ProbeState>.Ask(new ProbeState("name")));

    protected override async Task<Step<ProbeState>> AnswerAsync(DialogContext context, ProbeState state, DialogInput input, CancellationToken cancellationToken)
    {
        var answer = CardForm.Answer(input, state.Step);
        if (answer.WrongType)
        {
            return Step<ProbeState>.Retry(state, context.Texts.Get(TextKeys.EngineWrongType));
        }

        if (state.Step == "name")
        {
            return answer.Text is { Length: >= 2 } text
                ? Step<ProbeState>.Ask(state with { Step = "colour", Name = text })
                : Step<ProbeState>.Retry(state, context.Texts.Get(TextKeys.EngineFieldTooShort, 2));
        }

        if (answer.Text is not ("red" or "blue"))
        {
            return Step<ProbeState>.Retry(state, context.Texts.Get(TextKeys.EngineNotAChoice));
        }

        if (!await context.CheckpointAsync(Advance(context, state with { Step = "done" }), cancellationToken))
        {
            return Step<ProbeState>.Conflict();
        }

        if (BeforeSideEffect is { } hook)
        {
            await hook();
        }

        Interlocked.Increment(ref _sideEffects);
        return Step<ProbeState>.End([Turns.Reply.Of($"done {state.Name} {answer.Text}")]);
    }

    protected override AdaptiveCard Render(DialogContext context, ProbeState state, string? error) => new()
    {
        Body =
        [
            new TextBlock($"ask {state.Step}"),
            new TextInput { Id = state.Step, ErrorMessage = error },
        ],
        Actions = [context.Button("OK", Name + ".answer", new JsonObject { ["step"] = state.Step })],
    };
}
