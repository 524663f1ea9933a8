namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// The access levels a resource may offer. Their names and descriptions are texts (<c>access.level.{id}</c> and
/// <c>access.level.{id}.description</c>), so the catalogue lists ids and every level reads the same everywhere.
/// </summary>
public static class AccessLevels
{
    public const string Read = "read";
    public const string Contribute = "contribute";
    public const string Admin = "admin";
    public const string Member = "member";
    public const string Owner = "owner";

    /// <summary>A licence is assigned or not: it has this one level.</summary>
    public const string Assigned = "assigned";

    public static IReadOnlyList<string> Known { get; } = [Read, Contribute, Admin, Member, Owner, Assigned];

    public static string NameKey(string level) => $"access.level.{level}";

    public static string DescriptionKey(string level) => $"access.level.{level}.description";
}
