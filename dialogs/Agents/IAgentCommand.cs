using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// A command agents type in their channel after @mentioning the bot (<c>outbox</c>, <c>stats</c>). The agents' channel
/// handler checks that the person is an agent before running it; buttons on its cards are card actions
/// (<see cref="Routing.ICardActionHandler"/>) and check that themselves.
/// </summary>
public interface IAgentCommand
{
    /// <summary>The command word, lower case.</summary>
    string Name { get; }

    /// <summary>The text key of its one-line description in the channel's help.</summary>
    string HelpKey { get; }

    Task<TurnResult> RunAsync(Turn turn, string arguments, Texts texts, CancellationToken cancellationToken);
}
