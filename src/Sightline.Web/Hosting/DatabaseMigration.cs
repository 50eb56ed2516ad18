using Microsoft.AspNetCore.Identity;
using Sightline.Storage;
using Sightline.Storage.Identity;
using Sightline.Web.Access;

namespace Sightline.Web.Hosting;

/// <summary>
/// Brings both schemas up to date as the host starts — the records, then the accounts — and makes
/// sure every Sightline role exists. It runs in the starting phase, before any other service
/// starts (the web server included), so no request meets an old schema.
/// </summary>
internal sealed class DatabaseMigration(SightlineStore store, IServiceProvider services) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        await IdentityStorage.MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in SightlineRoles.All)
        {
            if (!await roles.RoleExistsAsync(role) && await roles.CreateAsync(new IdentityRole(role)) is { Succeeded: false } failed)
            {
                throw new InvalidOperationException($"The role {role} could not be made: {string.Join(" ", failed.Errors.Select(e => e.Description))}");
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
