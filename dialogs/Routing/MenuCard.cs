using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>The welcome card in the reader's language: what the service desk does, one button per thing.</summary>
internal static class MenuCard
{
    public static AdaptiveCard Build(Texts texts, string? personName, string? note = null)
    {
        var firstName = FirstName(personName);
        var greeting = firstName is null
            ? texts.Get(TextKeys.WelcomeGreetingNoName)
            : texts.Get(TextKeys.WelcomeGreeting, CardText.Literal(firstName));

        return WelcomeCard.Build(new WelcomeView(
            greeting,
            texts.Get(TextKeys.WelcomeIntro),
            [
                Option(texts, TextKeys.WelcomeReportIncidentTitle, TextKeys.WelcomeReportIncidentDescription, MenuVerbs.ReportIncident),
                Option(texts, TextKeys.WelcomeRequestAccessTitle, TextKeys.WelcomeRequestAccessDescription, MenuVerbs.RequestAccess),
                Option(texts, TextKeys.WelcomeMyTicketsTitle, TextKeys.WelcomeMyTicketsDescription, MenuVerbs.MyTickets),

                // Behind the card's "More requests": the other requests, and the knowledge base (typing a question works anywhere).
                Option(texts, TextKeys.WelcomeRequestSoftwareTitle, TextKeys.WelcomeRequestSoftwareDescription, MenuVerbs.RequestSoftware),
                Option(texts, TextKeys.WelcomeRequestHardwareTitle, TextKeys.WelcomeRequestHardwareDescription, MenuVerbs.RequestHardware),
                Option(texts, TextKeys.WelcomeNewStarterTitle, TextKeys.WelcomeNewStarterDescription, MenuVerbs.NewStarter),
                Option(texts, TextKeys.WelcomeAskQuestionTitle, TextKeys.WelcomeAskQuestionDescription, MenuVerbs.AskQuestion),
            ],
            texts.Get(TextKeys.WelcomeHint),
            note)
        {
            More = texts.Get(TextKeys.WelcomeMore),
        });
    }

    /// <summary>"Jean Dupont" → "Jean"; "Dupont, Jean" (directory style) → "Jean"; nothing usable → null.</summary>
    internal static string? FirstName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var given = comma >= 0 ? name[(comma + 1)..] : name;
        var first = given.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(first) ? null : first;
    }

    private static WelcomeOption Option(Texts texts, string titleKey, string descriptionKey, string verb) =>
        new(texts.Get(titleKey), texts.Get(descriptionKey), verb);
}
