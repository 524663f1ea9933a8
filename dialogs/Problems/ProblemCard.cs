using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Problems;

/// <summary>
/// A problem as the agents' channel shows it: id, status, title, root cause, workaround, linked incidents and the latest
/// history, with Set root cause / Set workaround / Resolve while it is open, and Publish as an article once it is a
/// known error with a workaround. No due times: problems have no service level.
/// </summary>
internal static class ProblemCard
{
    private const int MaxLinkedShown = 30;
    private const int HistoryShown = 5;

    public static AdaptiveCard Build(Problem problem, Texts texts, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(texts);
        var body = new List<CardElement>
        {
            new TextBlock($"{problem.Id} · {Status(texts, problem.Status)}") { IsSubtle = true, Weight = TextWeight.Bolder },
            new TextBlock(problem.Title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        var facts = new List<Fact>
        {
            new(texts.Get(TextKeys.ProblemsRootCause), problem.RootCause ?? texts.Get(TextKeys.ProblemsNotYet)),
            new(texts.Get(TextKeys.ProblemsWorkaround), problem.Workaround ?? texts.Get(TextKeys.ProblemsNotYet)),
            new(texts.Get(TextKeys.ProblemsIncidents), Linked(problem, texts)),
        };
        if (problem.Service is { Length: > 0 } service)
        {
            facts.Insert(0, new(texts.Get(TextKeys.ProblemsService), service));
        }

        if (problem.ArticleId is { } article)
        {
            facts.Add(new(texts.Get(TextKeys.ProblemsArticle), article));
        }

        body.Add(new FactSet(facts));
        body.Add(new TextBlock(texts.Get(TextKeys.ProblemsHistory)) { Weight = TextWeight.Bolder, Separator = true });
        body.AddRange(problem.History.TakeLast(HistoryShown).Select(e => (CardElement)new TextBlock(History(e, texts)) { Wrap = true, IsSubtle = true }));
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Weight = TextWeight.Bolder, Wrap = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = problem.IsOpen ? Buttons(problem, texts) : [],
            FallbackText = $"{problem.Id}: {problem.Title} ({Status(texts, problem.Status)})",
            MsTeams = TeamsCardProperties.Full,
        };
    }

    public static string Status(Texts texts, ProblemStatus status) => status switch
    {
        ProblemStatus.Investigating => texts.Get(TextKeys.ProblemsStatusInvestigating),
        ProblemStatus.KnownError => texts.Get(TextKeys.ProblemsStatusKnownError),
        _ => texts.Get(TextKeys.ProblemsStatusResolved),
    };

    private static string Linked(Problem problem, Texts texts)
    {
        if (problem.Incidents.Count == 0)
        {
            return texts.Get(TextKeys.ProblemsNone);
        }

        // The first links say where it started; a long list would push the card past its size budget.
        var shown = problem.Incidents.Take(MaxLinkedShown).Select(n => n.ToString());
        return $"{problem.Incidents.Count}: {string.Join(", ", shown)}{(problem.Incidents.Count > MaxLinkedShown ? ", …" : string.Empty)}";
    }

    private static string History(ProblemEvent e, Texts texts)
    {
        var when = e.At.UtcDateTime.ToString("ddd d MMM yyyy, HH:mm", texts.Culture) + " UTC";
        var who = e.Actor.Name ?? e.Actor.Id;
        var what = e.Kind switch
        {
            ProblemEventKind.Opened => texts.Get(TextKeys.ProblemsEventOpened),
            ProblemEventKind.Linked => texts.Get(TextKeys.ProblemsEventLinked, e.Detail),
            ProblemEventKind.RootCause => texts.Get(TextKeys.ProblemsEventRootCause),
            ProblemEventKind.Workaround => texts.Get(TextKeys.ProblemsEventWorkaround),
            ProblemEventKind.ArticlePublished => texts.Get(TextKeys.ProblemsEventArticle, e.Detail),
            _ => texts.Get(TextKeys.ProblemsEventStatus, Enum.TryParse<ProblemStatus>(e.Detail, out var s) ? Status(texts, s) : e.Detail),
        };
        return $"{when} · {who}: {what}";
    }

    private static List<AdaptiveAction> Buttons(Problem problem, Texts texts)
    {
        var data = new JsonObject { [ProblemVerbs.ProblemField] = problem.Id };
        ShowCardAction Form(string titleKey, string sendKey, string verb, string input, string label, string? value) =>
            new(new AdaptiveCard
            {
                Body = [new TextInput
                {
                    Id = input, Label = label, IsMultiline = true, IsRequired = true, MaxLength = Problem.MaxText, Value = value,
                    ErrorMessage = texts.Get(TextKeys.EngineRequired),
                }],
                Actions = [CardActions.Execute(texts.Get(sendKey), verb, data, ActionStyle.Positive)],
            }) { Title = texts.Get(titleKey) };

        var buttons = new List<AdaptiveAction>
        {
            Form(TextKeys.ProblemsSetRootCause, TextKeys.ProblemsSave, ProblemVerbs.RootCause, ProblemVerbs.RootCauseInput, texts.Get(TextKeys.ProblemsRootCause), problem.RootCause),
            Form(TextKeys.ProblemsSetWorkaround, TextKeys.ProblemsSave, ProblemVerbs.Workaround, ProblemVerbs.WorkaroundInput, texts.Get(TextKeys.ProblemsWorkaround), problem.Workaround),
        };
        if (problem.Status == ProblemStatus.KnownError && problem.Workaround is { Length: > 0 })
        {
            buttons.Add(CardActions.Execute(texts.Get(TextKeys.ProblemsPublishButton), ProblemVerbs.ArticleForm, data));
        }

        buttons.Add(new ShowCardAction(new AdaptiveCard
        {
            Body = [new TextBlock(texts.Get(TextKeys.ProblemsResolveConfirm, problem.Incidents.Count)) { Wrap = true }],
            Actions = [CardActions.Execute(texts.Get(TextKeys.ProblemsResolveSend), ProblemVerbs.Resolve, data, ActionStyle.Positive)],
        }) { Title = texts.Get(TextKeys.ProblemsResolve) });
        return buttons;
    }
}
