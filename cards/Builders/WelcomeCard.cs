namespace ServiceDesk.Cards;

/// <summary>The menu: greeting, what the service desk does, one button per thing, and how to get back here.</summary>
public static class WelcomeCard
{
    /// <summary>Buttons in the card's row, the overflow included (the agent's card keeps the same count).</summary>
    public const int Shown = 4;

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
            Actions = Buttons(view),
            FallbackText = FallbackText(view),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static List<AdaptiveAction> Buttons(WelcomeView view)
    {
        var all = view.Options.Select(o => (AdaptiveAction)CardActions.Execute(o.Title, o.Verb)).ToList();
        if (all.Count <= Shown || view.More is null)
        {
            return all;
        }

        // The overflow opens below the card with the rest, in rows as wide as the card's own.
        var rows = all[(Shown - 1)..].Chunk(Shown).Select(row => (CardElement)new ActionSet([.. row])).ToList();
        return [.. all[..(Shown - 1)], new ShowCardAction(new AdaptiveCard { Body = rows }) { Title = view.More }];
    }

    // Clients that cannot render the card (and notifications) still show the options and the hint.
    private static string FallbackText(WelcomeView view) =>
        string.Join("\n", [view.Greeting, view.Intro, .. view.Options.Select(o => $"- {o.Title}: {o.Description}"), view.Hint]);
}
