// The end-to-end tests drive Linux processes (a shell xdg-open shim, Debian's Chromium).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// Each end-to-end class starts its own bot and Playground; one class at a time keeps the machine responsive
// and the timings predictable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
