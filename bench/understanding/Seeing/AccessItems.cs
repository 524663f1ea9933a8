using System.Text.Json;

namespace ServiceDesk.Bench.Understanding.Seeing;

/// <summary>The access catalogue's items (Catalogue:Access:Resources of appsettings.json): id and names in both languages.</summary>
internal sealed class AccessItems
{
    public AccessItems(RepositoryFiles repository)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(repository.AppSettings), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var resources = document.RootElement.GetProperty("Catalogue").GetProperty("Access").GetProperty("Resources");
        All = [.. resources.EnumerateArray().Select(r => (
            r.GetProperty("Id").GetString()!,
            (IReadOnlyList<string>)[r.GetProperty("Name").GetProperty("En").GetString()!, r.GetProperty("Name").GetProperty("Fr").GetString()!]))];
    }

    public IReadOnlyList<(string Id, IReadOnlyList<string> Names)> All { get; }

    /// <summary>Items offered to pick: in a choice list, or named by a button.</summary>
    public IReadOnlyList<string> Offered(Seen seen) =>
        [.. All.Where(item => seen.Inputs.SelectMany(i => i.Choices).Any(c => c.Value == item.Id || Names(item, c.Title))
            || seen.Buttons.Any(b => Names(item, b.Title))).Select(i => i.Id)];

    /// <summary>Items named anywhere in what was shown.</summary>
    public IReadOnlyList<string> Named(Seen seen) =>
        [.. All.Where(item => seen.Strings.Any(s => Names(item, s))).Select(i => i.Id)];

    private static bool Names((string Id, IReadOnlyList<string> Names) item, string text) =>
        item.Names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
}
