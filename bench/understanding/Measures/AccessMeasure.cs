using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding.Measures;

/// <summary>
/// An access request typed as a first message. Asked: the right item is among the items offered to pick (a "did you
/// mean" or the whole catalogue; for "none"/"ambiguous" any offer counts). Taken: one item is named without an offer
/// (the flow moved on with it): right or silently wrong. Neither: not understood as a request for that item.
/// </summary>
internal static class AccessMeasure
{
    public static async Task<AccessFigures> RunAsync(Probe probe, IReadOnlyList<AccessMessage> messages, CancellationToken cancellationToken)
    {
        int right = 0, asked = 0, wholeList = 0, wrong = 0, notTaken = 0;
        var misses = new List<Confusion>();
        var specific = new Func<AccessMessage, bool>(m => m.Item is not AccessMessage.None and not AccessMessage.Ambiguous);
        foreach (var message in messages)
        {
            var chat = probe.NewChat(Probe.LocaleOf(message.Language));
            var seen = await chat.SayAsync(message.Text, cancellationToken).ConfigureAwait(false);
            var offered = probe.Items.Offered(seen);
            var named = probe.Items.Named(seen);
            string got;
            if (offered.Count > 0 && (!specific(message) || offered.Contains(message.Item)))
            {
                asked++;
                wholeList += offered.Count == probe.Items.All.Count ? 1 : 0;
                got = "asked";
            }
            else if (offered.Count == 0 && named.Count == 1)
            {
                var ok = named[0] == message.Item;
                right += ok ? 1 : 0;
                wrong += ok ? 0 : 1;
                got = ok ? "right" : "took " + named[0];
            }
            else if (offered.Count > 0)
            {
                wrong++;
                got = "offered only " + string.Join(",", offered);
            }
            else
            {
                notTaken++;
                got = named.Count > 1 ? "named " + string.Join(",", named) : seen.Summary();
                if (!specific(message))
                {
                    // Nothing was picked for a request the catalogue cannot serve as such: honest, counted as asked.
                    asked++;
                    notTaken--;
                    got = "not picked";
                }
            }

            if (got is not "right" and not "asked" and not "not picked")
            {
                misses.Add(new Confusion(message.Item, got, message.Language, message.Text));
            }
        }

        return new AccessFigures(messages.Count, right, asked, wholeList, wrong, notTaken, misses);
    }
}
