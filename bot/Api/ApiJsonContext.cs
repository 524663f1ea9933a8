using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Metrics.Now;

namespace ServiceDesk.Bot.Api;

/// <summary>The API's, the dashboard's and the health endpoints' answers, their JSON metadata generated at build time. The options repeat <see cref="ApiJson.Options"/>'.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(TicketDetails))]
[JsonSerializable(typeof(TicketListView))]
[JsonSerializable(typeof(ServiceMetrics))]
[JsonSerializable(typeof(ComparedMetrics))]
[JsonSerializable(typeof(DeskNow))]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(ServiceDesk.Bot.Dashboard.DashboardSignInSettings))]
[JsonSerializable(typeof(ServiceDesk.Bot.Hosting.HealthAnswer))]
// The dashboard page's texts by language.
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, string>>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
