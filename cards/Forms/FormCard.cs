namespace ServiceDesk.Cards;

/// <summary>Builds the service desk's form and summary cards from a <see cref="FormCardView"/>.</summary>
public static class FormCard
{
    /// <summary>Up to this many choices show as radio buttons; more become a drop-down.</summary>
    private const int ExpandedChoices = 8;

    public static AdaptiveCard Build(FormCardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(view.Notice))
        {
            body.Add(new Container([new TextBlock(view.Notice) { Wrap = true }]) { Style = ContainerStyle.Emphasis });
        }

        if (!string.IsNullOrWhiteSpace(view.Eyebrow))
        {
            body.Add(new TextBlock(view.Eyebrow) { Size = TextSize.Small, IsSubtle = true, Wrap = true });
        }

        body.Add(new TextBlock(view.Heading) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.None });
        body.AddRange(view.Lines.Select(line => new TextBlock(line) { Wrap = true }));
        if (view.Facts.Count > 0)
        {
            body.Add(new FactSet(view.Facts));
        }

        foreach (var field in view.Fields)
        {
            body.Add(Input(field));
            if (!string.IsNullOrWhiteSpace(field.Error))
            {
                body.Add(new TextBlock(field.Error) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small });
            }
        }

        body.AddRange(view.Sections.Select(Section));
        return new AdaptiveCard
        {
            Body = body,
            Actions = view.Actions.Count == 0 ? null : view.Actions,
            FallbackText = view.FallbackText,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static CardInput Input(FormField field) => field.Choices is { } choices
        ? new ChoiceSetInput(choices)
        {
            Id = field.Id,
            Label = field.Label,
            IsRequired = field.Required,
            ErrorMessage = field.Error ?? (field.Required ? field.RequiredMessage : null),
            Value = field.Value,
            Style = choices.Count <= ExpandedChoices ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
            Wrap = true,
        }
        : new TextInput
        {
            Id = field.Id,
            Label = field.Label,
            IsRequired = field.Required,
            ErrorMessage = field.Error ?? (field.Required ? field.RequiredMessage : null),
            Value = field.Value,
            MaxLength = field.MaxLength,
            IsMultiline = field.Multiline ? true : null,
            Placeholder = field.Placeholder,
        };

    private static Container Section(FormSection section)
    {
        // A section with no heading continues the one before it (the rest of a long row of option buttons).
        var items = section.Heading.Length == 0 ? new List<CardElement>() : [new TextBlock(section.Heading) { Weight = TextWeight.Bolder, Wrap = true }];
        items.AddRange(section.Lines.Select(line => new TextBlock(line) { Wrap = true, Spacing = Spacing.Small }));
        if (section.Actions.Count > 0)
        {
            items.Add(new ActionSet(section.Actions));
        }

        return new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium };
    }
}
