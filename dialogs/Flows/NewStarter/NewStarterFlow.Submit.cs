using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

// The last step: each item's approvers (the one seam every request uses), then the request, its approval cards and
// its card in the new starters' queue, in one change.
internal sealed partial class NewStarterFlow
{
    private async Task<Step<NewStarterState>> SubmitAsync(DialogContext context, NewStarterState state, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var from = context.Turn.From;
        var requester = new DirectoryPerson(from.Id, from.AadObjectId, from.Name);
        var items = new List<RequestItem>();
        var recipients = new List<IReadOnlyList<ApproverRecipient>>();
        foreach (var resource in (state.Items ?? []).Select(catalogue.Find).OfType<AccessResource>())
        {
            var (outcome, approvers, routing) = await approverSelection.ForAsync(resource, requester, cancellationToken).ConfigureAwait(false);
            if (outcome == DirectoryOutcome.Unavailable)
            {
                return Step<NewStarterState>.Retry(state, texts.Get(AccessTextKeys.ApproverUnavailable));
            }

            if (approvers.Count == 0 && resource.Approver != AccessApproverRule.None)
            {
                return Step<NewStarterState>.End([Reply.Of(texts.Get(AccessTextKeys.ApproverNone))]);
            }

            // A newcomer gets each access at its first level (read, member, assigned): more is asked later, by them.
            items.Add(new RequestItem(
                resource.Id,
                resource.IsItem ? string.Empty : resource.Levels[0],
                [.. approvers.SelectMany(a => new[] { a.Id, a.AadObjectId }).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
                approvers,
                approvers.Count == 0 ? ItemDecision.NotNeeded : ItemDecision.Pending,
                Routing: routing));
            var people = new List<ApproverRecipient>();
            foreach (var approver in approvers)
            {
                people.Add(new ApproverRecipient(approver, await profiles.GetAsync(approver.Id, cancellationToken).ConfigureAwait(false)));
            }

            recipients.Add(people);
        }

        // A second "send" (double click, another instance) finds the dialog already moved on: one request only.
        if (!await context.CheckpointAsync(Advance(context, state with { Step = NewStarterStep.Done }), cancellationToken).ConfigureAwait(false))
        {
            return Step<NewStarterState>.Conflict();
        }

        var draft = Draft(context, state, items);
        var queue = await notifier.ForAsync(draft.Template, draft.Created, cancellationToken).ConfigureAwait(false);
        var created = await tickets.CreateOnceAsync(
            context.Current!.Id,
            draft,
            stored => [.. NewStarterOutbox.ApprovalCards(stored, recipients, catalogue, context.Turn.Conversation), .. queue(stored)],
            cancellationToken).ConfigureAwait(false);
        return Step<NewStarterState>.End([Reply.Of(NewStarterCards.Created(context, created, catalogue))]);
    }

    private TicketDraft Draft(DialogContext context, NewStarterState state, IReadOnlyList<RequestItem> items)
    {
        var texts = context.Texts;
        var from = context.Turn.From;
        var requester = new TicketPerson(from.Id, from.AadObjectId, from.Name);
        var details = new NewStarterDetails(state.Name!, state.Email, state.StartDate!.Value, items);
        var start = AccessDisplay.Date(details.StartDate, texts);
        var template = new Ticket
        {
            Number = default,
            Version = 0,
            Status = details.AllDecided ? TicketStatus.Approved : TicketStatus.AwaitingApproval,
            Title = texts.Get(TextKeys.StarterTicketTitle, details.Name, start),
            Description = texts.Get(TextKeys.StarterTicketDescription, details.Name, start,
                string.Join(", ", items.Select(i => catalogue.Find(i.ResourceId)?.Name.For(texts.Language) ?? i.ResourceId))),
            Category = NewStarterCategory,
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = PriorityMatrix.Default.For(Impact.Low, Urgency.Medium),
            Requester = requester,
            TenantId = context.Turn.Conversation.TenantId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            NewStarter = details,
        };
        return new TicketDraft(TicketKind.Request, template, new TicketEvent(context.Now, requester, TicketEventKind.Created, []));
    }

    /// <summary>The category a new starter's request is stored under.</summary>
    public const string NewStarterCategory = "new-starter";
}
