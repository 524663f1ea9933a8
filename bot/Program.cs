using ServiceDesk.Bot.Api;
using ServiceDesk.Bot.Dashboard;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Dialogs;
using ServiceDesk.Infra;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddTopLevelSettings();
// Every registration is checked when the container is built, in every environment: a missing dependency stops the
// app at start, not at the first message that needs it.
builder.Host.UseDefaultServiceProvider(options =>
{
    options.ValidateOnBuild = true;
    options.ValidateScopes = true;
});
builder.Services.AddServiceDeskInfrastructure();
builder.Services.AddServiceDeskCore();
builder.Services.AddTeamsEdge(builder.Configuration);
builder.Services.AddLocalClock(builder.Configuration);

var app = builder.Build();
app.MapMessages();
app.MapHealth();
app.MapTicketsApi();
app.MapDashboard();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
