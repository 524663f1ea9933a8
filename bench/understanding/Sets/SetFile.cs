namespace ServiceDesk.Bench.Understanding.Sets;

/// <summary>The two parts of every set: dev (tuning allowed) and held out (measured only).</summary>
public enum Split { Dev, Heldout }

/// <summary>Reads a tab-separated set: comment lines start with '#', every other non-empty line is one labelled item.</summary>
internal static class SetFile
{
    public static string PathOf(RepositoryFiles repository, string name, Split split, string extension = "tsv") =>
        System.IO.Path.Combine(repository.SetsFolder, $"{name}.{(split == Split.Dev ? "dev" : "heldout")}.{extension}");

    public static IEnumerable<string[]> Rows(string path, int columns)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new FormatException($"{path}:{number}: {columns} tab-separated columns expected, found {cells.Length}.");
            }

            yield return cells;
        }
    }

    public static string? Label(string cell) => cell == "-" ? null : cell;
}
