using System.Text.Json;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bench.Understanding.Seeing;

/// <summary>A button as a person sees it: its title; the verb and data are what clicking it sends back.</summary>
internal sealed record SeenButton(string Title, string Verb, JsonElement Data);

/// <summary>An input of a form: its id and, for a choice, the options (title, value).</summary>
internal sealed record SeenInput(string Id, IReadOnlyList<(string Title, string Value)> Choices);

/// <summary>
/// What a person sees of one turn's replies, read from the texts and the cards (never from the bot's state): the
/// strings in reading order, the inputs a form asks for, the buttons, and the article ids the buttons carry.
/// </summary>
internal sealed class Seen
{
    /// <summary>The data fields through which the knowledge answer and the incident's "this may solve it" name an article.</summary>
    private static readonly string[] ArticleFields = ["articleId", "article"];

    private readonly List<string> _strings = [];
    private readonly List<SeenInput> _inputs = [];
    private readonly List<SeenButton> _buttons = [];
    private readonly List<string> _articleIds = [];

    public Seen(TurnResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Invoke is { } invoke)
        {
            Add(invoke.Message);
            if (invoke.Card is { } card)
            {
                Walk(CardJson.ToElement(card), null);
            }
        }

        foreach (var reply in result.Replies)
        {
            Add(reply.Text);
            if (reply.Card is { } card)
            {
                Walk(CardJson.ToElement(card), null);
            }
        }
    }

    public IReadOnlyList<string> Strings => _strings;

    public IReadOnlyList<SeenInput> Inputs => _inputs;

    public IReadOnlyList<SeenButton> Buttons => _buttons;

    /// <summary>Article ids carried by the buttons (helpful, full article, other results), in reading order.</summary>
    public IReadOnlyList<string> ArticleIds => _articleIds;

    public bool Asks(string field) => _inputs.Any(i => string.Equals(i.Id, field, StringComparison.OrdinalIgnoreCase));

    public bool Shows(string text) => _strings.Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase));

    public string Summary()
    {
        var first = _strings.FirstOrDefault(s => s.Length > 0) ?? "(nothing)";
        var inputs = _inputs.Count == 0 ? string.Empty : " [asks " + string.Join(",", _inputs.Select(i => i.Id)) + "]";
        return (first.Length > 90 ? first[..90] + "…" : first) + inputs;
    }

    private void Add(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _strings.Add(text);
        }
    }

    private void Walk(JsonElement element, string? property)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WalkObject(element);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, property);
                }

                break;
            case JsonValueKind.String when property is "text" or "title" or "value" or "label" or "placeholder":
                Add(element.GetString());
                break;
        }
    }

    private void WalkObject(JsonElement element)
    {
        var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? string.Empty : string.Empty;
        if (type.StartsWith("Input.", StringComparison.Ordinal))
        {
            _inputs.Add(new SeenInput(Text(element, "id"), Choices(element)));
        }

        if (type is "Action.Execute" or "Action.Submit")
        {
            var data = element.TryGetProperty("data", out var d) ? d : default;
            var verb = element.TryGetProperty("verb", out var v) ? v.GetString() ?? string.Empty
                : data.ValueKind == JsonValueKind.Object && data.TryGetProperty("verb", out var dv) ? dv.GetString() ?? string.Empty : string.Empty;
            _buttons.Add(new SeenButton(Text(element, "title"), verb, data));
            foreach (var field in ArticleFields)
            {
                if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty(field, out var article) && article.GetString() is { } id && !_articleIds.Contains(id))
                {
                    _articleIds.Add(id);
                }
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            // The fallback of an action repeats it for old clients, and data is not shown: neither is seen twice.
            if (property.Name is "fallback" or "data" or "fallbackText" or "choices")
            {
                continue;
            }

            Walk(property.Value, property.Name);
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static List<(string Title, string Value)> Choices(JsonElement element) =>
        element.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array
            ? [.. choices.EnumerateArray().Select(c => (Text(c, "title"), Text(c, "value")))]
            : [];
}
