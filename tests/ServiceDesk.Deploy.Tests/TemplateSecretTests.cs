using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceDesk.Deploy.Tests.Support;

namespace ServiceDesk.Deploy.Tests;

/// <summary>No secret is created, read back or handed out by the template: identities everywhere, keys only in Key Vault.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed partial class TemplateSecretTests(CompiledTemplate compiled)
{
    private ArmTemplate Template => compiled.Template;

    [Theory]
    [InlineData("listKeys")]
    [InlineData("listConnectionStrings")]
    [InlineData("listAccountSas")]
    [InlineData("listServiceSas")]
    [InlineData("listSecrets")]
    [InlineData("AccountKey")]
    [InlineData("SharedAccessSignature")]
    [InlineData("clientSecret")]
    [InlineData("ClientSecret")]
    [InlineData("Bot__ClientSecret")]
    public void Template_NeverMentions(string secretMaterial) =>
        Assert.DoesNotContain(secretMaterial, Template.Text, StringComparison.Ordinal);

    [Fact]
    public void SecureParameters_AreOnlyWrittenToKeyVaultSecretsOrPassedOnAsSecureParameters()
    {
        var checkedUses = 0;
        foreach (var scope in Template.Scopes())
        {
            var resources = scope.Template["resources"]?.AsArray() ?? [];
            foreach (var name in SecureParameters(scope.Template))
            {
                var reference = $"parameters('{name}')";
                foreach (var (path, value) in Strings(scope.Template))
                {
                    // Testing whether a secret was given reveals nothing about it.
                    if (!value.Replace($"empty({reference})", string.Empty, StringComparison.Ordinal).Contains(reference, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var place = UseOfSecret().Match(path);
                    Assert.True(place.Success, $"{reference} is used at {path}: {value}");
                    var resource = resources[int.Parse(place.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
                    if (place.Groups[2].Success)
                    {
                        var nested = resource["properties"]!["template"]!["parameters"]![place.Groups[2].Value]!;
                        Assert.Equal("securestring", (string?)nested["type"], ignoreCase: true);
                    }
                    else
                    {
                        Assert.Equal("Microsoft.KeyVault/vaults/secrets", (string?)resource["type"]);
                    }

                    checkedUses++;
                }
            }
        }

        // apiKey and modelApiKey, each passed from main to the resources template and written to one secret.
        Assert.Equal(4, checkedUses);
    }

    private static IEnumerable<string> SecureParameters(JsonObject template) =>
        (template["parameters"]?.AsObject() ?? [])
            .Where(p => string.Equals((string?)p.Value!["type"], "securestring", StringComparison.OrdinalIgnoreCase)).Select(p => p.Key);

    [Fact]
    public void Outputs_HoldNoSecret()
    {
        foreach (var scope in Template.Scopes())
        {
            foreach (var (name, output) in scope.Template["outputs"]?.AsObject() ?? [])
            {
                var value = output!["value"]?.ToJsonString() ?? string.Empty;
                Assert.DoesNotMatch(@"\blist\w*\(", value);
                Assert.DoesNotContain("secure", (string?)output["type"] ?? string.Empty, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("apiKey')", value, StringComparison.OrdinalIgnoreCase);
                Assert.False(name.Contains("secret", StringComparison.OrdinalIgnoreCase) || name.Contains("password", StringComparison.OrdinalIgnoreCase), name);
            }
        }
    }

    [Fact]
    public void AppSettings_HoldSecretsOnlyAsKeyVaultReferences()
    {
        var settings = AppSettings.Of(Template);

        var apiKey = Assert.Single(settings, s => s.Name == "Api__Keys__0");
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('apiKeySecretUri'))]", apiKey.Value);
        Assert.Contains(".secretUri", Template.Single("Microsoft.Web/sites").Scope.Parameter("apiKeySecretUri"), StringComparison.Ordinal);
        Assert.All(settings.Where(s => s.Name != "Api__Keys__0"), s => Assert.DoesNotContain("secret", s.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<(string Path, string Value)> Strings(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    if (key == "template" && path.EndsWith(".properties", StringComparison.Ordinal))
                    {
                        continue; // a nested deployment's template is checked as its own scope
                    }

                    foreach (var s in Strings(child, path.Length == 0 ? key : $"{path}.{key}"))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var s in Strings(a[i], $"{path}.{i}"))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                yield return (path, text);
                break;
        }
    }

    /// <summary>Allowed places for a secure parameter: a resource's properties.value, or a nested deployment's parameter.</summary>
    [GeneratedRegex(@"^resources\.(\d+)\.properties\.(?:value|parameters\.(\w+)\.value)$")]
    private static partial Regex UseOfSecret();
}
