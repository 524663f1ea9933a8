using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Routing;

public sealed class CardActionTableTests
{
    [Fact]
    public void Each_verb_goes_to_the_handler_that_declared_it_and_an_unknown_verb_to_none()
    {
        var approve = new Handler("approval.approve", "approval.reject");
        var outbox = new Handler("outbox.retry");

        var table = new CardActionTable([approve, outbox]);

        Assert.Same(approve, table.For("approval.reject"));
        Assert.Same(outbox, table.For("outbox.retry"));
        Assert.Null(table.For("outbox.delete"));
    }

    [Fact]
    public void Two_handlers_claiming_one_verb_are_refused_naming_the_verb()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CardActionTable([new Handler("agent.start"), new Handler("agent.hold", "agent.start")]));

        Assert.Contains("'agent.start' is claimed by both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handler_claiming_one_of_the_routers_own_verbs_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new CardActionTable([new Handler(EngineVerbs.Menu)]));

    private sealed class Handler(params string[] verbs) : ICardActionHandler
    {
        public IReadOnlyCollection<string> Verbs => verbs;

        public Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken) => Task.FromResult(TurnResult.Nothing);
    }
}
