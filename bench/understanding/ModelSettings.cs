namespace ServiceDesk.Bench.Understanding;

/// <summary>The <c>--model</c> mode's settings: the bot's own <c>LanguageModel</c> section, read from the environment.</summary>
internal static class ModelSettings
{
    private const string Prefix = "LanguageModel__";

    /// <summary>No settings of its own: the environment's are read when the desk is composed. Never null, so the mode is on.</summary>
    public static IReadOnlyDictionary<string, string?> FromEnvironment() => new Dictionary<string, string?>();

    /// <summary>Which model is measured, or why none can be (no provider, endpoint or chat model set); the key is never shown.</summary>
    public static bool Describe(out string description)
    {
        string? Read(string key) => Environment.GetEnvironmentVariable(Prefix + key);
        var (provider, endpoint, chat, embedding) = (Read("Provider"), Read("Endpoint"), Read("ChatModel"), Read("EmbeddingModel"));
        if (string.IsNullOrWhiteSpace(provider) || provider == "None" || string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(chat))
        {
            description = "--model needs LanguageModel__Provider, LanguageModel__Endpoint and LanguageModel__ChatModel in the environment (see the README's Language model section).";
            return false;
        }

        description = $"Language model on: {provider} {chat} at {endpoint}" + (string.IsNullOrWhiteSpace(embedding) ? ", no embedding model" : $", embeddings {embedding}");
        return true;
    }
}
