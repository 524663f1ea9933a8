using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>
/// An app setting of the bot's web app as compiled: its name, its value as web.bicep writes it (<paramref name="Written"/>)
/// and that value resolved through the deployments that pass the parameters (<paramref name="Value"/>).
/// </summary>
internal sealed record AppSetting(string Name, string Written, string Value, string ListName)
{
    /// <summary>The setting's configuration key as the bot reads it (<c>Bot__AppId</c> is <c>Bot:AppId</c>).</summary>
    public string Key => Name.Replace("__", ":", StringComparison.Ordinal);
}

internal static partial class AppSettings
{
    /// <summary>
    /// Every app setting the web app may get. web.bicep keeps them in literal lists (variables) joined by
    /// <c>concat</c>, some only when a parameter is given, so each list is read from the compiled variables.
    /// </summary>
    public static IReadOnlyList<AppSetting> Of(ArmTemplate template)
    {
        var site = template.Single("Microsoft.Web/sites");
        var expression = (string?)site.Property("properties.siteConfig.appSettings")
            ?? throw new InvalidOperationException("The web app has no appSettings expression.");
        var lists = VariableReference().Matches(expression).Select(m => m.Groups[1].Value).ToList();
        if (lists.Count == 0)
        {
            throw new InvalidOperationException($"appSettings is not built from setting lists: {expression}");
        }

        var variables = site.Scope.Template["variables"]!.AsObject();
        return lists.SelectMany(list => variables[list]!.AsArray().OfType<JsonObject>().Select(entry =>
                new AppSetting((string)entry["name"]!, entry["value"]!.ToString(), site.Scope.Resolve(entry["value"])!, list)))
            .ToList();
    }

    [GeneratedRegex(@"variables\('(\w+)'\)")]
    private static partial Regex VariableReference();
}
