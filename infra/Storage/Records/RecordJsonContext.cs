using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Metrics.Days;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Every record stored through <see cref="RecordJson"/>, its JSON metadata generated at build time: no reflection or
/// emitted accessors on a read or a write. The options repeat <see cref="RecordJson.Options"/>'; a new record goes here.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Ticket))]
[JsonSerializable(typeof(TicketEvent))]
[JsonSerializable(typeof(TicketWork))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(OutboxDraft))]
[JsonSerializable(typeof(MetricTally))]
[JsonSerializable(typeof(List<MetricFact>))]
[JsonSerializable(typeof(AnnouncementChannelSetting))]
[JsonSerializable(typeof(Announcement))]
[JsonSerializable(typeof(AnnouncementReactor))]
[JsonSerializable(typeof(MajorIncidentLink))]
[JsonSerializable(typeof(KnowledgeArticle))]
[JsonSerializable(typeof(IncidentCluster))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(QueueSetting))]
[JsonSerializable(typeof(UnroutedTicket))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
