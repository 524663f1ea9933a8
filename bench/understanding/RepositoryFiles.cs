namespace ServiceDesk.Bench.Understanding;

/// <summary>Where the evaluation finds its inputs: the repository that holds ServiceDesk.Bot.sln, found upwards from a folder.</summary>
public sealed record RepositoryFiles(string Root)
{
    /// <summary>Another folder of labelled sets (same file names), e.g. to measure a batch of new sentences alone.</summary>
    public string? OtherSets { get; init; }

    public string AppSettings => Path.Combine(Root, "appsettings.json");

    /// <summary>Another knowledge folder (same layout), e.g. the articles without their aliases.</summary>
    public string? OtherKnowledge { get; init; }

    public string KnowledgeFolder => OtherKnowledge ?? Path.Combine(Root, "knowledge");

    public string SetsFolder => OtherSets ?? Path.Combine(Root, "bench", "understanding", "sets");

    public string TextsFile(string language) => Path.Combine(Root, "dialogs", "Localization", language + ".json");

    public static RepositoryFiles Find(string? from = null)
    {
        for (var folder = new DirectoryInfo(from ?? AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceDesk.Bot.sln")))
            {
                return new RepositoryFiles(folder.FullName);
            }
        }

        throw new InvalidOperationException("ServiceDesk.Bot.sln not found above " + (from ?? AppContext.BaseDirectory));
    }
}
