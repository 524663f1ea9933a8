using ServiceDesk.Dialogs.Announcements;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements;

public sealed class AnnouncementValidationTests
{
    [Fact]
    public void Check_ACompleteAnnouncement_HasNoProblem()
    {
        Assert.Empty(AnnouncementValidation.Check(Content(French), T0));
    }

    [Fact]
    public void Check_EmptyFields_NamesEachFieldAndLanguage()
    {
        var content = new AnnouncementContent(" ", new AnnouncementText("", "x", "  "), new AnnouncementText("Titre", "", "y"), T0.AddMinutes(-1));

        var problems = AnnouncementValidation.Check(content, T0);

        Assert.Equal(
            [
                new AnnouncementProblem(AnnouncementField.Service, AnnouncementProblemKind.Empty),
                new AnnouncementProblem(AnnouncementField.Title, AnnouncementProblemKind.Empty),
                new AnnouncementProblem(AnnouncementField.Impact, AnnouncementProblemKind.Empty),
                new AnnouncementProblem(AnnouncementField.WhatUsersSee, AnnouncementProblemKind.Empty, French: true),
                new AnnouncementProblem(AnnouncementField.NextUpdateAt, AnnouncementProblemKind.InThePast),
            ],
            problems);
    }

    [Fact]
    public void Check_TextOverTheCardBudget_IsRefusedWithTheBudget()
    {
        // Within every field's character limit, but 3 UTF-8 bytes a character: over the 28 KB of text one card may show.
        var wide = new string('語', AnnouncementValidation.WhatUsersSeeMax);
        var content = Content() with { English = new AnnouncementText("Outage", wide, new string('語', 2_000)) };

        var problems = AnnouncementValidation.Check(content, T0);

        Assert.Equal([new AnnouncementProblem(AnnouncementField.Body, AnnouncementProblemKind.OverCardBudget, false, AnnouncementValidation.BodyBudgetBytes)], problems);
    }

    [Fact]
    public void Check_AFieldOverItsLimit_IsTooLong()
    {
        var content = Content() with { English = new AnnouncementText(new string('x', AnnouncementValidation.TitleMax + 1), "x", "y") };

        Assert.Equal([new AnnouncementProblem(AnnouncementField.Title, AnnouncementProblemKind.TooLong, false, AnnouncementValidation.TitleMax)], AnnouncementValidation.Check(content, T0));
    }

    [Fact]
    public void CheckUpdate_RequiresTheTextOfAnUpdateButNotOfAResolution()
    {
        Assert.Equal([new AnnouncementProblem(AnnouncementField.UpdateText, AnnouncementProblemKind.Empty)], AnnouncementValidation.CheckUpdate(Content(), "", null, required: true, null, T0));
        Assert.Empty(AnnouncementValidation.CheckUpdate(Content(), null, null, required: false, null, T0));
        var wide = new string('語', AnnouncementValidation.UpdateTextMax);
        var big = Content() with { English = new AnnouncementText("t", new string('語', AnnouncementValidation.WhatUsersSeeMax), "i") };
        Assert.Contains(AnnouncementValidation.CheckUpdate(big, wide, null, required: true, null, T0), p => p.Kind == AnnouncementProblemKind.OverCardBudget);
    }
}
