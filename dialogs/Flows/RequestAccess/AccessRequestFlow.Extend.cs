using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

// "Ask to extend": a new request for the same access, the answers of the one it extends pre-filled.
internal sealed partial class AccessRequestFlow
{
    /// <summary>
    /// The resource, level and reason of <paramref name="number"/> taken (the reason says which request it extends);
    /// the new end date is asked, then the summary. A request that is not the clicker's own (or gone) starts the plain form.
    /// </summary>
    private async Task<Step<AccessRequestState>> ExtendAsync(DialogContext context, TicketNumber number, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (ticket is not { Access: { } access } || ticket.Requester.Id != context.Turn.From.Id || !ticket.InTenant(context.Turn.Conversation.TenantId)
            || catalogue.Find(access.ResourceId) is not { IsItem: false } resource)
        {
            return Step<AccessRequestState>.Ask(new AccessRequestState(AccessStep.Resource));
        }

        var reason = texts.Get(FulfilmentTextKeys.ExtendReason, number, access.Justification);
        var max = options.Value.JustificationMaxLength;
        var state = new AccessRequestState(AccessStep.Resource, resource.Id, resource.Level(access.Level), reason.Length > max ? reason[..max] : reason).Next();
        return Step<AccessRequestState>.Ask(state) with { Notes = [texts.Get(FulfilmentTextKeys.ExtendNote, number)] };
    }
}
