namespace ServiceDesk.Cards;

/// <summary>The menu: greeting, what the service desk does, one button per thing, and how to get back here.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(WelcomeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(view.Note))
        {
            body.Add(new Container([new TextBlock(view.Note) { Wrap = true }]) { Style = ContainerStyle.Emphasis });
        }

        body.Add(new TextBlock(view.Greeting) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
        body.Add(new TextBlock(view.Intro) { Wrap = true });
        foreach (var option in view.Options)
        {
            body.Add(new Container(
            [
                new TextBlock(option.Title) { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(option.Description) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            ])
            { Spacing = Spacing.Medium });
        }

        body.Add(new TextBlock(view.Hint) { Size = TextSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.Large });

        return new AdaptiveCard
        {
            Body = body,
            Actions = [.. view.Options.Select(o => CardActions.Execute(o.Title, o.Verb))],
            FallbackText = FallbackText(view),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    // Clients that cannot render the card (and notifications) still show the options and the hint.
    private static string FallbackText(WelcomeView view) =>
        string.Join("\n", [view.Greeting, view.Intro, .. view.Options.Select(o => $"- {o.Title}: {o.Description}"), view.Hint]);
}
