namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>The validated access catalogue: resources in configuration order, found by id or by what people type.</summary>
public sealed class AccessCatalogue
{
    private readonly Dictionary<string, AccessResource> _byId;

    public AccessCatalogue(IReadOnlyList<AccessResource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Resources = resources;
        _byId = resources.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        Matcher = new AccessCatalogueMatcher(resources);
    }

    public IReadOnlyList<AccessResource> Resources { get; }

    internal AccessCatalogueMatcher Matcher { get; }

    /// <summary>Builds the catalogue from options that passed <see cref="AccessCatalogueValidation"/>.</summary>
    public static AccessCatalogue From(AccessCatalogueOptions options)
    {
        var errors = AccessCatalogueValidation.Errors(options);
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
                FallbackApprover = string.IsNullOrWhiteSpace(r.FallbackApprover) ? null : r.FallbackApprover.Trim(),
            }),
        ]);
    }

    public AccessResource? Find(string? id) =>
        id is not null && _byId.TryGetValue(id.Trim(), out var resource) ? resource : null;

    /// <summary>What a request names: one resource clearly, a few close ones to ask about, or nothing.</summary>
    public AccessCatalogueMatch Match(string? text) => Matcher.Match(text);

    /// <summary>Which of <paramref name="among"/> an answer to "Did you mean …?" names.</summary>
    public AccessCatalogueMatch Match(string? text, IReadOnlyCollection<AccessResource> among) => Matcher.Match(text, among);
}
