using System.Text;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>Which field is wrong.</summary>
public enum AnnouncementField
{
    Service,
    Title,
    WhatUsersSee,
    Impact,
    UpdateText,
    NextUpdateAt,
    Body,
}

public enum AnnouncementProblemKind
{
    Empty,
    TooLong,
    OverCardBudget,
    InThePast,
}

/// <summary>One reason an announcement is refused before anything is sent; <see cref="French"/> for the French texts.</summary>
public sealed record AnnouncementProblem(AnnouncementField Field, AnnouncementProblemKind Kind, bool French = false, int? Limit = null);

/// <summary>
/// Checks what the author wrote. The card size budget is enforced on text, before rendering: the texts one card shows
/// (one language: the title, what users see, impact and the latest update) must stay under
/// <see cref="BodyBudgetBytes"/> UTF-8 bytes. Cards serialise text almost as is (JSON escapes quotes and controls), so
/// with the labels and buttons the rendered card stays well under the 80 KB card budget
/// (<c>AnnouncementCardSizeTests</c> checks the worst case), and the reason can name the field instead of a byte count.
/// </summary>
public static class AnnouncementValidation
{
    public const int ServiceMax = 100;
    public const int TitleMax = 150;
    public const int WhatUsersSeeMax = 8_000;
    public const int ImpactMax = 4_000;
    public const int UpdateTextMax = 4_000;
    public const int BodyBudgetBytes = 28 * 1024;

    public static IReadOnlyList<AnnouncementProblem> Check(AnnouncementContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<AnnouncementProblem>();
        Field(problems, AnnouncementField.Service, content.Service, ServiceMax, french: false);
        Texts(problems, content.English, french: false);
        if (content.French is { } french)
        {
            Texts(problems, french, french: true);
        }

        if (content.NextUpdateAt is { } next && next <= now)
        {
            problems.Add(new(AnnouncementField.NextUpdateAt, AnnouncementProblemKind.InThePast));
        }

        return problems;
    }

    /// <summary>An update (or a resolution note, which may be empty) checked with the announcement it joins.</summary>
    public static IReadOnlyList<AnnouncementProblem> CheckUpdate(
        AnnouncementContent content, string? text, string? textFrench, bool required, DateTimeOffset? nextUpdateAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<AnnouncementProblem>();
        if (required || !string.IsNullOrWhiteSpace(text))
        {
            Field(problems, AnnouncementField.UpdateText, text, UpdateTextMax, french: false);
        }

        if (textFrench is not null)
        {
            Field(problems, AnnouncementField.UpdateText, textFrench, UpdateTextMax, french: true);
        }

        if (nextUpdateAt is { } next && next <= now)
        {
            problems.Add(new(AnnouncementField.NextUpdateAt, AnnouncementProblemKind.InThePast));
        }

        Budget(problems, content.English, text, french: false);
        if (content.French is not null || textFrench is not null)
        {
            Budget(problems, content.In("fr"), textFrench ?? text, french: true);
        }

        return problems;
    }

    private static void Texts(List<AnnouncementProblem> problems, AnnouncementText texts, bool french)
    {
        Field(problems, AnnouncementField.Title, texts.Title, TitleMax, french);
        Field(problems, AnnouncementField.WhatUsersSee, texts.WhatUsersSee, WhatUsersSeeMax, french);
        Field(problems, AnnouncementField.Impact, texts.Impact, ImpactMax, french);
        Budget(problems, texts, null, french);
    }

    private static void Field(List<AnnouncementProblem> problems, AnnouncementField field, string? value, int max, bool french)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, AnnouncementProblemKind.Empty, french));
        }
        else if (value.Length > max)
        {
            problems.Add(new(field, AnnouncementProblemKind.TooLong, french, max));
        }
    }

    private static void Budget(List<AnnouncementProblem> problems, AnnouncementText texts, string? update, bool french)
    {
        var bytes = Encoding.UTF8.GetByteCount(texts.Title ?? string.Empty) + Encoding.UTF8.GetByteCount(texts.WhatUsersSee ?? string.Empty)
            + Encoding.UTF8.GetByteCount(texts.Impact ?? string.Empty) + Encoding.UTF8.GetByteCount(update ?? string.Empty);
        if (bytes > BodyBudgetBytes)
        {
            problems.Add(new(AnnouncementField.Body, AnnouncementProblemKind.OverCardBudget, french, BodyBudgetBytes));
        }
    }
}
