using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>"I've kept your incident report where you left it": Resume or Drop it; and the offers of a person.</summary>
internal static class ParkedCard
{
    /// <summary>"your incident report", "votre demande d'accès"...</summary>
    public static string Kept(Texts texts, string dialogName) => texts.Get(dialogName switch
    {
        ServiceDeskRouter.IncidentDialog => TextKeys.PipelineKeptIncident,
        ServiceDeskRouter.AccessDialog => TextKeys.PipelineKeptAccess,
        ServiceDeskRouter.HardwareDialog => TextKeys.PipelineKeptHardware,
        ServiceDeskRouter.SoftwareDialog => TextKeys.PipelineKeptSoftware,
        ServiceDeskRouter.NewStarterDialog => TextKeys.PipelineKeptNewStarter,
        _ => TextKeys.PipelineKeptOther,
    });

    public static AdaptiveCard Build(Texts texts, string dialogName)
    {
        return Choice(texts.Get(TextKeys.PipelineKept, Kept(texts, dialogName)),
            CardActions.Execute(texts.Get(TextKeys.PipelineResumeButton), EngineVerbs.Resume, null, ActionStyle.Positive),
            CardActions.Execute(texts.Get(TextKeys.PipelineDiscardButton), EngineVerbs.Discard));
    }

    /// <summary>
    /// A person asked for inside a form: what a call-back does, and the choice. "Ask to be called back" files the
    /// call-back ticket with the draft; "Continue my request" shows the step again. The draft is kept either way.
    /// </summary>
    public static AdaptiveCard OfferCallBack(Texts texts, string dialogName)
    {
        return Choice(texts.Get(TextKeys.EngineCallBackOffer, Kept(texts, dialogName)),
            CardActions.Execute(texts.Get(TextKeys.EngineCallBackButton), EngineVerbs.Human, null, ActionStyle.Positive),
            CardActions.Execute(texts.Get(TextKeys.EngineContinueButton), EngineVerbs.Retry));
    }

    /// <summary>One line and its two choices, the first the one expected.</summary>
    private static AdaptiveCard Choice(string line, AdaptiveAction first, AdaptiveAction second) =>
        FormCard.Build(new FormCardView(line, line) { Actions = [first, second] });

    /// <summary>After misunderstandings in a row: a person, or the menu. Polite, once; never another apology.</summary>
    public static AdaptiveCard OfferHuman(Texts texts)
    {
        var line = texts.Get(TextKeys.PipelineOfferHuman);
        return FormCard.Build(new FormCardView(line, line)
        {
            Actions =
            [
                CardActions.Execute(texts.Get(TextKeys.EngineHumanButton), EngineVerbs.Human, null, ActionStyle.Positive),
                CardActions.Execute(texts.Get(TextKeys.EngineMenuButton), EngineVerbs.Menu),
            ],
        });
    }
}
