using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// A message about a ticket the employee already has, whatever it was first taken for (a new incident, a request, a
// question, a person): that ticket first, never a second one about the same thing.
internal sealed partial class MyTicketsFlow
{
    /// <summary>
    /// The employee's own ticket that <paramref name="text"/> is about, or null to go on as recognised. News, progress
    /// or handling asked ("has support looked at the flickering screen", "c'est pour quand l'imprimante"): the one
    /// ticket it names among open and recently closed ones (a pick list when several fit; the only open ticket, or the
    /// list, when it names none). A problem restated ("still", "again", "re:") or asked about ("?") as a new incident:
    /// only the one open incident clearly about it, with a way to report it as another problem.
    /// </summary>
    /// <param name="articleFirst">For a problem stated as new: the article that may solve it, if any, shown above the
    /// question whether it is the open ticket's problem, so that neither the fix nor the ticket is lost.</param>
    public async Task<IReadOnlyList<Reply>?> AboutOwnTicketAsync(
        DialogContext context, string text, Recognition recognition, CancellationToken cancellationToken,
        Func<CancellationToken, Task<IReadOnlyList<Reply>?>>? articleFirst = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recognition);
        var (asked, restated) = Concerns(text, recognition);
        var referred = !asked && FollowUpSignals.Referred(TextFolding.Words(text));
        if (!asked && !restated && !referred)
        {
            return null;
        }

        if (referred && await ReferredAsync(context, text, recognition, cancellationToken).ConfigureAwait(false) is { } mine)
        {
            // "when will I get visio, asked 2 days ago", "j'ai demandé l'accès la semaine dernière": something already
            // asked for, so the ticket about it is shown rather than a second one opened.
            return mine;
        }

        if (!asked && !restated)
        {
            return null;
        }

        var listed = await ListedAsync(context, cancellationToken).ConfigureAwait(false);
        var subject = FollowUpCues.Subject(text);
        if (asked && OpenedOnNamedDay(context, recognition, subject, listed, text) is { } onDay)
        {
            // "the ticket I opened tuesday, any news?": that day's ticket, or a pick list of that day's.
            return onDay.Count == 1 ? [await DetailsAsync(context, onDay[0], null, null, cancellationToken).ConfigureAwait(false)] : [Pick(context, onDay)];
        }

        if (asked && subject.Count == 0 && recognition.ServiceHint is null && recognition.CategoryHint is null)
        {
            // "Any news?", "did someone look at it yet?": the only open ticket, else the list to choose from.
            var open = listed.Where(t => t.Status.IsOpen()).ToList();
            return open.Count switch
            {
                0 => null,
                1 => [await DetailsAsync(context, open[0], null, null, cancellationToken).ConfigureAwait(false)],
                _ => [Reply.Of(TicketCards.List(context, listed))],
            };
        }

        var candidates = asked ? listed : [.. listed.Where(t => t.Status.IsOpen() && t.Kind == TicketKind.Incident)];
        // Restated, the problem's own words must meet the ticket's: the same category alone ("keyboard" and a laptop's
        // black screen are both the workstation) is another problem.
        var matches = candidates.Count == 0 ? [] : _matcher.Match(subject, asked ? recognition : recognition with { CategoryHint = null }, candidates, text);
        switch (matches.Count)
        {
            case 1 when asked:
                return [await DetailsAsync(context, matches[0], null, null, cancellationToken).ConfigureAwait(false)];
            case 1 when SaidAgain(text):
                // Asked about ("the vpn keeps cutting out, any tips?"): an article that may answer it comes first, the
                // open ticket below it; only restated ("still", "again"), the ticket alone.
                var answer = articleFirst is null || !text.Contains('?', StringComparison.Ordinal) ? null : await articleFirst(cancellationToken).ConfigureAwait(false);
                return [.. answer ?? [], await DetailsAsync(context, matches[0], context.Texts.Get(TextKeys.SameProblemOpen), null, cancellationToken).ConfigureAwait(false),
                    Reply.Of(AnotherProblem(context, text))];
            case 1 when _matcher.SharesSymptom(subject, matches[0]):
                // Stated as if new ("my vpn keeps dropping") while a ticket about it is open: ask, both answers one click;
                // an article that may fix it now comes first, as it would without the ticket.
                var article = articleFirst is null ? null : await articleFirst(cancellationToken).ConfigureAwait(false);
                return [.. article ?? [], Reply.Of(SameOrNew(context, matches[0], text))];
            case > 1 when asked:
                return [Pick(context, matches)];
            default:
                return null;
        }
    }

    /// <summary>
    /// Something referred to as already asked for ("asked 2 days ago", "when will I get …"): the one open or recent
    /// ticket its words name, shown; a problem stated with it keeps "Another problem? Report it" under the ticket, so a
    /// new fault with the same thing is still reported in one click. Null when no single ticket is about it (the
    /// message then goes on as recognised: a wish for something never asked for is not lost).
    /// </summary>
    private async Task<IReadOnlyList<Reply>?> ReferredAsync(DialogContext context, string text, Recognition recognition, CancellationToken cancellationToken)
    {
        var subject = FollowUpCues.Subject(text);
        if (subject.Count == 0)
        {
            return null;
        }

        var listed = await ListedAsync(context, cancellationToken).ConfigureAwait(false);
        var matches = listed.Count == 0 ? [] : _matcher.Match(subject, recognition, listed, text);
        if (matches.Count != 1)
        {
            return null;
        }

        var details = await DetailsAsync(context, matches[0], null, null, cancellationToken).ConfigureAwait(false);
        return recognition.Intent == Intent.ReportIncident ? [details, Reply.Of(AnotherProblem(context, text))] : [details];
    }

    /// <summary>
    /// Whether <paramref name="text"/>, recognised as <paramref name="recognition"/>, is checked against the employee's
    /// tickets: news or handling asked about, or a new incident (or a question) restating a problem.
    /// </summary>
    internal static (bool Asked, bool Restated) Concerns(string text, Recognition recognition)
    {
        var signal = FollowUpSignals.Of(TextFolding.Words(text), text.Contains('?', StringComparison.Ordinal));

        // A how-to asked ("how do I change my password?") is a question, not the password ticket restated.
        // A problem stated (with or without "still") is checked against the open incidents whose own words it meets.
        var restated = recognition.CategoryHint is not null
            && (recognition.Intent == Intent.ReportIncident || (recognition.Intent == Intent.Question && signal == FollowUpSignals.Signal.Restated));
        return (signal == FollowUpSignals.Signal.Asked || WhereIsMine(TextFolding.Words(text)), restated);
    }

    private static readonly HashSet<string> Where = new(StringComparer.Ordinal) { "where", "wheres", "ou" };

    private static readonly HashSet<string> IsWords = new(StringComparer.Ordinal) { "is", "s", "are", "est", "sont" };

    /// <summary>
    /// "where's my visio licence at?", "où est ma demande de badge": asking where something of one's own is, checked
    /// against one's tickets (nothing when none is about it); "where can I find my payslips" asks how, not this.
    /// </summary>
    private static bool WhereIsMine(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (Where.Contains(words[i]))
            {
                var at = IsWords.Contains(words[i + 1]) ? i + 2 : words[i] == "wheres" ? i + 1 : -1;
                if (at >= 0 && at < words.Count && words[at] is "my" or "mon" or "ma" or "mes" or "our" or "notre" or "nos")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A short list to pick from, remembered so that "the second one" typed next opens it.</summary>
    private static Reply Pick(DialogContext context, IReadOnlyList<Ticket> matches)
    {
        context.Offered = [OfferedPick, .. matches.SelectMany(t => new[] { t.Number.ToString(), t.Title })];
        return Reply.Of(TicketCards.Pick(context, matches, context.Texts.Get(TextKeys.PipelineFollowUpPick)));
    }

    /// <summary>Said again ("still", "again", "re:") or asked about ("?"): it is that ticket's problem, shown with it.</summary>
    private static bool SaidAgain(string text) =>
        text.Contains('?', StringComparison.Ordinal) || FollowUpSignals.Of(TextFolding.Words(text)) == FollowUpSignals.Signal.Restated;

    /// <summary>Marks "Report it" under a ticket already open about it (no article was refused there).</summary>
    public const string AnotherProblemField = "anotherProblem";

    /// <summary>"Another problem? Report it": the incident form with the sentence, as under an article.</summary>
    private static AdaptiveCard AnotherProblem(DialogContext context, string text)
    {
        var (texts, question) = (context.Texts, text.Length > KnowledgeAnswerCard.MaxQueryLength ? text[..KnowledgeAnswerCard.MaxQueryLength] : text);
        var line = texts.Get(TextKeys.SameProblemAnother);
        return FormCard.Build(new FormCardView(line, line)
        {
            Actions = [CardActions.Execute(texts.Get(TextKeys.KbReportItButton), KnowledgeVerbs.NotHelpful, new JsonObject { [KnowledgeFields.Query] = question, [AnotherProblemField] = "1" })],
        });
    }
}
