namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>Which part of the catalogue a request is made from: access, software to install, or equipment.</summary>
public enum CataloguePart { Access, Software, Hardware }

/// <summary>
/// The validated catalogue: access resources in configuration order (<see cref="Resources"/>), and the software and
/// hardware items (<see cref="Items"/>), all found by id (ids are unique across parts) or by what people type, each
/// part with its own matcher (a word's rarity is counted within its part).
/// </summary>
public sealed class AccessCatalogue
{
    private readonly Dictionary<string, AccessResource> _byId;
    private readonly Dictionary<CataloguePart, AccessCatalogueMatcher> _matchers;

    public AccessCatalogue(IReadOnlyList<AccessResource> resources, IReadOnlyList<AccessResource>? items = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Resources = resources;
        Items = items ?? [];
        _byId = resources.Concat(Items).ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        Matcher = new AccessCatalogueMatcher(resources, describe: true);
        _matchers = new()
        {
            [CataloguePart.Access] = Matcher,
            [CataloguePart.Software] = new AccessCatalogueMatcher(Of(CataloguePart.Software), CatalogueWords.ItemFiller),
            [CataloguePart.Hardware] = new AccessCatalogueMatcher(Of(CataloguePart.Hardware), CatalogueWords.ItemFiller),
        };
    }

    /// <summary>The access resources (the access request's catalogue).</summary>
    public IReadOnlyList<AccessResource> Resources { get; }

    /// <summary>The software and hardware items.</summary>
    public IReadOnlyList<AccessResource> Items { get; }

    internal AccessCatalogueMatcher Matcher { get; }

    /// <summary>Builds the catalogue from options that passed <see cref="AccessCatalogueValidation"/> and <see cref="ServiceCatalogueValidation"/>.</summary>
    public static AccessCatalogue From(AccessCatalogueOptions options, ServiceCatalogueOptions? items = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = AccessCatalogueValidation.Errors(options).Concat(items is null ? [] : ServiceCatalogueValidation.Errors(items, options)).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        }

        return new AccessCatalogue(
        [
            .. options.Resources.Select(r => new AccessResource(
                r.Id,
                r.Kind!.Value,
                new LocalizedText(r.Name.En.Trim(), r.Name.Fr.Trim()),
                new LocalizedText(r.Description.En.Trim(), r.Description.Fr.Trim()),
                [.. r.Levels.Select(l => l.Trim().ToLowerInvariant())],
                r.Approver!.Value,
                [.. r.Owners.Select(o => o.Trim())],
                [.. r.Aliases.En.Concat(r.Aliases.Fr).Concat(r.Keywords).Select(k => k.Trim())])
            {
                GroupId = string.IsNullOrWhiteSpace(r.GroupId) ? null : r.GroupId.Trim(),
                AutoFulfil = r.AutoFulfil,
                FallbackApprover = string.IsNullOrWhiteSpace(r.FallbackApprover) ? null : r.FallbackApprover.Trim(),
                ReviewEveryDays = r.ReviewEveryDays,
            }),
        ],
        [
            .. ItemsOf(items?.Software, AccessResourceKind.Software, ServiceCatalogueOptions.SoftwareQueue),
            .. ItemsOf(items?.Hardware, AccessResourceKind.Hardware, ServiceCatalogueOptions.HardwareQueue),
        ]);
    }

    /// <summary>The entries of one part, in configuration order.</summary>
    public IReadOnlyList<AccessResource> Of(CataloguePart part) => part switch
    {
        CataloguePart.Software => [.. Items.Where(i => i.Kind == AccessResourceKind.Software)],
        CataloguePart.Hardware => [.. Items.Where(i => i.Kind == AccessResourceKind.Hardware)],
        _ => Resources,
    };

    public AccessResource? Find(string? id) =>
        id is not null && _byId.TryGetValue(id.Trim(), out var resource) ? resource : null;

    /// <summary>What a request names: one resource clearly, a few close ones to ask about, or nothing.</summary>
    public AccessCatalogueMatch Match(string? text) => Matcher.Match(text);

    /// <summary>Which of <paramref name="among"/> an answer to "Did you mean …?" names.</summary>
    public AccessCatalogueMatch Match(string? text, IReadOnlyCollection<AccessResource> among) => Matcher.Match(text, among);

    /// <summary>What a request names in one part of the catalogue (the same confidence rules as access), or among a "did you mean".</summary>
    public AccessCatalogueMatch Match(CataloguePart part, string? text, IReadOnlyCollection<AccessResource>? among = null) =>
        _matchers[part].Match(text, among);

    private static IEnumerable<AccessResource> ItemsOf(ServiceItemListOptions? list, AccessResourceKind kind, string defaultQueue) =>
        (list?.Items ?? []).Select(i => new AccessResource(
            i.Id,
            kind,
            new LocalizedText(i.Name.En.Trim(), i.Name.Fr.Trim()),
            new LocalizedText(i.Description.En.Trim(), i.Description.Fr.Trim()),
            [],
            i.Approver!.Value,
            [.. i.Owners.Select(o => o.Trim())],
            [.. i.Aliases.En.Concat(i.Aliases.Fr).Select(a => a.Trim())])
        {
            Queue = string.IsNullOrWhiteSpace(i.Queue) ? defaultQueue : i.Queue.Trim(),
        });
}
