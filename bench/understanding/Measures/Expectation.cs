using ServiceDesk.Bench.Understanding.Desk;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bench.Understanding.Measures;

/// <summary>One "expect:" line of a script, checked against what the last step showed and the tickets the last step created.</summary>
internal sealed class Expectation(Probe probe, Chat chat, IReadOnlyList<Ticket> created)
{
    public bool Holds(string expectation)
    {
        var seen = chat.Last;
        var negated = expectation.StartsWith("not ", StringComparison.Ordinal);
        var body = negated ? expectation[4..] : expectation;
        var (verb, argument) = body.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? (body[..space], body[(space + 1)..].Trim()) : (body, string.Empty);
        bool result = (verb, argument) switch
        {
            ("form", _) => probe.ShowsFormStep(seen),
            ("no", "form") => !probe.ShowsFormStep(seen),
            ("asks", var field) => seen.Asks(field),
            ("refused", _) => probe.Refused(seen),
            ("says", var key) => probe.Texts.Says(seen, key),
            ("article", var id) => probe.Articles.Shown(seen).FirstOrDefault() == id,
            ("no", "article") => probe.Articles.Shown(seen).Count == 0,
            ("created", "none") => created.Count == 0,
            ("created", var kind) => created.Any(t => t.Number.ToString().StartsWith(kind, StringComparison.OrdinalIgnoreCase)),
            ("ticket", var alias) => chat.Seeded.TryGetValue(alias, out var number) && seen.Shows(number.ToString()),
            // An escalation made while no agents' queue routes it (the bench has none) hands the conversation to a person too.
            // Inside a form, the call-back is offered with a button rather than filed at once; a resource the access
            // catalogue does not have is said so with the access card's own "Talk to a person" button.
            ("offers", "human") => probe.Texts.Offers(seen, "engine.humanButton") || probe.Texts.Offers(seen, "engine.callBackButton")
                || probe.Texts.Offers(seen, "access.human")
                || probe.Texts.Says(seen, "escalation.created")
                || probe.Texts.Says(seen, "escalation.createdUnrouted"),
            ("last", var assignment) => Last(assignment),
            _ => throw new FormatException($"Unknown expectation \"{expectation}\"."),
        };
        return result != negated;
    }

    private bool Last(string assignment)
    {
        var parts = assignment.Split('=', 2);
        if (chat.AllCreated.Count == 0 || parts.Length != 2)
        {
            return false;
        }

        var ticket = chat.AllCreated[^1];
        var value = parts[0] switch
        {
            "category" => ticket.Category,
            "service" => ticket.Service,
            "impact" => ticket.Impact.ToString(),
            "urgency" => ticket.Urgency.ToString(),
            "resource" => ticket.Access?.ResourceId,
            "level" => ticket.Access?.Level,
            _ => throw new FormatException($"Unknown ticket field \"{parts[0]}\"."),
        };
        return string.Equals(value, parts[1], StringComparison.OrdinalIgnoreCase);
    }
}
