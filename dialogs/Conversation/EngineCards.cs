using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>The engine's own cards: what to do after too many failed tries.</summary>
internal static class EngineCards
{
    public static AdaptiveCard TooManyTries(DialogContext context, string? lastError)
    {
        var texts = context.Texts;
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(lastError))
        {
            body.Add(new TextBlock(lastError) { Weight = TextWeight.Bolder, Wrap = true });
        }

        body.Add(new TextBlock(texts.Get(TextKeys.EngineTooManyTries)) { Wrap = true });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                context.Button(texts.Get(TextKeys.EngineRetryButton), EngineVerbs.Retry),
                context.Button(texts.Get(TextKeys.EngineMenuButton), EngineVerbs.Menu),
                context.Button(texts.Get(TextKeys.EngineHumanButton), EngineVerbs.Human),
            ],
            FallbackText = texts.Get(TextKeys.EngineTooManyTries),
        };
    }
}
