using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Protocols;
using Sightline.Storage;
using Sightline.Core.Intake;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;
using Sightline.Storage.Intake;
using Sightline.Storage.Protocols;
using Sightline.Web.Intake;

namespace Sightline.Cli.Hosting;

/// <summary>
/// The store and the live protocols on one database, for commands that write records without
/// running the site: the same services the site registers, so alerts come out the same.
/// </summary>
internal sealed class Records : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private Records(ServiceProvider services)
    {
        this.services = services;
        Store = services.GetRequiredService<SightlineStore>();
        Live = services.GetRequiredService<LiveProtocols>();
        Audit = services.GetRequiredService<AuditLog>();
        Desk = services.GetRequiredService<IntakeDesk>();
    }

    /// <summary>Agency deliveries: what a reader needs to know, and storing, auditing and running a batch.</summary>
    public IntakeDesk Desk { get; }

    /// <summary>The event log and the records around it.</summary>
    public SightlineStore Store { get; }

    /// <summary>The protocols, run after each stored batch.</summary>
    public LiveProtocols Live { get; }

    /// <summary>The audit chain: every write of person data is recorded in it.</summary>
    public AuditLog Audit { get; }

    /// <summary>
    /// Stores a batch, records the write of each of its persons in the audit chain (a batch that
    /// stores nothing new writes nothing and is not recorded), then runs the live protocols.
    /// </summary>
    public async Task<(BatchReceipt Receipt, ProtocolRunReceipt Run)> StoreAsync(IntakeBatch batch, string what, CancellationToken cancellationToken)
    {
        var receipt = await Store.StoreBatchAsync(batch, cancellationToken);
        if (receipt.EventsStored + receipt.PersonsAdded + receipt.PersonsUpdated > 0)
        {
            var actor = $"cli:{Environment.UserName}";
            foreach (var person in batch.Persons)
            {
                await Audit.AppendAsync(new AuditRecord(actor, null, null, AuditAction.Write, person.Id, $"{what}: {receipt.EventsStored} events stored", null, "command line"), cancellationToken);
            }
        }
        var run = await Live.RunAfterBatchAsync(batch, cancellationToken);
        return (receipt, run);
    }

    /// <summary>Opens the database and brings its schema up to date.</summary>
    public static async Task<Records> OpenAsync(StorageOptions database, ProtocolEngine engine, TimeProvider clock, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddSightlineStorage(storage =>
            {
                storage.Provider = database.Provider;
                storage.ConnectionString = database.ConnectionString;
            })
            .AddSightlineProtocols(engine)
            .AddSightlineAudit()
            .AddSingleton<IntakeDesk>()
            .BuildServiceProvider();
        var records = new Records(services);
        try
        {
            await records.Store.MigrateAsync(cancellationToken);
            return records;
        }
        catch
        {
            await records.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
