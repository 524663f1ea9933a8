using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Creates the tables at start and runs ticket recovery then and every <see cref="RecordsOptions.RecoveryInterval"/>,
/// so changes a crashed instance left half-done are completed even if that instance never comes back.
/// </summary>
internal sealed partial class RecordsStartup(
    RecordTables tables, TicketRecovery recovery, IOptions<RecordsOptions> options, TimeProvider clock, ILogger<RecordsStartup> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RecoveryInterval, clock);
        do
        {
            try
            {
                await recovery.RecoverAsync(null, stoppingToken).ConfigureAwait(false);
            }
            catch (StorageUnavailableException ex)
            {
                LogRecoveryFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket recovery pass failed; it runs again at the next interval")]
    private partial void LogRecoveryFailed(Exception exception);
}
