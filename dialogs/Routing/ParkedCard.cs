using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>"I've kept your incident report where you left it": Resume or Drop it; and the offer of a person.</summary>
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
        var line = texts.Get(TextKeys.PipelineKept, Kept(texts, dialogName));
        return FormCard.Build(new FormCardView(line, line)
        {
            Actions =
            [
                CardActions.Execute(texts.Get(TextKeys.PipelineResumeButton), EngineVerbs.Resume, null, ActionStyle.Positive),
                CardActions.Execute(texts.Get(TextKeys.PipelineDiscardButton), EngineVerbs.Discard),
            ],
        });
    }

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
