using ServiceDesk.Bot.Api;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Bot.Telemetry;
using ServiceDesk.Bot.Workers;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Infra.Directories;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddTopLevelSettings();
builder.Services.AddTableStorage();
builder.Services.AddServiceDeskRecords();
builder.Services.AddKnowledgeBase();
builder.Services.AddServiceDesk();
builder.Services.AddAccessRequests();
builder.Services.AddConfiguredDirectory();
builder.Services.AddBotProtocol();
builder.Services.AddAgentQueue();
builder.Services.AddAnnouncementAgents();
builder.Services.AddSlaWorker();
builder.Services.AddWaitWorker();
builder.Services.AddAnnouncementFanoutWorker();
builder.Services.AddTicketsApi();
builder.Services.AddServiceDefaults(builder.Configuration); // last: it decorates the ports registered above

var app = builder.Build();
app.MapMessages();
app.MapHealth();
app.MapTicketsApi();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
