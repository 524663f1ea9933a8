using System.Diagnostics;
using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Sets;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Understanding;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bench.Understanding.Measures;

/// <summary>
/// Single messages: the intent and slots the recogniser reads, and the intent the router acts on after its second looks
/// (<see cref="ServiceDeskRouter.SecondLooks"/>: what the employee gets); help, greetings and
/// "a person" also count when the router shows the menu or escalates; interrupt phrasings ("Cancel") are typed inside an
/// open incident form, where what counts is that the form is left and nothing is filed.
/// </summary>
internal static class IntentMeasure
{
    public const string Cancel = "Cancel";

    public static async Task<(IntentFigures Intent, SlotFigures Slots)> RunAsync(Probe probe, IReadOnlyList<SingleMessage> messages, CancellationToken cancellationToken)
    {
        var outcomes = new List<(SingleMessage Message, string Got)>();
        var routedOutcomes = new List<(SingleMessage Message, string Got)>();
        var secondLooks = new List<Confusion>();
        var category = new List<bool>();
        var service = new List<bool>();
        var impact = new List<bool>();
        var urgency = new List<bool>();
        var slotMisses = new List<Confusion>();
        foreach (var message in messages)
        {
            if (message.Intent == Cancel)
            {
                var left = await CancelInFormAsync(probe, message, cancellationToken).ConfigureAwait(false);
                outcomes.Add((message, left));
                routedOutcomes.Add((message, left));
                continue;
            }

            var locale = Probe.LocaleOf(message.Language);
            var read = await probe.Host.Recognizer.RecognizeAsync(message.Text, locale, cancellationToken).ConfigureAwait(false);
            // With a language model, its reading of what the rules are unsure of (else unchanged).
            var recognition = await probe.Host.Unsure.ReconsiderAsync(message.Text, read, locale, cancellationToken).ConfigureAwait(false);
            var got = await GotAsync(probe, message, recognition, cancellationToken).ConfigureAwait(false);
            outcomes.Add((message, got));

            // What the router acts on: its second looks at the recogniser's reading, then the language model's.
            // The model is asked again only when the second looks changed the reading (one question per message else).
            var looked = ServiceDeskRouter.SecondLooks(message.Text, read, probe.Host.AccessCatalogue);
            var acted = looked == read ? recognition
                : await probe.Host.Unsure.ReconsiderAsync(message.Text, looked, locale, cancellationToken).ConfigureAwait(false);
            var routed = acted.Intent == recognition.Intent && acted.TicketNumber == recognition.TicketNumber ? got
                : await GotAsync(probe, message, acted, cancellationToken).ConfigureAwait(false);
            routedOutcomes.Add((message, routed));
            if (routed != got)
            {
                secondLooks.Add(new Confusion(message.Intent, $"{got} → {routed}", message.Language, message.Text));
            }
            if (message.Intent == nameof(Intent.ReportIncident))
            {
                Slot(category, slotMisses, message, "category", message.Category, recognition.CategoryHint);
                Slot(service, slotMisses, message, "service", message.Service, recognition.ServiceHint);
                Slot(impact, slotMisses, message, "impact", message.Impact, recognition.ImpactHint?.ToString());
                Slot(urgency, slotMisses, message, "urgency", message.Urgency, recognition.UrgencyHint?.ToString());
            }
        }

        var intent = new IntentFigures(
            Ratio.Of(outcomes.Select(o => o.Got == o.Message.Intent)),
            outcomes.GroupBy(o => o.Message.Language).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Ratio.Of(g.Select(o => o.Got == o.Message.Intent))),
            outcomes.GroupBy(o => o.Message.Intent).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Ratio.Of(g.Select(o => o.Got == o.Message.Intent))),
            [.. outcomes.Where(o => o.Got != o.Message.Intent).Select(o => new Confusion(o.Message.Intent, o.Got, o.Message.Language, o.Message.Text))],
            Ratio.Of(routedOutcomes.Select(o => o.Got == o.Message.Intent)),
            routedOutcomes.GroupBy(o => o.Message.Language).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Ratio.Of(g.Select(o => o.Got == o.Message.Intent))),
            secondLooks);
        return (intent, new SlotFigures(Ratio.Of(category), Ratio.Of(service), Ratio.Of(impact), Ratio.Of(urgency), slotMisses));
    }

    /// <summary>
    /// The intent as counted: a ticket status with another ticket's number is wrong; help, greetings and "a person" also
    /// count when the router shows the menu or escalates.
    /// </summary>
    private static async Task<string> GotAsync(Probe probe, SingleMessage message, Recognition recognition, CancellationToken cancellationToken)
    {
        var got = recognition.Intent.ToString();
        if (message.Ticket is { } number && recognition.Intent == Intent.TicketStatus && !SameTicket(number, recognition.TicketNumber))
        {
            got = $"TicketStatus {recognition.TicketNumber}";
        }

        if (got != message.Intent && message.Intent is nameof(Intent.Help) or nameof(Intent.Greeting) or nameof(Intent.Human)
            && await SeenAsAsync(probe, message, cancellationToken).ConfigureAwait(false))
        {
            got = message.Intent;
        }

        return got;
    }

    /// <summary>Microseconds per message over <paramref name="rounds"/> passes, after one warm-up pass.</summary>
    public static async Task<LatencyFigures> LatencyAsync(IIntentRecognizer recognizer, IReadOnlyList<SingleMessage> messages, int rounds, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await recognizer.RecognizeAsync(message.Text, Probe.LocaleOf(message.Language), cancellationToken).ConfigureAwait(false);
        }

        var samples = new List<double>(messages.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var message in messages)
            {
                var started = Stopwatch.GetTimestamp();
                await recognizer.RecognizeAsync(message.Text, Probe.LocaleOf(message.Language), cancellationToken).ConfigureAwait(false);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }
        }

        samples.Sort();
        return new LatencyFigures(Percentile(samples, 0.50), Percentile(samples, 0.99), samples.Count);
    }

    private static async Task<string> CancelInFormAsync(Probe probe, SingleMessage message, CancellationToken cancellationToken)
    {
        var chat = probe.NewChat(Probe.LocaleOf(message.Language));
        await chat.SayAsync(message.Language == "fr" ? "mon écran clignote" : "my screen flickers", cancellationToken).ConfigureAwait(false);
        if (!Probe.OpensRequest(chat.Last))
        {
            return "(no form to leave)";
        }

        var seen = await chat.SayAsync(message.Text, cancellationToken).ConfigureAwait(false);
        return Probe.OpensRequest(seen) ? "stayed in the form"
            : chat.Created.Count > 0 ? "filed a ticket"
            : probe.Articles.Shown(seen).Count > 0 || probe.Texts.Says(seen, "kb.dontKnow") ? "Question"
            : Cancel;
    }

    /// <summary>
    /// Help, greetings and "a person" are answered by the router before the recogniser too (interrupts): what counts is
    /// that the employee got the menu, or the escalation.
    /// </summary>
    private static async Task<bool> SeenAsAsync(Probe probe, SingleMessage message, CancellationToken cancellationToken)
    {
        var seen = await probe.NewChat(Probe.LocaleOf(message.Language)).SayAsync(message.Text, cancellationToken).ConfigureAwait(false);
        return message.Intent == nameof(Intent.Human)
            ? probe.Texts.Says(seen, "escalation.created")
            : probe.Texts.Says(seen, "welcome.intro");
    }

    /// <summary>A label may write the number as the employee typed it (<c>INC-0042</c>, <c>INC0000042</c>): the same
    /// ticket as <c>INC-000042</c>, so prefix and sequence are compared, not the text.</summary>
    private static bool SameTicket(string label, TicketNumber? got)
    {
        var digits = label.Length > 3 && label[3] == '-' ? 4 : 3;
        return got is { } number && label.Length > digits
            && string.Equals(label[..3], TicketNumber.PrefixOf(number.Kind), StringComparison.OrdinalIgnoreCase)
            && long.TryParse(label.AsSpan(digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            && sequence == number.Sequence;
    }

    private static void Slot(List<bool> outcomes, List<Confusion> misses, SingleMessage message, string slot, string? expected, string? got)
    {
        if (expected is not null)
        {
            var right = string.Equals(expected, got, StringComparison.OrdinalIgnoreCase);
            outcomes.Add(right);
            if (!right)
            {
                misses.Add(new Confusion($"{slot} {expected}", got ?? "-", message.Language, message.Text));
            }
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
