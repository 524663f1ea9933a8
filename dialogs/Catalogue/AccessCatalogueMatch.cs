namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>How sure the catalogue is about what a request names.</summary>
public enum AccessMatchKind
{
    /// <summary>Nothing in the catalogue is like what was asked.</summary>
    None,

    /// <summary>Some resources are like it, none clearly: ask "Did you mean …?".</summary>
    Near,

    /// <summary>One resource stands out, by a word no close rival has: take it and say so.</summary>
    Clear,
}

/// <summary>
/// What a request matched: <see cref="Candidates"/> best first (one when <see cref="Kind"/> is Clear).
/// <see cref="NamedSomething"/> is false when the text had no word that could name a resource ("I need access").
/// </summary>
public sealed record AccessCatalogueMatch(AccessMatchKind Kind, IReadOnlyList<AccessResource> Candidates, bool NamedSomething)
{
    public static readonly AccessCatalogueMatch Nothing = new(AccessMatchKind.None, [], false);

    public AccessResource? Single => Kind == AccessMatchKind.Clear ? Candidates[0] : null;

    public bool IsNone => Kind == AccessMatchKind.None;
}
