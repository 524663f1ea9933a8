using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// A second reading, by the language model, of a message the rules were unsure of (nothing matched, or a narrow win),
/// outside a form. The model only proposes: its intent and hints are checked against the closed lists and go to the
/// same flows as the rules' (pre-filled forms, confirmation cards), so nothing is created, changed or approved without
/// a click. No model, or no usable answer: the rules' reading, unchanged.
/// </summary>
internal sealed class UnsureUnderstanding(IIntentReader reader, IncidentCatalogue incidents, AccessCatalogue access, TimeProvider time)
{
    /// <summary>The furthest end date taken from the model; the access flow applies its own, shorter, limit after.</summary>
    public const int MaxEndDateYears = 3;

    /// <summary>Below this confidence the rules are unsure; the model's reading is given this confidence.</summary>
    public const double Unsure = 0.5;

    /// <summary>What the model may answer: never a ticket's status (that needs its number) nor a follow-up (its subject).</summary>
    public static readonly IReadOnlyList<Intent> Offered =
    [
        Intent.ReportIncident, Intent.RequestAccess, Intent.RequestSoftware, Intent.RequestHardware, Intent.NewStarter,
        Intent.MyTickets, Intent.Question, Intent.Outage, Intent.Human, Intent.Help,
    ];

    private readonly Lazy<IntentChoices> choices = new(() => Choices(incidents, access));

    public static bool IsUnsure(Recognition recognition)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        return recognition.TicketNumber is null && recognition.Confidence < Unsure
            && recognition.Intent is Intent.Question or Intent.ReportIncident or Intent.RequestAccess or Intent.RequestSoftware
                or Intent.RequestHardware or Intent.NewStarter or Intent.Outage or Intent.MyTickets;
    }

    public async Task<Recognition> ReconsiderAsync(string text, Recognition ruled, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruled);
        if (!IsUnsure(ruled) || string.IsNullOrWhiteSpace(text))
        {
            return ruled;
        }

        var language = ruled.Language ?? KnowledgeLanguage.FromLocale(locale);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var reading = await reader.ReadAsync(new IntentQuestion(text, language, choices.Value) { Today = today }, cancellationToken).ConfigureAwait(false);
        return reading is null ? ruled : Apply(reading, ruled, incidents, access, today);
    }

    /// <summary>
    /// The reading kept only where it names something in the lists; the rules' own category and service, read from the
    /// words, stay when they found one. An intent outside the list leaves the rules' reading as it was.
    /// </summary>
    internal static Recognition Apply(IntentReading reading, Recognition ruled, IncidentCatalogue incidents, AccessCatalogue? access = null, DateOnly? today = null)
    {
        if (Offered.Where(i => i.ToString() == reading.Intent).Select(i => (Intent?)i).FirstOrDefault() is not { } intent)
        {
            return ruled;
        }

        var category = incidents.Categories.FirstOrDefault(c => string.Equals(c.Id, reading.Category, StringComparison.Ordinal));
        var service = category is null
            ? incidents.Categories.SelectMany(c => c.Services).FirstOrDefault(s => string.Equals(s.Id, reading.Service, StringComparison.Ordinal))
            : category.Services.FirstOrDefault(s => string.Equals(s.Id, reading.Service, StringComparison.Ordinal));
        category ??= service is null ? null : incidents.Categories.First(c => c.Services.Contains(service));
        var incident = intent == Intent.ReportIncident;
        var request = intent == Intent.RequestAccess;
        return ruled with
        {
            ResourceHint = request ? access?.Of(CataloguePart.Access).FirstOrDefault(r => string.Equals(r.Id, reading.Resource, StringComparison.Ordinal))?.Id : null,
            EndDateHint = request && today is { } day ? EndDate(reading.EndDate, day) : null,
            Intent = intent,
            Confidence = Unsure,
            CategoryHint = ruled.CategoryHint ?? category?.Id,
            ServiceHint = ruled.ServiceHint ?? service?.Id,
            ImpactHint = incident ? ruled.ImpactHint ?? Level<Impact>(reading.Impact) : null,
            UrgencyHint = incident ? ruled.UrgencyHint ?? Level<Urgency>(reading.Urgency) : null,
        };
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>, after today and within <see cref="MaxEndDateYears"/>; anything else is no date.</summary>
    private static DateOnly? EndDate(string? text, DateOnly today) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
        && date > today && date <= today.AddYears(MaxEndDateYears)
            ? date
            : null;

    private static T? Level<T>(string? name)
        where T : struct, Enum =>
        Enum.GetNames<T>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<T>(name!) : null;

    private static IntentChoices Choices(IncidentCatalogue incidents, AccessCatalogue access) => new(
        [.. Offered.Select(i => i.ToString())],
        [.. incidents.Categories.Select(c => c.Id)],
        [.. incidents.Categories.SelectMany(c => c.Services).Select(s => s.Id).Distinct(StringComparer.Ordinal)],
        Enum.GetNames<Impact>(),
        Enum.GetNames<Urgency>())
    {
        Resources = [.. access.Of(CataloguePart.Access).Select(r => r.Id)],
    };
}
