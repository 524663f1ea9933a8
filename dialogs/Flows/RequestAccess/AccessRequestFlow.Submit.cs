using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

// The last step: find who approves, then create the request and its approval cards in one change.
internal sealed partial class AccessRequestFlow
{
    private async Task<Step<AccessRequestState>> SubmitAsync(DialogContext context, AccessRequestState state, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var resource = catalogue.Find(state.ResourceId)!;
        var from = context.Turn.From;
        var (outcome, approvers) = await ApproversAsync(resource, new DirectoryPerson(from.Id, from.AadObjectId, from.Name), cancellationToken).ConfigureAwait(false);
        if (outcome == DirectoryOutcome.Unavailable)
        {
            return Step<AccessRequestState>.Retry(state, texts.Get(AccessTextKeys.ApproverUnavailable));
        }

        if (approvers.Count == 0)
        {
            return Step<AccessRequestState>.End([Reply.Of(texts.Get(AccessTextKeys.ApproverNone))]);
        }

        // A second "send" (double click, another instance) finds the dialog already moved on: one request only.
        if (!await context.CheckpointAsync(Advance(context, state with { Step = AccessStep.Done }), cancellationToken).ConfigureAwait(false))
        {
            return Step<AccessRequestState>.Conflict();
        }

        var recipients = new List<ApproverRecipient>();
        foreach (var approver in approvers)
        {
            recipients.Add(new ApproverRecipient(approver, await profiles.GetAsync(approver.Id, cancellationToken).ConfigureAwait(false)));
        }

        var created = await tickets.CreateOnceAsync(
            context.Current!.Id,
            Draft(context, state, resource, approvers),
            stored => AccessOutbox.ApprovalCards(stored, recipients, catalogue, context.Turn.Conversation),
            cancellationToken).ConfigureAwait(false);
        // A card, so that after a click it replaces the summary (and its button) in place.
        return Step<AccessRequestState>.End([Reply.Of(AccessRequestCards.Created(context, created, catalogue))]);
    }

    /// <summary>
    /// The requester's manager, or the resource's owners. Nobody approves their own request: an owner asking for
    /// their own resource goes to their manager instead.
    /// </summary>
    private async Task<(DirectoryOutcome Outcome, IReadOnlyList<TicketPerson> Approvers)> ApproversAsync(
        AccessResource resource, DirectoryPerson requester, CancellationToken cancellationToken)
    {
        var found = new List<DirectoryPerson>();
        if (resource.Approver == AccessApproverRule.Owners)
        {
            foreach (var owner in resource.Owners)
            {
                var lookup = await directory.FindPersonAsync(owner, cancellationToken).ConfigureAwait(false);
                if (lookup.Outcome == DirectoryOutcome.Unavailable)
                {
                    return (DirectoryOutcome.Unavailable, []);
                }

                found.Add(lookup.Person ?? new DirectoryPerson(owner, null, null));
            }
        }

        found.RemoveAll(p => p.Is(requester.Id) || p.Is(requester.AadObjectId));
        if (found.Count == 0)
        {
            var manager = await directory.GetManagerAsync(requester, cancellationToken).ConfigureAwait(false);
            if (manager.Outcome != DirectoryOutcome.Found)
            {
                return (manager.Outcome, []);
            }

            found.Add(manager.Person!);
        }

        return (DirectoryOutcome.Found, [.. found.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Select(p => new TicketPerson(p.Id, p.AadObjectId, p.Name))]);
    }

    private static TicketDraft Draft(DialogContext context, AccessRequestState state, AccessResource resource, IReadOnlyList<TicketPerson> approvers)
    {
        var texts = context.Texts;
        var from = context.Turn.From;
        var requester = new TicketPerson(from.Id, from.AadObjectId, from.Name);
        var template = new Ticket
        {
            Number = default,
            Version = 0,
            Status = TicketStatus.AwaitingApproval,
            Title = texts.Get(AccessTextKeys.TicketTitle, resource.Name.For(texts.Language), AccessDisplay.Level(state.Level!, texts)),
            Description = state.Justification!,
            Category = resource.Id,
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = PriorityMatrix.Default.For(Impact.Low, Urgency.Medium),
            Requester = requester,
            TenantId = context.Turn.Conversation.TenantId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            Access = new AccessRequestDetails(
                resource.Id,
                state.Level!,
                state.Justification!,
                state.EndDate,
                [.. approvers.SelectMany(a => new[] { a.Id, a.AadObjectId }).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
                Approvers: approvers),
        };
        return new TicketDraft(TicketKind.Request, template, new TicketEvent(context.Now, requester, TicketEventKind.Created, []));
    }
}
