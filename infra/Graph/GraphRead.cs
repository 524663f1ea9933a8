namespace ServiceDesk.Infra.Graph;

/// <summary>The outcome of one Graph question.</summary>
internal enum GraphStatus { Ok, NotFound, Denied, Unavailable }

/// <summary>A typed Graph answer: the value when <see cref="GraphStatus.Ok"/>.</summary>
internal sealed record GraphRead<T>(GraphStatus Status, T? Value = default)
{
    public static GraphRead<T> Ok(T value) => new(GraphStatus.Ok, value);
}
