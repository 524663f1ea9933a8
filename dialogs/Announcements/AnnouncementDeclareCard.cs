using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// The agents' "Declare a major incident" form: affected service, title, what users see, impact, next update, the
/// audience (everyone who has talked to the bot, or a department, office or group from the directory), optional French
/// texts; Preview and Publish.
/// Shown again with the author's values and the reasons when validation refuses it, and with the announcement as
/// employees will see it above the form after Preview, with how many people it will reach. The data carries the draft's id and version (and the ticket to
/// link on publish, when declared from a ticket's card).
/// </summary>
internal static class AnnouncementDeclareCard
{
    public static AdaptiveCard Build(
        Texts texts,
        AnnouncementContent? values = null,
        IReadOnlyList<AnnouncementProblem>? problems = null,
        Announcement? draft = null,
        AdaptiveCard? preview = null,
        string? notice = null,
        string? ticket = null,
        int nextUpdateMinutes = 60,
        AudienceForm? audience = null)
    {
        // Without word from the caller the directory is assumed on: the Preview says it when it is not.
        audience ??= new AudienceForm(DirectoryOn: true);
        var body = new List<CardElement>();
        if (preview is not null)
        {
            body.Add(new Container([.. preview.Body]) { Style = ContainerStyle.Default });
        }

        if (audience.Reach is not null)
        {
            body.Add(new TextBlock(audience.Reach) { Wrap = true, Weight = TextWeight.Bolder });
        }

        body.Add(new TextBlock(texts.Get(TextKeys.AnnouncementsDeclareTitle) + (draft is null ? string.Empty : " · " + draft.Id)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Separator = preview is not null });
        body.Add(new TextBlock(texts.Get(TextKeys.AnnouncementsDeclareIntro)) { Wrap = true, IsSubtle = true });
        if (ticket is not null)
        {
            body.Add(new TextBlock(texts.Get(TextKeys.AnnouncementsAgentsFromTicket, ticket)) { Wrap = true });
        }

        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Wrap = true, Weight = TextWeight.Bolder });
        }

        var reasons = (problems ?? []).Select(p => Describe(texts, p)).Concat(audience.Problem is { } problem ? [problem] : []).ToList();
        if (reasons.Count > 0)
        {
            body.Add(new Container([.. reasons.Select(r => new TextBlock(r) { Wrap = true })]) { Style = ContainerStyle.Attention });
        }

        body.Add(Input(AnnouncementVerbs.ServiceInput, texts.Get(TextKeys.AnnouncementsLabelService), values?.Service, AnnouncementValidation.ServiceMax, required: true, texts));
        body.AddRange(Texts(texts, values?.English, french: false));
        body.Add(AnnouncementControlCard.NextUpdateChoice(texts, nextUpdateMinutes));
        body.AddRange(AudienceInputs(texts, audience));
        body.Add(new TextBlock(texts.Get(TextKeys.AnnouncementsDeclareFrench)) { Weight = TextWeight.Bolder, Wrap = true, Separator = true });
        body.AddRange(Texts(texts, values?.French, french: true));

        var data = draft is null ? new JsonObject()
            : new JsonObject { [AnnouncementVerbs.IdField] = draft.Id, [AnnouncementVerbs.VersionField] = draft.Version };
        if (ticket is not null)
        {
            data[AnnouncementVerbs.TicketField] = ticket;
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                CardActions.Execute(texts.Get(TextKeys.AnnouncementsDeclarePreview), AnnouncementVerbs.Preview, data),
                CardActions.Execute(texts.Get(TextKeys.AnnouncementsDeclarePublish), AnnouncementVerbs.Publish, data, ActionStyle.Positive),
            ],
            FallbackText = texts.Get(TextKeys.AnnouncementsDeclareFallback),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>One refusal reason in the reader's language, naming the field ("Title (French): please fill it in.").</summary>
    public static string Describe(Texts texts, AnnouncementProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var field = texts.Get(problem.Field switch
        {
            AnnouncementField.Service => TextKeys.AnnouncementsLabelService,
            AnnouncementField.Title => TextKeys.AnnouncementsLabelTitle,
            AnnouncementField.WhatUsersSee => TextKeys.AnnouncementsLabelWhatUsersSee,
            AnnouncementField.Impact => TextKeys.AnnouncementsLabelImpact,
            AnnouncementField.NextUpdateAt => TextKeys.AnnouncementsLabelNextUpdate,
            _ => TextKeys.AnnouncementsLabelUpdateText,
        });
        if (problem.French)
        {
            field = texts.Get(TextKeys.AnnouncementsLabelFrench, field);
        }

        return problem.Kind switch
        {
            AnnouncementProblemKind.Empty => texts.Get(TextKeys.AnnouncementsProblemEmpty, field),
            AnnouncementProblemKind.TooLong => texts.Get(TextKeys.AnnouncementsProblemTooLong, field, problem.Limit),
            AnnouncementProblemKind.OverCardBudget => texts.Get(TextKeys.AnnouncementsProblemOverBudget, field, (problem.Limit ?? 0) / 1024),
            _ => texts.Get(TextKeys.AnnouncementsProblemInThePast, field),
        };
    }

    /// <summary>The audience choice and the name it needs; without the directory, what the audience is and why.</summary>
    private static IEnumerable<CardElement> AudienceInputs(Texts texts, AudienceForm audience)
    {
        if (!audience.DirectoryOn)
        {
            yield return new FactSet([new(texts.Get(TextKeys.AnnouncementsLabelAudience), texts.Get(TextKeys.AudienceEveryoneKnown))]);
            yield return new TextBlock(texts.Get(TextKeys.AudienceGraphOff)) { Wrap = true, IsSubtle = true, Size = TextSize.Small };
            yield break;
        }

        yield return new ChoiceSetInput(
        [
            new(texts.Get(TextKeys.AudienceEveryoneKnown), nameof(AnnouncementAudience.Everyone)),
            new(texts.Get(TextKeys.AudienceOrganisation), nameof(AnnouncementAudience.Organisation)),
            new(texts.Get(TextKeys.AudienceDepartment), nameof(AnnouncementAudience.Department)),
            new(texts.Get(TextKeys.AudienceOffice), nameof(AnnouncementAudience.OfficeLocation)),
            new(texts.Get(TextKeys.AudienceGroup), nameof(AnnouncementAudience.Group)),
        ])
        {
            Id = AnnouncementVerbs.AudienceInput,
            Label = texts.Get(TextKeys.AnnouncementsLabelAudience),
            Style = ChoiceInputStyle.Compact,
            Value = audience.Audience.ToString(),
        };
        yield return Input(AnnouncementVerbs.AudienceValueInput, texts.Get(TextKeys.AudienceValueLabel), audience.Value, AnnouncementAudiences.ValueMax, required: false, texts);
    }

    private static IEnumerable<CardElement> Texts(Texts texts, AnnouncementText? values, bool french)
    {
        string Label(string key) => french ? texts.Get(TextKeys.AnnouncementsLabelFrench, texts.Get(key)) : texts.Get(key);
        string Id(string english, string frenchId) => french ? frenchId : english;
        yield return Input(Id(AnnouncementVerbs.TitleInput, AnnouncementVerbs.TitleFrenchInput), Label(TextKeys.AnnouncementsLabelTitle), values?.Title, AnnouncementValidation.TitleMax, !french, texts);
        yield return Input(Id(AnnouncementVerbs.WhatUsersSeeInput, AnnouncementVerbs.WhatUsersSeeFrenchInput), Label(TextKeys.AnnouncementsLabelWhatUsersSee), values?.WhatUsersSee, AnnouncementValidation.WhatUsersSeeMax, !french, texts, multiline: true);
        yield return Input(Id(AnnouncementVerbs.ImpactInput, AnnouncementVerbs.ImpactFrenchInput), Label(TextKeys.AnnouncementsLabelImpact), values?.Impact, AnnouncementValidation.ImpactMax, !french, texts, multiline: true);
    }

    private static TextInput Input(string id, string label, string? value, int max, bool required, Texts texts, bool multiline = false) => new()
    {
        ErrorMessage = required ? texts.Get(TextKeys.AnnouncementsProblemEmpty, label) : null,
        Id = id,
        Label = label,
        Value = value,
        MaxLength = max,
        IsMultiline = multiline ? true : null,
        IsRequired = required ? true : null,
    };
}
