namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>The fake directory's people: Entra object ids, as Graph has them.</summary>
internal static class People
{
    public const string Jean = "11111111-0000-0000-0000-000000000001";
    public const string Marie = "11111111-0000-0000-0000-000000000002";
    public const string Paul = "11111111-0000-0000-0000-000000000003";
    public const string Claire = "11111111-0000-0000-0000-000000000004";
    public const string Group = "22222222-0000-0000-0000-000000000001";
    public const string App = "33333333-0000-0000-0000-000000000001";
}
