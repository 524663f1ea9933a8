namespace ServiceDesk.Dialogs.Tickets;

/// <summary>How many people are affected: 1 high (many people or a site) … 3 low (just me).</summary>
public enum Impact { High = 1, Medium = 2, Low = 3 }

/// <summary>How much work is blocked: 1 high (all my work) … 3 low (it can wait).</summary>
public enum Urgency { High = 1, Medium = 2, Low = 3 }

/// <summary>ITIL priority, P1 most urgent.</summary>
public enum Priority { P1 = 1, P2 = 2, P3 = 3, P4 = 4, P5 = 5 }
