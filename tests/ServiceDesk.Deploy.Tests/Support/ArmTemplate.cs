using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>One resource of a compiled ARM template, with the template (and nested deployment) that holds it.</summary>
internal sealed record ArmResource(JsonObject Json, ArmScope Scope)
{
    public string Type => (string)Json["type"]!;

    public string Name => (string)Json["name"]!;

    public JsonNode? Property(string path) => ArmTemplate.At(Json, path);

    /// <summary>The property's value, with <c>[parameters('x')]</c> replaced by what the enclosing deployment passes.</summary>
    public string? Resolved(string path) => Scope.Resolve(Property(path));
}

/// <summary>A template and the deployment resource that nests it (null at the top).</summary>
internal sealed partial record ArmScope(JsonObject Template, JsonObject? Deployment, ArmScope? Parent)
{
    /// <summary>What the enclosing deployments pass for this template's parameter <paramref name="name"/>.</summary>
    public string? Parameter(string name) => Resolve(JsonValue.Create($"[parameters('{name}')]"));

    public string? Resolve(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString();
        if (Deployment is null || Parent is null || ParameterOnly().Match(text) is not { Success: true } match)
        {
            return text;
        }

        var passed = Deployment["properties"]?["parameters"]?[match.Groups[1].Value];
        return passed is JsonObject { } wrapper && wrapper.ContainsKey("value") ? Parent.Resolve(wrapper["value"]) : Parent.Resolve(passed);
    }

    [GeneratedRegex(@"^\[parameters\('(\w+)'\)\]$")]
    private static partial Regex ParameterOnly();
}

/// <summary>Reads a compiled ARM template (main.json), nested deployments included.</summary>
internal sealed class ArmTemplate(JsonObject root, string text)
{
    public JsonObject Root { get; } = root;

    /// <summary>The compiled JSON as written by bicep build.</summary>
    public string Text { get; } = text;

    public static ArmTemplate Load(string path)
    {
        var text = File.ReadAllText(path);
        return new ArmTemplate(JsonNode.Parse(text)!.AsObject(), text);
    }

    public IEnumerable<ArmScope> Scopes() => ScopesUnder(new ArmScope(Root, null, null));

    public IEnumerable<ArmResource> Resources() =>
        Scopes().SelectMany(scope => (scope.Template["resources"]?.AsArray() ?? []).OfType<JsonObject>().Select(r => new ArmResource(r, scope)));

    public IReadOnlyList<ArmResource> OfType(string type) =>
        Resources().Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public ArmResource Single(string type) =>
        OfType(type) is [var one] ? one : throw new Xunit.Sdk.XunitException($"Expected exactly one {type}, found {OfType(type).Count}.");

    public static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node;
    }

    private static IEnumerable<ArmScope> ScopesUnder(ArmScope scope)
    {
        yield return scope;
        foreach (var deployment in (scope.Template["resources"]?.AsArray() ?? []).OfType<JsonObject>()
                     .Where(r => (string?)r["type"] == "Microsoft.Resources/deployments"))
        {
            if (deployment["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ScopesUnder(new ArmScope(nested, deployment, scope)))
                {
                    yield return inner;
                }
            }
        }
    }
}
