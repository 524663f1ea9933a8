using System.Text.Json.Nodes;

namespace ServiceDesk.Cards;

/// <summary>
/// Buttons that work on every client. Convention: a button's data always contains <c>"verb"</c>.
/// New clients run Action.Execute (an <c>adaptiveCard/action</c> invoke whose <c>action.verb</c> is the verb);
/// old clients run the Action.Submit fallback, which arrives as a message whose <c>value</c> holds the same
/// data, so <c>value.verb</c>. The bot maps either to one CardAction(Verb, Data): the dialogs never know which it was.
/// </summary>
public static class CardActions
{
    public const string VerbProperty = "verb";

    /// <summary>Action.Execute with an Action.Submit fallback carrying the same verb and data.</summary>
    public static ExecuteAction Execute(string title, string verb, JsonObject? data = null, ActionStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        return new ExecuteAction(verb)
        {
            Title = title,
            Style = style,
            Data = WithVerb(verb, data),
            Fallback = Submit(title, verb, data, style),
        };
    }

    /// <summary>Action.Submit alone (e.g. inside a form for clients without Universal Actions).</summary>
    public static SubmitAction Submit(string title, string verb, JsonObject? data = null, ActionStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        return new SubmitAction { Title = title, Style = style, Data = WithVerb(verb, data) };
    }

    /// <summary>A copy of <paramref name="data"/> with <c>verb</c> first; each action owns its own JSON nodes.</summary>
    private static JsonObject WithVerb(string verb, JsonObject? data)
    {
        var result = new JsonObject { [VerbProperty] = verb };
        if (data is null)
        {
            return result;
        }

        foreach (var (key, value) in data)
        {
            if (key != VerbProperty)
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }
}
