namespace ServiceDesk.Dialogs.Ports;

/// <summary>A person as the directory knows them: Teams user id (29:...) or, if only that is known, the Entra object id.</summary>
public sealed record DirectoryPerson(string Id, string? AadObjectId, string? Name)
{
    /// <summary>Whether <paramref name="idOrObjectId"/> is this person's Teams user id or Entra object id (any case).</summary>
    public bool Is(string? idOrObjectId) =>
        !string.IsNullOrWhiteSpace(idOrObjectId)
        && (string.Equals(Id, idOrObjectId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(AadObjectId, idOrObjectId, StringComparison.OrdinalIgnoreCase));
}

public enum DirectoryOutcome { Found, NotFound, Unavailable }

/// <summary>A directory answer: found (with the person), not found, or the directory could not be asked right now.</summary>
public sealed record DirectoryLookup(DirectoryOutcome Outcome, DirectoryPerson? Person = null)
{
    public static readonly DirectoryLookup NotFound = new(DirectoryOutcome.NotFound);

    public static readonly DirectoryLookup Unavailable = new(DirectoryOutcome.Unavailable);

    public static DirectoryLookup Found(DirectoryPerson person) => new(DirectoryOutcome.Found, person);
}
