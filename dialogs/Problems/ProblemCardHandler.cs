using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Problems;

/// <summary>
/// The problem card's buttons (root cause, workaround, resolve, publish the workaround as an article) and the ticket
/// card's Link to problem. Agents only; the card's data is untrusted, so the problem is read again and every change
/// goes through <see cref="ProblemDesk"/> (conditional on the stored version, so a double click changes nothing twice).
/// </summary>
internal sealed class ProblemCardHandler(
    ProblemDesk desk, ProblemLinkReply links, IAgentQueue queue, ITicketStore tickets, IKnowledgeArticleStore articles, TimeProvider clock)
    : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs =>
        [ProblemVerbs.Link, ProblemVerbs.RootCause, ProblemVerbs.Workaround, ProblemVerbs.Resolve, ProblemVerbs.ArticleForm, ProblemVerbs.Publish];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        if (!await queue.IsAgentAsync(turn.From, cancellationToken).ConfigureAwait(false))
        {
            return Message(action, texts.Get(TextKeys.AgentsChannelNotAgent));
        }

        if (action.Verb == ProblemVerbs.Link)
        {
            return await LinkAsync(turn, action, texts, cancellationToken).ConfigureAwait(false);
        }

        if (Problem.ParseId(CardForm.Field(action.Data, ProblemVerbs.ProblemField).Text) is not { } id)
        {
            return Message(action, texts.Get(TextKeys.ProblemsBadId));
        }

        var by = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var input = action.Verb == ProblemVerbs.RootCause ? ProblemVerbs.RootCauseInput : ProblemVerbs.WorkaroundInput;
        var text = CardForm.Field(action.Data, input).Text?.Trim() ?? string.Empty;
        switch (action.Verb)
        {
            case ProblemVerbs.RootCause or ProblemVerbs.Workaround when text.Length is 0 or > Problem.MaxText:
                return Message(action, texts.Get(TextKeys.EngineRequired));
            case ProblemVerbs.RootCause:
                return Changed(action, await desk.SetRootCauseAsync(id, text, by, cancellationToken).ConfigureAwait(false), id, texts);
            case ProblemVerbs.Workaround:
                return Changed(action, await desk.SetWorkaroundAsync(id, text, by, cancellationToken).ConfigureAwait(false), id, texts);
            case ProblemVerbs.Resolve:
                var (change, resolved) = await desk.ResolveAsync(id, by, cancellationToken).ConfigureAwait(false);
                return change.Problem is null
                    ? Message(action, texts.Get(TextKeys.ProblemsNotFound, id))
                    : Show(action, ProblemCard.Build(change.Problem, texts, texts.Get(TextKeys.ProblemsResolvedWith, id, texts.Count(CountKeys.ProblemsResolvedIncidents, resolved))));
            case ProblemVerbs.ArticleForm:
                return await desk.Store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } problem
                    ? CanPublish(problem) ? new TurnResult([Reply.Of(ProblemArticle.Form(problem, texts))], action.IsInvoke ? InvokeAnswer.WithMessage(texts.Get(TextKeys.ProblemsArticleFormPosted)) : null)
                        : Message(action, texts.Get(TextKeys.ProblemsArticleNotKnownError, id))
                    : Message(action, texts.Get(TextKeys.ProblemsNotFound, id));
            default:
                return await PublishAsync(action, id, by, texts, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TurnResult> LinkAsync(Turn turn, CardAction action, Texts texts, CancellationToken cancellationToken)
    {
        if (!TicketNumber.TryParse(CardForm.Field(action.Data, AgentVerbs.TicketField).Text, out var number))
        {
            return Message(action, texts.Get(TextKeys.AnnouncementsAgentsInvalidCard));
        }

        if (Problem.ParseId(CardForm.Field(action.Data, ProblemVerbs.ProblemInput).Text) is not { } id)
        {
            return Message(action, texts.Get(TextKeys.ProblemsBadId));
        }

        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (ticket is null || !ticket.InTenant(turn.Conversation.TenantId))
        {
            return Message(action, texts.Get(TextKeys.TicketsNotFound, number));
        }

        // The ticket's card is replaced for everyone through the outbox; the agent reads what happened.
        return Message(action, await links.LinkAsync(turn, id, number, texts, cancellationToken).ConfigureAwait(false));
    }

    private async Task<TurnResult> PublishAsync(CardAction action, string id, TicketPerson by, Texts texts, CancellationToken cancellationToken)
    {
        if (await desk.Store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } problem)
        {
            return Message(action, texts.Get(TextKeys.ProblemsNotFound, id));
        }

        if (!CanPublish(problem))
        {
            return Message(action, texts.Get(TextKeys.ProblemsArticleNotKnownError, id));
        }

        var aliases = new List<string>();
        foreach (var number in problem.Incidents)
        {
            if (await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false) is { } incident)
            {
                aliases.Add(incident.Title);
            }
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (ProblemArticle.Read(problem, action.Data, aliases, today) is not { } versions)
        {
            return Message(action, texts.Get(TextKeys.ProblemsArticleIncomplete, ProblemVerbs.MaxTitle, ProblemArticle.MaxBody));
        }

        await articles.SaveAsync(versions, cancellationToken).ConfigureAwait(false);
        var recorded = await desk.RecordArticleAsync(id, versions[0].Id, by, cancellationToken).ConfigureAwait(false);
        var notice = texts.Get(TextKeys.ProblemsArticlePublished, versions[0].Id, id);
        return Show(action, ProblemCard.Build(recorded.Problem ?? problem, texts, notice));
    }

    private static bool CanPublish(Problem problem) => problem.Status == ProblemStatus.KnownError && problem.Workaround is { Length: > 0 };

    private static TurnResult Changed(CardAction action, ProblemChange change, string id, Texts texts) =>
        change.Problem is null
            ? Message(action, texts.Get(TextKeys.ProblemsNotFound, id))
            : Show(action, ProblemCard.Build(change.Problem, texts, change.Changed ? texts.Get(TextKeys.ProblemsSaved, id) : texts.Get(TextKeys.ProblemsUnchanged, id)));

    private static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);

    private static TurnResult Message(CardAction action, string text) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithMessage(text)) : new TurnResult([Reply.Of(text)]);
}
