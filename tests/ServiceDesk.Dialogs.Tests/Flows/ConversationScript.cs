using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows;

/// <summary>
/// Plays a conversation written as a table: each line is what the person does ("type: …" or "press: verb {inputs}")
/// and a fragment every one of the bot's answers to it must contain (the replies and invoke answer, described as text).
/// "press" uses the last card the bot showed, with its data (dialog id, version, ticket number) and the inputs given.
/// </summary>
internal sealed class ConversationScript(RouterHarness harness, string locale, string userId = "29:jean")
{
    public AdaptiveCard? LastCard { get; private set; }

    public TurnResult? LastResult { get; private set; }

    public async Task PlayAsync(params (string Does, string Expect)[] lines)
    {
        var n = 0;
        foreach (var (does, expect) in lines)
        {
            n++;
            var said = await DoAsync(does);
            var text = Text(said);
            Assert.True(text.Contains(expect, StringComparison.Ordinal), $"line {n} '{does}': expected to contain «{expect}», got «{text}»");
        }
    }

    /// <summary>Presses <paramref name="verb"/> on <paramref name="card"/> (an old copy of a card: a double submit).</summary>
    public Task<TurnResult> ReplayAsync(AdaptiveCard card, string verb)
    {
        LastCard = card;
        return DoAsync("press: " + verb);
    }

    public async Task<TurnResult> DoAsync(string does)
    {
        Turn turn;
        if (does.StartsWith("type: ", StringComparison.Ordinal))
        {
            turn = TurnFactory.Message(locale, does["type: ".Length..]) is var t ? t with { From = t.From with { Id = userId } } : null!;
        }
        else if (does.StartsWith("press: ", StringComparison.Ordinal) || does.StartsWith("submit: ", StringComparison.Ordinal))
        {
            var invoke = does.StartsWith("press: ", StringComparison.Ordinal);
            var rest = does[(does.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            var verb = space < 0 ? rest : rest[..space];
            // A verb the last card does not offer is a forged submit: only the fields the line gives.
            var data = LastCard is not null && Offers(LastCard, verb) ? RouterHarness.DataOf(LastCard, verb) : new JsonObject { ["verb"] = verb };
            if (space >= 0)
            {
                foreach (var (key, value) in JsonNode.Parse(rest[(space + 1)..])!.AsObject())
                {
                    data[key] = value?.DeepClone();
                }
            }

            turn = TurnFactory.Card(locale, verb, data, invoke, userId);
        }
        else
        {
            throw new ArgumentException($"Unknown script line: {does}");
        }

        var result = await harness.SendAsync(turn);
        LastResult = result;
        LastCard = result.Invoke?.Card ?? result.Replies.LastOrDefault(r => r.Card is not null)?.Card ?? LastCard;
        return result;
    }

    private static bool Offers(AdaptiveCard card, string verb) =>
        (card.Actions ?? []).Concat(RouterHarness.Flatten(card.Body).OfType<ActionSet>().SelectMany(s => s.Actions))
            .OfType<ExecuteAction>().Any(a => a.Verb == verb);

    /// <summary>Everything the person sees: texts, and for cards every text block, fact, choice and button title.</summary>
    public static string Text(TurnResult result)
    {
        var parts = new List<string>();
        foreach (var reply in result.Replies)
        {
            parts.Add(reply.Text ?? CardText(reply.Card!));
        }

        if (result.Invoke is { } invoke)
        {
            parts.Add(invoke.Card is null ? $"[{invoke.StatusCode}] {invoke.Message}" : CardText(invoke.Card));
        }

        return string.Join(" ‖ ", parts);
    }

    public static string CardText(AdaptiveCard card)
    {
        var all = RouterHarness.Flatten(card.Body).ToList();
        var parts = new List<string>();
        foreach (var element in all)
        {
            switch (element)
            {
                case TextBlock t: parts.Add(t.Text); break;
                case FactSet f: parts.AddRange(f.Facts.Select(x => $"{x.Title}: {x.Value}")); break;
                case ChoiceSetInput c: parts.Add($"{c.Label} [{string.Join(" / ", c.Choices.Select(x => x.Title))}]"); break;
                case TextInput i: parts.Add($"{i.Label} [{i.Value}]"); break;
                case ActionSet s: parts.AddRange(s.Actions.Select(a => $"({a.Title})")); break;
            }
        }

        parts.AddRange((card.Actions ?? []).Select(a => $"({a.Title})"));
        return string.Join(" | ", parts);
    }
}
