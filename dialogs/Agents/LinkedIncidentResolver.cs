using System.Text.Json;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// Resolves an incident on behalf of what it was linked to (a major incident, a problem) through the agents' own path
/// (<see cref="AgentChange"/>, the SLA clock, <see cref="ITicketNotifier"/>: the requester told in their language, the
/// queue card replaced), with a note written in the requester's language. A ticket already resolved, closed or gone is
/// left alone, so running it again resolves nothing twice; a concurrent change is retried from a fresh read.
/// </summary>
internal sealed class LinkedIncidentResolver(
    ITicketStore tickets, ISlaClock sla, ITicketNotifier notifier, IUserProfileStore profiles, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    /// <summary>The outcome for one ticket: its requester's id when it was resolved now; <paramref name="GaveUp"/> when it kept changing.</summary>
    public sealed record Outcome(string? Requester, bool GaveUp);

    public async Task<Outcome> ResolveAsync(TicketNumber number, Func<Texts, string> note, TicketPerson by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
            if (ticket is null || !AgentRules.Allows(ticket, AgentVerbs.Resolve))
            {
                // Gone, or resolved/closed by an agent in the meantime: nothing to do (and nobody to tell twice).
                return new(null, false);
            }

            var profile = await profiles.GetAsync(ticket.Requester.Id, cancellationToken).ConfigureAwait(false);
            var texts = Texts.For(profile?.Locale);
            var text = note(texts);
            text = text.Length > AgentVerbs.MaxText ? text[..AgentVerbs.MaxText] : text;
            var data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [AgentVerbs.ResolutionInput] = text }, Conversation.DialogStateJsonContext.Default.DictionaryStringString);
            var now = clock.GetUtcNow();
            if (AgentChange.For(ticket, AgentVerbs.Resolve, data, by, [], now, texts) is not { Changed: { } changed, Event: { } happened })
            {
                return new(null, false);
            }

            changed = changed with { Sla = sla.Update(ticket, changed, now) };
            var outbox = await notifier.ForAsync(ticket, happened, cancellationToken).ConfigureAwait(false);
            var result = await tickets.UpdateAsync(changed, happened, outbox, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case TicketUpdateOutcome.Updated:
                    return new(ticket.Requester.Id, false);
                case TicketUpdateOutcome.NotFound:
                    return new(null, false);
            }
        }

        return new(null, true);
    }
}
