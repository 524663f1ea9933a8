using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Understanding;
using static ServiceDesk.Dialogs.Flows.NewStarter.NewStarterCards;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

// A correction typed at the summary ("son nom c'est Durand, pas Durant", "make it start on 4 January", "his email is …"):
// each value goes to the step it belongs to, as if typed there.
internal sealed partial class NewStarterFlow
{
    private static readonly SummaryField NameNames = new(NameField,
        "name", "first name", "last name", "surname", "family name", "nom", "prenom", "nom de famille", "starter", "new starter");

    private static readonly SummaryField EmailNames = new(EmailField, "email", "e mail", "mail", "email address", "address", "adresse", "adresse mail", "adresse e mail");

    private static readonly SummaryField StartDateNames = new(StartDateField,
        "start date", "date", "start", "first day", "date d arrivee", "arrivee", "date de debut", "debut", "premier jour");

    private static readonly SummaryField ItemsNames = new(ItemsField,
        "items", "needs", "list", "accesses", "access", "equipment", "software", "besoins", "liste", "acces", "materiel", "logiciels");

    /// <summary>A correction typed at the summary, or null when the message is not one.</summary>
    private Step<NewStarterState>? Correction(DialogContext context, NewStarterState state, string? typed)
    {
        var texts = context.Texts;
        return SummaryCorrection.Apply(typed,
        [
            new SummaryTarget<NewStarterState>(NameNames, state.Name, value => Renamed(state, value, texts),
                () => state with { Step = NewStarterStep.Who }, FreeText: true),
            new SummaryTarget<NewStarterState>(EmailNames, state.Email,
                value => NewStarterFirstMessage.IsEmail(value.Trim()) ? Step<NewStarterState>.Ask((state with { Email = value.Trim() }).Next()) : Step<NewStarterState>.Retry(state, string.Empty),
                () => state with { Step = NewStarterStep.Who }),
            new SummaryTarget<NewStarterState>(StartDateNames, state.StartDate is { } start ? AccessDisplay.Date(start, texts) : null,
                value => SummaryCorrection.DateAnswer(value, v => StartDate(context, state with { Step = NewStarterStep.StartDate }, v)),
                () => state with { Step = NewStarterStep.StartDate }, Unnamed: true),
            new SummaryTarget<NewStarterState>(ItemsNames, null, value => Items(state with { Step = NewStarterStep.Items }, value, fromCard: false, texts),
                () => state with { Step = NewStarterStep.Items, Unclear = null }),
        ]);
    }

    /// <summary>The name corrected: the e-mail already given stays unless the correction gives another.</summary>
    private static Step<NewStarterState> Renamed(NewStarterState state, string value, Texts texts)
    {
        var step = Who(state with { Step = NewStarterStep.Who }, value, null, fromCard: false, texts);
        return step is { Kind: StepKind.Ask, State: { Email: null } renamed } ? Step<NewStarterState>.Ask(renamed with { Email = state.Email }) : step;
    }
}
