using System.Diagnostics;
using System.Text.Json;
using ServiceDesk.Cards;

namespace ServiceDesk.TestKit;

/// <summary>One card as the official renderer (npm adaptivecards in jsdom) saw it.</summary>
internal sealed record RenderReport(
    string File,
    IReadOnlyList<RenderEvent>? ParseEvents,
    IReadOnlyList<RenderEvent>? ValidationEvents,
    string? Html,
    bool Rendered,
    string? Version,
    string? Error)
{
    public IEnumerable<RenderEvent> AllEvents => (ParseEvents ?? []).Concat(ValidationEvents ?? []);
}

internal sealed record RenderEvent(string Phase, string Event, string Message);

/// <summary>Runs tests/ServiceDesk.Cards.Tests/js/render-card.mjs with node on cards written to temp files.</summary>
internal static class CardRenderer
{
    public static async Task<IReadOnlyList<RenderReport>> RenderAsync(IReadOnlyList<AdaptiveCard> cards)
    {
        var root = RepositoryRoot();
        foreach (var package in new[] { "adaptivecards", "jsdom" })
        {
            if (!Directory.Exists(Path.Combine(root, "node_modules", package)))
            {
                throw new InvalidOperationException($"node_modules/{package} is missing under {root}: run npm ci");
            }
        }

        var folder = Directory.CreateTempSubdirectory("servicedesk-cards-");
        try
        {
            var files = new List<string>();
            for (var i = 0; i < cards.Count; i++)
            {
                var path = Path.Combine(folder.FullName, $"card{i}.json");
                await File.WriteAllTextAsync(path, CardJson.Serialize(cards[i]));
                files.Add(path);
            }

            var output = await RunNodeAsync(root, [Path.Combine(root, "tests", "ServiceDesk.Cards.Tests", "js", "render-card.mjs"), .. files]);
            return JsonSerializer.Deserialize<List<RenderReport>>(output, JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException("The renderer printed no report.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunNodeAsync(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServiceDesk.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ServiceDesk.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
