using System.Text.RegularExpressions;
using ServiceDesk.Bench.Understanding.Desk;
using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Seeing;
using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding.Measures;

/// <summary>
/// Plays a scripted conversation as the employee would (typing, clicking), and checks each expectation against what the
/// last step showed and the tickets it created. A script passes when every expectation holds; the first one that does
/// not is reported.
/// </summary>
internal sealed partial class ScriptRunner(Probe probe)
{
    private static readonly string[] NextButtons = ["incident.nextButton", "access.next"];

    /// <summary>"Report it" under an article offered before the incident form: someone who goes on with the form clicks it.</summary>
    private static readonly string[] ReportButtons = ["kb.reportItButton"];

    public async Task<ScriptFigures> RunAsync(IReadOnlyList<Script> scripts, CancellationToken cancellationToken)
    {
        var outcomes = new List<bool>();
        var failures = new List<ScriptFailure>();
        foreach (var script in scripts)
        {
            var failure = await PlayAsync(script, cancellationToken).ConfigureAwait(false);
            outcomes.Add(failure is null);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        return new ScriptFigures(Ratio.Of(outcomes), failures);
    }

    private async Task<ScriptFailure?> PlayAsync(Script script, CancellationToken cancellationToken)
    {
        var chat = probe.NewChat(script.Locale);
        await chat.SeedAsync(cancellationToken).ConfigureAwait(false);
        var mark = 0;
        foreach (var line in script.Lines)
        {
            if (line.Kind != "expect")
            {
                mark = chat.AllCreated.Count;
            }

            switch (line.Kind)
            {
                case "user":
                    await chat.SayAsync(Fill(chat, line.Text), cancellationToken).ConfigureAwait(false);
                    break;
                case "answer":
                    if (!await AnswerAsync(chat, line.Field!, Fill(chat, line.Text), cancellationToken).ConfigureAwait(false))
                    {
                        // A step the flow pre-filled or skipped would let the answer pass untested: a script that
                        // expects the field to be filled says so with "expect: not asks FIELD" instead.
                        return new ScriptFailure(script.Name, $"line {line.Number}: answer {line.Field}", "never asked: " + chat.Last.Summary());
                    }

                    break;
                case "click":
                    var button = chat.Last.Buttons.FirstOrDefault(b => b.Title.Contains(line.Text, StringComparison.OrdinalIgnoreCase));
                    if (button is null)
                    {
                        return new ScriptFailure(script.Name, $"line {line.Number}: click {line.Text}", "no such button: " + chat.Last.Summary());
                    }

                    await chat.ClickAsync(button, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
                    break;
                case "finish":
                    await FinishAsync(chat, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    if (!new Expectation(probe, chat, chat.AllCreated.Skip(mark).ToList()).Holds(line.Text))
                    {
                        return new ScriptFailure(script.Name, $"line {line.Number}: expect {line.Text}", chat.Last.Summary());
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// Waits for the bot to ask <paramref name="field"/> (answering what it asks before with a plain answer), then types
    /// the text. False when the field is never asked (pre-filled, skipped or the form is gone): the answer is untested.
    /// </summary>
    private async Task<bool> AnswerAsync(Chat chat, string field, string text, CancellationToken cancellationToken)
    {
        for (var step = 0; step < 8; step++)
        {
            if (chat.Last.Asks(field))
            {
                await chat.SayAsync(text, cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (!await PlainAnswerAsync(chat, cancellationToken).ConfigureAwait(false) && !await ReportAnywayAsync(chat, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An article was offered before the form ("this may solve it"): "Report it" goes on to the form. False when not offered.</summary>
    private async Task<bool> ReportAnywayAsync(Chat chat, CancellationToken cancellationToken)
    {
        var report = chat.Last.Buttons.FirstOrDefault(b => ReportButtons.Any(k => probe.Texts.Matches(b.Title, k)));
        if (report is null)
        {
            return false;
        }

        await chat.ClickAsync(report, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Completes the open form with plain answers and sends it, until a ticket is created or nothing is asked.</summary>
    private async Task FinishAsync(Chat chat, CancellationToken cancellationToken)
    {
        var created = chat.AllCreated.Count;
        for (var step = 0; step < 12 && chat.AllCreated.Count == created; step++)
        {
            if (await PlainAnswerAsync(chat, cancellationToken).ConfigureAwait(false) || await ReportAnywayAsync(chat, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var send = chat.Last.Buttons.FirstOrDefault(b => Probe.SendButtons.Any(k => probe.Texts.Matches(b.Title, k)));
            if (send is null)
            {
                break;
            }

            await chat.ClickAsync(send, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The first field asked, answered by the card: the first option, or a plain sentence. False when nothing is asked.</summary>
    private async Task<bool> PlainAnswerAsync(Chat chat, CancellationToken cancellationToken)
    {
        var input = chat.Last.Inputs.FirstOrDefault(i => Probe.RequestFields.Contains(i.Id, StringComparer.OrdinalIgnoreCase));
        var next = chat.Last.Buttons.FirstOrDefault(b => NextButtons.Any(k => probe.Texts.Matches(b.Title, k)));
        if (input is null && Probe.DidYouMean.Any(k => probe.Texts.Says(chat.Last, k))
            && chat.Last.Buttons.FirstOrDefault(b => b.Verb.EndsWith(".answer", StringComparison.Ordinal)) is { } candidate)
        {
            // "Did you mean …?" asks with buttons, one per candidate: a plain answer picks the first, as a person would.
            await chat.ClickAsync(candidate, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (input is null || next is null)
        {
            return false;
        }

        var value = input.Choices.Count > 0 ? input.Choices[0].Value : Plain(input.Id, chat.Language);
        await chat.ClickAsync(next, new Dictionary<string, string> { [input.Id] = value }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string Plain(string field, string language) => (field, language) switch
    {
        ("title", "fr") => "Problème sur mon poste",
        ("title", _) => "Problem with my computer",
        ("justification", "fr") => "J'en ai besoin pour mon travail quotidien sur les projets de l'équipe.",
        ("justification", _) => "I need it for my daily work on the team's projects.",
        ("endDate", _) => string.Empty,
        (_, "fr") => "Ça a commencé ce matin et ça arrive à chaque fois.",
        _ => "It started this morning and happens every time.",
    };

    private static string Fill(Chat chat, string text) =>
        Alias().Replace(text, m => !chat.Seeded.TryGetValue(m.Groups[1].Value, out var number) ? m.Value
            : m.Groups[2].Length > 0 ? number.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : number.ToString());

    // {printer} is the seeded ticket's number ("INC-000042"); {printer#} its sequence alone ("42").
    [GeneratedRegex(@"\{([a-z]+)(#?)\}")]
    private static partial Regex Alias();
}
