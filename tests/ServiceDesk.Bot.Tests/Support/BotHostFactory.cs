using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// The real bot host in memory (WebApplicationFactory), on a temporary SQLite folder, in local mode
/// unless a test configures otherwise. TestServer has no remote address: a startup filter takes it
/// from the <c>X-Test-Remote-Ip</c> header (loopback by default), so the loopback rule is testable.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    public const string RemoteIpHeader = "X-Test-Remote-Ip";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public BotHostFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        DataFolder = Directory.CreateTempSubdirectory("sdbot-host-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticatedLocal"] = "true",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = DataFolder,
            ["Connector:BaseDelayMilliseconds"] = "10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        _services = services;
    }

    public string DataFolder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            // First of all startup filters, as a real connection's address is there before any middleware runs.
            services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, RemoteAddressFromHeader>());
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                var header = http.Request.Headers[RemoteIpHeader].ToString();
                http.Connection.RemoteIpAddress = string.IsNullOrEmpty(header) ? IPAddress.Loopback : IPAddress.Parse(header);
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
