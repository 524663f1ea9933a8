using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Problems.Clusters;

/// <summary>
/// The "Possible problem" card's buttons. The decision is stored first, conditionally on the cluster's version, so of
/// two clicks (one agent's double click, or two agents) exactly one acts and the other is shown the decision made:
/// <b>Open a problem</b> opens <c>PRB-…</c> with every incident linked, <b>Declare major incident</b> answers with the
/// outage form pre-filled from the first incident (linked on publish), <b>Not related</b> dismisses it for good. The
/// posted card is replaced for everyone through the outbox.
/// </summary>
internal sealed class ClusterCardHandler(
    IClusterStore clusters,
    ProblemDesk problems,
    IAnnouncementStore announcements,
    AnnouncementAudiences audiences,
    IAgentQueue queue,
    ITicketStore tickets,
    IOutboxStore outbox,
    IOptions<ProblemOptions> options,
    TimeProvider clock) : ICardActionHandler
{
    private const int MaxAttempts = 5;

    public IReadOnlyCollection<string> Verbs => [ProblemVerbs.ClusterDeclare, ProblemVerbs.ClusterOpen, ProblemVerbs.ClusterDismiss];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        if (!await queue.IsAgentAsync(turn.From, cancellationToken).ConfigureAwait(false))
        {
            return Message(action, texts.Get(TextKeys.AgentsChannelNotAgent));
        }

        var id = CardForm.Field(action.Data, ProblemVerbs.ClusterField).Text;
        if (string.IsNullOrEmpty(id) || id.Length > 60 || await clusters.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } cluster)
        {
            return Message(action, texts.Get(TextKeys.ClustersNotFound));
        }

        var by = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var status = action.Verb switch
        {
            ProblemVerbs.ClusterOpen => ClusterStatus.ProblemOpened,
            ProblemVerbs.ClusterDeclare => ClusterStatus.MajorIncidentDeclared,
            _ => ClusterStatus.Dismissed,
        };
        var (decided, won) = await DecideAsync(cluster, status, by, cancellationToken).ConfigureAwait(false);
        if (!won)
        {
            return Show(action, await CardAsync(decided, texts, texts.Get(TextKeys.ClustersAlreadyDecided), cancellationToken).ConfigureAwait(false));
        }

        var replies = new List<Reply>();
        switch (status)
        {
            case ClusterStatus.ProblemOpened:
                var problem = await OpenProblemAsync(decided, by, texts, cancellationToken).ConfigureAwait(false);
                decided = await RecordAsync(decided, problem.Id, cancellationToken).ConfigureAwait(false);
                replies.Add(Reply.Of(ProblemCard.Build(problem, texts, texts.Get(TextKeys.ProblemsOpened, problem.Id))));
                break;
            case ClusterStatus.MajorIncidentDeclared:
                replies.Add(await DeclareFormAsync(decided, by, texts, cancellationToken).ConfigureAwait(false));
                break;
        }

        await RefreshForEveryoneAsync(decided, cancellationToken).ConfigureAwait(false);
        var card = await CardAsync(decided, texts, null, cancellationToken).ConfigureAwait(false);
        return action.IsInvoke ? new TurnResult(replies, InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card), .. replies]);
    }

    /// <summary>Stores the decision if nobody made one; the cluster as stored and whether this click made it.</summary>
    private async Task<(IncidentCluster Cluster, bool Won)> DecideAsync(IncidentCluster cluster, ClusterStatus status, TicketPerson by, CancellationToken cancellationToken)
    {
        var current = cluster;
        for (var attempt = 1; attempt <= MaxAttempts && current.Status == ClusterStatus.Open; attempt++)
        {
            var decided = current with { Version = current.Version + 1, Status = status, DecidedBy = by, DecidedAt = clock.GetUtcNow() };
            var saved = await clusters.UpdateAsync(decided, current.Version, cancellationToken).ConfigureAwait(false);
            if (saved.Status == ClusterSaveStatus.Saved)
            {
                return (decided, true);
            }

            if (saved.Cluster is not { } fresh)
            {
                break;
            }

            current = fresh;
        }

        return (current, false);
    }

    private async Task<Problem> OpenProblemAsync(IncidentCluster cluster, TicketPerson by, Texts texts, CancellationToken cancellationToken)
    {
        var title = cluster.Kind == ClusterKind.Service
            ? texts.Get(TextKeys.ClustersProblemTitleService, cluster.Shared)
            : texts.Get(TextKeys.ClustersProblemTitleText, cluster.Shared);
        var problem = await problems.OpenAsync(title, cluster.Kind == ClusterKind.Service ? cluster.Shared : null, by, cancellationToken).ConfigureAwait(false);
        foreach (var number in cluster.Incidents)
        {
            problem = (await problems.LinkAsync(problem.Id, number, by, cancellationToken).ConfigureAwait(false)).Problem ?? problem;
        }

        return problem;
    }

    private async Task<IncidentCluster> RecordAsync(IncidentCluster cluster, string decidedAs, CancellationToken cancellationToken)
    {
        var current = cluster;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var changed = current with { Version = current.Version + 1, DecidedAs = decidedAs };
            var saved = await clusters.UpdateAsync(changed, current.Version, cancellationToken).ConfigureAwait(false);
            if (saved.Status == ClusterSaveStatus.Saved || saved.Cluster is null)
            {
                return changed;
            }

            current = saved.Cluster;
        }

        return current with { DecidedAs = decidedAs };
    }

    /// <summary>The outage form as "Declare major incident" on the first incident's card opens it: a draft pre-filled from it.</summary>
    private async Task<Reply> DeclareFormAsync(IncidentCluster cluster, TicketPerson by, Texts texts, CancellationToken cancellationToken)
    {
        var first = await tickets.GetAsync(cluster.Incidents[0], cancellationToken).ConfigureAwait(false);
        var service = cluster.Kind == ClusterKind.Service ? cluster.Shared : first?.Service ?? first?.Category ?? string.Empty;
        var content = new AnnouncementContent(
            Cut(service, AnnouncementValidation.ServiceMax),
            new AnnouncementText(Cut(first?.Title ?? string.Empty, AnnouncementValidation.TitleMax), Cut(first?.Description ?? string.Empty, AnnouncementValidation.WhatUsersSeeMax), string.Empty),
            null,
            null);
        var draft = await announcements.CreateAsync(content, by, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var open = first is { } t && t.Status.IsOpen() ? t.Number.ToString() : null;
        // The audience as the outage command's form shows it: without Graph, whom "everyone" reaches and why no other.
        return Reply.Of(AnnouncementDeclareCard.Build(texts, draft.Content, draft: draft, ticket: open,
            notice: texts.Get(TextKeys.ClustersDeclareNotice, string.Join(", ", cluster.Incidents.Skip(1))), audience: audiences.Form(draft, texts)));
    }

    private async Task RefreshForEveryoneAsync(IncidentCluster cluster, CancellationToken cancellationToken)
    {
        if (cluster.Post is not { } post)
        {
            return;
        }

        var card = await CardAsync(cluster, Texts.For(post.Locale), null, cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(ClusterOutbox.Update(cluster, post, card), cancellationToken).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> CardAsync(IncidentCluster cluster, Texts texts, string? notice, CancellationToken cancellationToken)
    {
        var incidents = new List<Ticket>();
        foreach (var number in cluster.Incidents)
        {
            if (await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false) is { } ticket)
            {
                incidents.Add(ticket);
            }
        }

        return ClusterCard.Build(cluster, incidents, options.Value.ClusterWindowMinutes, texts, notice);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);

    private static TurnResult Message(CardAction action, string text) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithMessage(text)) : new TurnResult([Reply.Of(text)]);
}
