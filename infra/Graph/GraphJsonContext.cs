using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Graph;

/// <summary>What <see cref="GraphDirectoryCache"/> keeps, its JSON metadata generated at build time (Web defaults, as before).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DirectoryPerson))]
[JsonSerializable(typeof(IReadOnlyList<DirectoryPerson>))]
internal sealed partial class GraphJsonContext : JsonSerializerContext;
