using Microsoft.Extensions.Options;
using ServiceDesk.Infra.Storage.Tables.Azure;

namespace ServiceDesk.Infra.Storage;

/// <summary>Rejects wrong combinations of storage settings at start, naming the setting to fix.</summary>
internal sealed class StorageOptionsValidation : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.TablePrefix) &&
            (!char.IsAsciiLetter(options.TablePrefix[0]) || !options.TablePrefix.All(char.IsAsciiLetterOrDigit) || options.TablePrefix.Length > 40))
        {
            failures.Add("Storage:TablePrefix must be up to 40 ASCII letters and digits, starting with a letter.");
        }

        if (options.Provider == StorageProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(options.DataFolder))
            {
                failures.Add("Storage:DataFolder is required when Storage:Provider is Sqlite.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (AzureTableService.CheckConnectionString(options.ConnectionString) is { } error)
            {
                failures.Add($"Storage:ConnectionString cannot be used: {error}");
            }
        }
        else if (options.Endpoint is null)
        {
            failures.Add("Storage:ConnectionString or Storage:Endpoint is required when Storage:Provider is AzureTables.");
        }
        else
        {
            if (!options.Endpoint.IsAbsoluteUri || options.Endpoint.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add("Storage:Endpoint must be an absolute https address (tokens are never sent over http).");
            }

            if (options.Credential == StorageCredentialKind.ClientSecret &&
                (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret)))
            {
                failures.Add("Storage:TenantId, Storage:ClientId and Storage:ClientSecret are required when Storage:Credential is ClientSecret.");
            }

            if (options.Scope is { Length: > 0 } scope && !Uri.TryCreate(scope, UriKind.Absolute, out _))
            {
                failures.Add("Storage:Scope must be an absolute address (an audience such as https://storage.azure.us) when set.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
