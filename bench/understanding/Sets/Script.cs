namespace ServiceDesk.Bench.Understanding.Sets;

/// <summary>One line of a scripted conversation: what the employee does, or what they must have seen.</summary>
internal sealed record ScriptLine(int Number, string Kind, string? Field, string Text);

/// <summary>A scripted conversation (format in the header of sets/conversations.*.txt).</summary>
internal sealed record Script(string Name, string Locale, IReadOnlyList<ScriptLine> Lines)
{
    public static IReadOnlyList<Script> Read(RepositoryFiles repository, Split split)
    {
        var path = SetFile.PathOf(repository, "conversations", split, "txt");
        var scripts = new List<Script>();
        string? name = null;
        var locale = "en-US";
        var lines = new List<ScriptLine>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("===", StringComparison.Ordinal))
            {
                Flush();
                name = line[3..].Trim();
                continue;
            }

            if (name is null)
            {
                throw new FormatException($"{path}:{number}: a script starts with \"=== name\".");
            }

            if (line.StartsWith("locale:", StringComparison.Ordinal))
            {
                locale = line["locale:".Length..].Trim();
            }
            else if (line == "finish")
            {
                lines.Add(new ScriptLine(number, "finish", null, string.Empty));
            }
            else if (line.StartsWith("answer ", StringComparison.Ordinal) && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 7)
            {
                lines.Add(new ScriptLine(number, "answer", line[7..colon].Trim(), line[(colon + 1)..].Trim()));
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var at and > 0 && line[..at] is "user" or "click" or "expect")
            {
                lines.Add(new ScriptLine(number, line[..at], null, line[(at + 1)..].Trim()));
            }
            else
            {
                throw new FormatException($"{path}:{number}: unknown line \"{line}\".");
            }
        }

        Flush();
        return scripts;

        void Flush()
        {
            if (name is not null)
            {
                scripts.Add(new Script(name, locale, [.. lines]));
            }

            lines.Clear();
            locale = "en-US";
        }
    }
}
