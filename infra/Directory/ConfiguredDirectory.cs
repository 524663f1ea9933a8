using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Directories;

/// <summary>
/// <see cref="IDirectory"/> from configuration (<see cref="DirectoryOptions"/>): the offline default, and what the Graph
/// directory falls back on (people Graph cannot be asked about, the default approver). It never answers Unavailable.
/// </summary>
internal sealed class ConfiguredDirectory(IOptions<DirectoryOptions> options) : IDirectory
{
    private readonly DirectoryOptions _options = options.Value;

    public Task<DirectoryLookup> GetManagerAsync(DirectoryPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var entry = _options.Managers.FirstOrDefault(m => person.Is(m.Employee.Trim()));
        if (entry is not null)
        {
            return Task.FromResult(DirectoryLookup.Found(ToPerson(entry.Manager)));
        }

        // Nobody configured for this person: the default approver decides, unless that is the person themselves.
        var fallback = _options.DefaultApprover is { } d ? ToPerson(d) : null;
        return Task.FromResult(fallback is not null && !fallback.Is(person.Id) && !fallback.Is(person.AadObjectId)
            ? DirectoryLookup.Found(fallback)
            : DirectoryLookup.NotFound);
    }

    public Task<DirectoryLookup> FindPersonAsync(string idOrObjectId, CancellationToken cancellationToken)
    {
        var known = _options.People
            .Concat(_options.Managers.Select(m => m.Manager))
            .Concat(_options.DefaultApprover is { } d ? [d] : [])
            .Select(ToPerson)
            .FirstOrDefault(p => p.Is(idOrObjectId?.Trim()));
        return Task.FromResult(known is null ? DirectoryLookup.NotFound : DirectoryLookup.Found(known));
    }

    private static DirectoryPerson ToPerson(DirectoryPersonOptions p) =>
        new(p.Id.Trim(), string.IsNullOrWhiteSpace(p.AadObjectId) ? null : p.AadObjectId.Trim(), p.Name.Trim());
}
