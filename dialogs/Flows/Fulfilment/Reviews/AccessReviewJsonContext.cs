using System.Text.Json.Serialization;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>
/// The access reviews' stored records, their JSON metadata generated at build time. The serializer's default options
/// (property names as declared, enums as numbers), as the reviews were always stored: records written before read the
/// same. Generated rather than reflected so that a build without reflection-based JSON (Native AOT) reads them too.
/// </summary>
[JsonSerializable(typeof(AccessReviewHead))]
[JsonSerializable(typeof(AccessReviewPage))]
internal sealed partial class AccessReviewJsonContext : JsonSerializerContext;
