namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// The store could not be reached (or refused the request) after its own retries. Nothing was half-written: the
/// operation either did not happen or will be completed by recovery. The turn apologises and may retry later.
/// </summary>
public sealed class StorageUnavailableException(string message) : Exception(message);
