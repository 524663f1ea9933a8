using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>Text keys of the request-access flow (en.json / fr.json, prefix <c>access.</c>).</summary>
internal static class AccessTextKeys
{
    public const string ResourcePrompt = "access.resource.prompt";
    public const string ResourceLabel = "access.resource.label";
    public const string ResourcePlaceholder = "access.resource.placeholder";
    public const string ResourceUnknown = "access.resource.unknown";
    public const string ResourceAmbiguous = "access.resource.ambiguous";
    public const string ResourceTypeHint = "access.resource.typeHint";
    public const string Next = "access.next";

    public const string LevelPrompt = "access.level.prompt";
    public const string LevelLabel = "access.level.label";
    public const string LevelUnknown = "access.level.unknown";

    public const string JustificationPrompt = "access.justification.prompt";
    public const string JustificationLabel = "access.justification.label";
    public const string JustificationPlaceholder = "access.justification.placeholder";
    public const string JustificationTooShort = "access.justification.tooShort";
    public const string JustificationTooLong = "access.justification.tooLong";

    public const string EndDatePrompt = "access.endDate.prompt";
    public const string EndDateLabel = "access.endDate.label";
    public const string EndDateTypeHint = "access.endDate.typeHint";
    public const string EndDateInvalid = "access.endDate.invalid";
    public const string EndDatePast = "access.endDate.past";
    public const string EndDateTooFar = "access.endDate.tooFar";
    public const string Permanent = "access.endDate.permanent";

    public const string SummaryTitle = "access.summary.title";
    public const string SummaryIntro = "access.summary.intro";
    public const string SummaryTypeHint = "access.summary.typeHint";
    public const string SummaryNotConfirmed = "access.summary.notConfirmed";
    public const string Send = "access.summary.send";

    public const string FactRequester = "access.fact.requester";
    public const string FactResource = "access.fact.resource";
    public const string FactLevel = "access.fact.level";
    public const string FactRequestedOn = "access.fact.requestedOn";
    public const string FactUntil = "access.fact.until";
    public const string FactApprover = "access.fact.approver";
    public const string Or = "access.or";

    public const string TicketTitle = "access.ticket.title";
    public const string Created = "access.created";
    public const string ApproverUnavailable = "access.approver.unavailable";
    public const string ApproverNone = "access.approver.none";

    public const string KindPrefix = "access.kind.";

    public const string Understood = "access.understood";
    public const string Took = "access.took";
    public const string TookLevel = "access.took.level";
    public const string TookEndDate = "access.took.endDate";
    public const string TookReason = "access.took.reason";
    public const string DidYouMean = "access.didYouMean";
    public const string DidYouMeanHint = "access.didYouMean.hint";
    public const string NoneOfThese = "access.didYouMean.none";
    public const string NotFound = "access.notFound";
    public const string NotFoundHint = "access.notFound.hint";
    public const string Human = "access.human";
    public const string EditResource = "access.summary.edit.resource";
    public const string EditLevel = "access.summary.edit.level";
    public const string EditJustification = "access.summary.edit.justification";
    public const string EditEndDate = "access.summary.edit.endDate";

    public const string CreatedNoApproval = "access.created.noApproval";
    public const string PartEmpty = "access.empty";

    /// <summary>The keys whose wording differs for a software or hardware request (<c>software.…</c>, <c>hardware.…</c>).</summary>
    private static readonly HashSet<string> ItemWorded =
    [
        ResourcePrompt, ResourceLabel, ResourceTypeHint, ResourceUnknown, JustificationPrompt, JustificationLabel, JustificationPlaceholder,
        SummaryIntro, FactResource, TicketTitle, Created, CreatedNoApproval, NotFound, NotFoundHint, EditResource, PartEmpty,
    ];

    /// <summary>The key for <paramref name="part"/>: an access key, or its software or hardware wording.</summary>
    public static string For(CataloguePart part, string key) => part switch
    {
        CataloguePart.Software when ItemWorded.Contains(key) => "software." + key["access.".Length..],
        CataloguePart.Hardware when ItemWorded.Contains(key) => "hardware." + key["access.".Length..],
        _ => key,
    };

    /// <summary>The part a catalogue entry belongs to.</summary>
    public static CataloguePart PartOf(AccessResource? resource) => resource?.Kind switch
    {
        AccessResourceKind.Software => CataloguePart.Software,
        AccessResourceKind.Hardware => CataloguePart.Hardware,
        _ => CataloguePart.Access,
    };
}
