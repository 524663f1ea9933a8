using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Dialogs.Flows.NewStarter;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Flows.RequestAccess;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// The stored dialog and every flow's typed state, their JSON metadata generated at build time (no reflection or
/// emitted accessors on a turn). The options repeat <see cref="DialogSessions.Json"/>'; a new flow's state goes here.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ActiveDialog))]
[JsonSerializable(typeof(IncidentState))]
[JsonSerializable(typeof(AccessRequestState))]
[JsonSerializable(typeof(NewStarterState))]
// The texts' embedded tables and a resolution note's card data: string to string, which these options leave as they are.
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DialogStateJsonContext : JsonSerializerContext;
