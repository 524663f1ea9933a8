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
        var (outcome, approvers, routing) = await approverSelection.ForAsync(resource, new DirectoryPerson(from.Id, from.AadObjectId, from.Name), cancellationToken).ConfigureAwait(false);
        if (outcome == DirectoryOutcome.Unavailable)
        {
            return Step<AccessRequestState>.Retry(state, texts.Get(AccessTextKeys.ApproverUnavailable));
        }

        var needsNoApproval = resource.Approver == AccessApproverRule.None;
        if (approvers.Count == 0 && !needsNoApproval)
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

        var draft = Draft(context, state, resource, approvers, part, routing);
        // Nothing to approve: the request goes straight to its fulfilment queue, as an approved one does.
        var fulfilment = needsNoApproval ? await notifier.ForAsync(draft.Template, draft.Created, cancellationToken).ConfigureAwait(false) : null;
        var created = await tickets.CreateOnceAsync(
            context.Current!.Id,
            draft,
            stored => [.. AccessOutbox.ApprovalCards(stored, recipients, catalogue, context.Turn.Conversation), .. fulfilment?.Invoke(stored) ?? []],
            cancellationToken).ConfigureAwait(false);
        // A card, so that after a click it replaces the summary (and its button) in place.
        return Step<AccessRequestState>.End([Reply.Of(AccessRequestCards.Created(context, created, catalogue))]);
    }

    private static TicketDraft Draft(
        DialogContext context, AccessRequestState state, AccessResource resource, IReadOnlyList<TicketPerson> approvers, CataloguePart part, ApproverRouting? routing)
    {
        var texts = context.Texts;
        var from = context.Turn.From;
        var requester = new TicketPerson(from.Id, from.AadObjectId, from.Name);
        var template = new Ticket
        {
            Number = default,
            Version = 0,
            Status = resource.Approver == AccessApproverRule.None ? TicketStatus.Approved : TicketStatus.AwaitingApproval,
            Title = texts.Get(AccessTextKeys.For(part, AccessTextKeys.TicketTitle), resource.Name.For(texts.Language), AccessDisplay.Level(state.Level!, texts)),
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
                Approvers: approvers,
                Queue: resource.Queue,
                Routing: routing),
        };
        return new TicketDraft(TicketKind.Request, template, new TicketEvent(context.Now, requester, TicketEventKind.Created, []));
    }
}
