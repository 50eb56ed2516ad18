using Sightline.Storage;

namespace Sightline.Web.Hosting;

/// <summary>
/// Brings the schema up to date as the host starts. It runs in the starting phase, before any
/// other service starts (the web server included), so no request meets an old schema.
/// </summary>
internal sealed class DatabaseMigration(SightlineStore store) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
