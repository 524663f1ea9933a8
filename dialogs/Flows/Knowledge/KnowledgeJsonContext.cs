using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>What <see cref="KnowledgeMemory"/> stores, its JSON metadata generated at build time (Web defaults, as before).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(KnowledgeRecall))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
