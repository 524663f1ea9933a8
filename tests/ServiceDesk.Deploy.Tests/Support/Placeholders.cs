using System.Text.RegularExpressions;

namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>
/// Stand-in values for what Azure fills in at deployment (ids, endpoints, Key Vault secrets), by the web
/// template's parameter. A new parameter in an app setting needs a stand-in here, or the start-up test says so.
/// </summary>
internal static partial class Placeholders
{
    public const string ClientId = "5c1f5c4e-0b7a-4d55-9a4e-6f1d2f0b9a11";

    private static readonly Dictionary<string, string> ByParameter = new()
    {
        ["identityClientId"] = ClientId,
        ["tenantId"] = "0d0f6f5e-3c1a-4e2b-8f7d-1a2b3c4d5e6f",
        ["tableEndpoint"] = "https://stplaceholder.table.core.windows.net/",
        // Loopback port 9 (discard): nothing listens, so no telemetry leaves the machine.
        ["applicationInsightsConnectionString"] =
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/;LiveEndpoint=http://127.0.0.1:9/",
    };

    /// <summary>App Service replaces a Key Vault reference by the secret's value: a 48-character key here.</summary>
    private const string SecretValue = "placeholder-secret-from-key-vault-0123456789abcd";

    public static string For(AppSetting setting)
    {
        if (!setting.Written.StartsWith('['))
        {
            return setting.Written;
        }

        if (Parameter().Match(setting.Written) is { Success: true } parameter)
        {
            return ByParameter.TryGetValue(parameter.Groups[1].Value, out var value)
                ? value
                : throw new InvalidOperationException($"No stand-in value for parameter '{parameter.Groups[1].Value}' of app setting {setting.Name}: add one to Placeholders.");
        }

        return KeyVaultReference().IsMatch(setting.Written)
            ? SecretValue
            : throw new InvalidOperationException($"No stand-in value for app setting {setting.Name} = {setting.Written}: add one to Placeholders.");
    }

    [GeneratedRegex(@"^\[parameters\('(\w+)'\)\]$")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^\[format\('@Microsoft\.KeyVault\(SecretUri=\{0\}\)', parameters\('\w+'\)\)\]$")]
    private static partial Regex KeyVaultReference();
}
