namespace ServiceDesk.Dialogs.Routing;

/// <summary>Words that work at any step, whatever dialog is active. <see cref="Resume"/> brings back a request put aside.</summary>
internal enum Interrupt { None, Help, Menu, StartOver, Cancel, Human, Resume }
