namespace ServiceDesk.Dialogs.Routing;

/// <summary>Words that work at any step, whatever dialog is active.</summary>
internal enum Interrupt { None, Help, Menu, StartOver, Cancel, Human }
