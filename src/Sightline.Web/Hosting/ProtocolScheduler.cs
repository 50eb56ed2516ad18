using Sightline.Storage.Protocols;

namespace Sightline.Web.Hosting;

/// <summary>
/// The live protocols' clock: at start-up and then every quarter of an hour, runs every family
/// whose last closed day is behind the calendar, so that a deadline that passes while nothing is
/// sent raises its alert even when no new event arrives. A failed pass is logged and retried at
/// the next tick: the event log is the truth and a later run catches up.
/// </summary>
internal sealed partial class ProtocolScheduler(LiveProtocols live, TimeProvider clock, ILogger<ProtocolScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            await RunDueAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            var receipt = await live.RunDueAsync(stoppingToken);
            if (receipt.Families > 0)
            {
                Ran(receipt.Families, receipt.AlertsRaised);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live protocols: ran {Families} families whose day had closed; {Alerts} new alerts.")]
    private partial void Ran(int families, int alerts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Live protocols: the scheduled run failed; the next tick tries again.")]
    private partial void Failed(Exception exception);
}
