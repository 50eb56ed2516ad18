using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;
using Sightline.Web;

namespace Sightline.Cli.Tests;

/// <summary>An audit log in a SQLite file, written as the site would write it, and edited directly as a tamperer would.</summary>
public sealed class AuditLogFile(string file)
{
    private readonly StorageOptions database = SiteDatabase.SqliteFile(file);

    public async Task<IReadOnlyList<AuditEntry>> AppendAsync(params AuditRecord[] records)
    {
        await using var services = new ServiceCollection()
            .AddSightlineStorage(storage =>
            {
                storage.Provider = database.Provider;
                storage.ConnectionString = database.ConnectionString;
            })
            .AddSightlineAudit()
            .BuildServiceProvider();
        await services.GetRequiredService<SightlineStore>().MigrateAsync();
        var log = services.GetRequiredService<AuditLog>();
        var entries = new List<AuditEntry>();
        foreach (var record in records)
        {
            entries.Add(await log.AppendAsync(record));
        }
        return entries;
    }

    public async Task TamperAsync(FormattableString sql)
    {
        await using var db = new SightlineDbContext(database.BuildContextOptions());
        await db.Database.ExecuteSqlAsync(sql);
    }
}
