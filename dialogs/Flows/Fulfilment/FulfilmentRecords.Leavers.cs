using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

internal sealed partial class FulfilmentRecords
{
    private const string OwnerPurpose = "leaver-owner";

    /// <summary>
    /// A leaver's access removed: recorded on the history ("left the organisation"); the people who approved the
    /// request (the resource's owners or the approver the catalogue named) told in their language, each in their 1:1
    /// chat; with nobody to tell, the agents in the request's thread. The leaver is not told: the account is gone.
    /// </summary>
    private async Task LeftAsync(MembershipJob job, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(job.Ticket, cancellationToken).ConfigureAwait(false);
        var owners = new List<(TicketPerson Person, UserProfile? Profile)>();
        foreach (var owner in ticket?.Access?.Approvers ?? [])
        {
            owners.Add((owner, await profiles.GetAsync(owner.Id, cancellationToken).ConfigureAwait(false)));
        }

        var channel = ticket is null ? null : await queue.ForCategoryAsync(QueueCategories.Of(ticket), cancellationToken).ConfigureAwait(false);
        await ChangeAsync(job.Ticket, (t, now, texts) =>
            (t with { UpdatedAt = now },
                new TicketEvent(now, Actor, TicketEventKind.Updated, [new("access", "granted", "removed")],
                    texts.Get(LeaverTextKeys.History, t.Requester.Name ?? t.Requester.Id, job.GroupId))),
            (_, _) => null,
            owners.Count == 0 ? (stored, texts) => texts.Get(LeaverTextKeys.Agents, stored.Number, Removal(stored, texts, job)) : null,
            cancellationToken,
            others: stored => Owners(stored, owners, channel?.Channel, job)).ConfigureAwait(false);
    }

    private IEnumerable<OutboxDraft> Owners(
        Ticket stored, List<(TicketPerson Person, UserProfile? Profile)> owners, Turns.ConversationReference? origin, MembershipJob job)
    {
        for (var i = 0; i < owners.Count; i++)
        {
            var (person, profile) = owners[i];
            if ((profile?.PersonalConversation ?? origin) is not { } via)
            {
                continue;
            }

            var texts = Texts.For(profile?.Locale);
            var (kind, target) = AccessOutbox.PersonalChat(profile, via);
            yield return new OutboxDraft(QueueOutbox.Key(stored, $"{OwnerPurpose}-{i}"), kind, target,
                OutboxMessage.Json(texts.Language, texts.Get(LeaverTextKeys.Owner, stored.Number, Removal(stored, texts, job))),
                RecipientUserId: person.Id, Subject: stored.Number.ToString(), Purpose: OwnerPurpose);
        }
    }

    /// <summary>"Jean's access to CRM (member) was removed from the Entra group …" in <paramref name="texts"/>' language.</summary>
    private string Removal(Ticket stored, Texts texts, MembershipJob job) => texts.Get(
        LeaverTextKeys.Removal, stored.Requester.Name ?? stored.Requester.Id,
        AccessDisplay.Resource(catalogue, stored.Access!.ResourceId, texts), AccessDisplay.Level(stored.Access.Level, texts), job.GroupId);
}
