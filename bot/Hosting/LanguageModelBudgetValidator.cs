using Microsoft.Extensions.Options;
using ServiceDesk.Infra.LanguageModel;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// The language model's time must fit inside the turn's, with room left for the search before it and the reply after
/// it: otherwise a slow model would cost the whole turn instead of falling back to the answer without it.
/// </summary>
internal sealed class LanguageModelBudgetValidator(IOptions<BotOptions> bot) : IValidateOptions<LanguageModelOptions>
{
    /// <summary>What the turn keeps for itself beside the model's call.</summary>
    public const int ReserveMs = 2_000;

    public ValidateOptionsResult Validate(string? name, LanguageModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limit = bot.Value.TurnBudgetSeconds * 1_000 - ReserveMs;
        // With embeddings, a knowledge question waits for the question's vector, then for the answer.
        var embedding = options.EmbeddingsEnabled ? options.EmbeddingTimeoutMs : 0;
        return !options.Enabled || options.TimeoutMs + embedding <= limit
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(embedding == 0
                ? $"LanguageModel:TimeoutMs ({options.TimeoutMs}) must leave {ReserveMs} ms of Bot:TurnBudgetSeconds ({bot.Value.TurnBudgetSeconds} s): at most {limit}."
                : $"LanguageModel:TimeoutMs ({options.TimeoutMs}) plus LanguageModel:EmbeddingTimeoutMs ({embedding}) must leave {ReserveMs} ms of Bot:TurnBudgetSeconds ({bot.Value.TurnBudgetSeconds} s): at most {limit}.");
    }
}
