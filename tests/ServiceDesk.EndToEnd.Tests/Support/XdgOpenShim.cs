namespace ServiceDesk.EndToEnd.Tests.Support;

/// <summary>
/// A folder holding a no-op <c>xdg-open</c>: the Playground tries to open a browser at start and exits when it
/// cannot, so headless runs put this folder first on PATH.
/// </summary>
internal static class XdgOpenShim
{
    public static string CreateFolder(string parent)
    {
        var folder = Path.Combine(parent, "shim");
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "xdg-open");
        File.WriteAllText(script, "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return folder;
    }
}
