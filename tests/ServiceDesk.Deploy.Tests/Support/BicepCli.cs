namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (no Azure, no network).</summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static Task<ProcessResult> BuildAsync(string bicepFile, string outFile) =>
        RunAsync(["build", bicepFile, "--outfile", outFile]);

    public static Task<ProcessResult> LintAsync(string bicepFile) => RunAsync(["lint", bicepFile]);

    private static Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments)
    {
        var bicep = Executable();
        return ProcessRun.RunAsync(bicep, arguments, Path.GetDirectoryName(arguments[1])!, Timeout);
    }

    /// <summary>The restored executable; NuGet may extract it without its execute bit.</summary>
    private static string Executable()
    {
        var path = Repository.BicepPath.Replace('\\', '/');
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The Bicep CLI is missing at {path}: restore tests/ServiceDesk.Deploy.Tests.");
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }
}
