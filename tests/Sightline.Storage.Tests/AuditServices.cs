using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Protocols;
using Sightline.Storage.Access;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;

namespace Sightline.Storage.Tests;

/// <summary>
/// The services a host registers for the audit log and access facts (<c>AddSightlineStorage</c>,
/// <c>AddSightlineProtocols</c>, <c>AddSightlineAudit</c>) on one test database and clock, with a
/// context for editing the tables directly as a tamperer would.
/// </summary>
public sealed class AuditServices : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public AuditServices(StorageOptions database, TimeProvider clock)
    {
        Database = database;
        services = new ServiceCollection()
            .AddSingleton(clock)
            .AddSightlineStorage(storage =>
            {
                storage.Provider = database.Provider;
                storage.ConnectionString = database.ConnectionString;
            })
            .AddSightlineProtocols(ProtocolEngine.Default)
            .AddSightlineAudit()
            .BuildServiceProvider();
    }

    public StorageOptions Database { get; }

    public SightlineStore Store => services.GetRequiredService<SightlineStore>();

    public LiveProtocols Live => services.GetRequiredService<LiveProtocols>();

    public SightlineAlerts Alerts => services.GetRequiredService<SightlineAlerts>();

    public AuditLog Audit => services.GetRequiredService<AuditLog>();

    public AccessFacts Access => services.GetRequiredService<AccessFacts>();

    public Resolution.IdentityDecisions Identity => services.GetRequiredService<Resolution.IdentityDecisions>();

    /// <summary>Runs SQL against the database directly, outside the audit log: what a tamperer with database access could do.</summary>
    public async Task<int> TamperAsync(FormattableString sql)
    {
        await using var db = new SightlineDbContext(Database.BuildContextOptions());
        return await db.Database.ExecuteSqlAsync(sql);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
