namespace ServiceDesk.Dialogs.Turns;

/// <summary>The service desk's entry point for one turn: decides in one explicit order and returns replies.</summary>
public interface ITurnHandler
{
    Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
