using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>The limits of one request, as of today in the requester's time zone.</summary>
internal sealed record AccessLimits(int JustificationMin, int JustificationMax, DateOnly Today, int MaxTemporaryDays)
{
    public static AccessLimits For(AccessCatalogueOptions options, DateOnly today) =>
        new(options.JustificationMinLength, options.JustificationMaxLength, today, options.MaxTemporaryDays);

    public DateOnly FirstEndDate => Today.AddDays(1);

    public DateOnly LastEndDate => Today.AddDays(MaxTemporaryDays);
}
