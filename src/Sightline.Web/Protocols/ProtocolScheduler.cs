using Sightline.Storage.Protocols;

namespace Sightline.Web.Protocols;

/// <summary>
/// Closes the days the real clock has passed: at start-up, and then every
/// <see cref="Interval"/>, it runs every family whose last closed day is behind the calendar, so
/// deadlines fall due even when no agency sends anything. What it has done is in the database, so
/// a restart picks up where it left off.
/// </summary>
public sealed partial class ProtocolScheduler(LiveProtocols live, TimeProvider clock, ILogger<ProtocolScheduler> log) : BackgroundService
{
    /// <summary>How often the scheduler looks for families to run.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromMinutes(10);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var receipt = await live.RunDueAsync(stoppingToken);
                if (receipt.Families > 0)
                {
                    Ran(log, receipt.Families, receipt.AlertsRaised, receipt.ObligationsOpen);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round is logged and tried again at the next tick; the log is the truth, so nothing is lost.
                Failed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Protocols: ran {Families} families, {Alerts} new alerts, {Obligations} obligations open")]
    private static partial void Ran(ILogger logger, int families, int alerts, int obligations);

    [LoggerMessage(Level = LogLevel.Error, Message = "Protocols: the scheduled run failed; it will be tried again")]
    private static partial void Failed(ILogger logger, Exception error);
}
