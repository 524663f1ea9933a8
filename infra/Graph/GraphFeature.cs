namespace ServiceDesk.Infra.Graph;

/// <summary>What the bot asks Graph for, each behind its own application permission (see the README's table).</summary>
public enum GraphFeature
{
    /// <summary>Profiles and managers: <c>User.Read.All</c>.</summary>
    People,

    /// <summary>Owners of a catalogue entry's Entra group: <c>GroupMember.Read.All</c>.</summary>
    GroupOwners,
}

/// <summary>The outcome of one Graph question.</summary>
internal enum GraphStatus { Ok, NotFound, Denied, Unavailable }

/// <summary>A typed Graph answer: the value when <see cref="GraphStatus.Ok"/>.</summary>
internal sealed record GraphRead<T>(GraphStatus Status, T? Value = default)
{
    public static GraphRead<T> Ok(T value) => new(GraphStatus.Ok, value);

    public GraphRead<TOther> As<TOther>() => new(Status);
}
