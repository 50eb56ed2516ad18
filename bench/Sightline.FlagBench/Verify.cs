using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Persons;
using Sightline.Core.Protocols;
using Sightline.Storage;
using Sightline.Storage.Protocols;

namespace Sightline.FlagBench;

/// <summary>
/// <c>verify</c>: the bulk loader writes <c>plan_flags</c> and <c>household_plans</c> itself, as
/// the live protocols would derive them from the families' events. This runs the real live
/// protocols over <c>--families</c> random flagged families and checks that the rows they leave
/// are exactly the rows the loader wrote. (It stores what a run stores: case runs, and any alerts.)
/// </summary>
internal static class Verify
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = BenchDatabase.From(args);
        var families = args.Int("families", 200);
        var random = new Random(args.Int("seed", 5));
        await using var connection = await database.OpenAsync();
        var holders = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT child_id FROM plan_flags";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                holders.Add(reader.GetString(0));
            }
        }
        var options = database.Storage.BuildContextOptions();
        var contexts = new Contexts(options);
        var store = new SightlineStore(contexts, TimeProvider.System);
        var live = new LiveProtocols(store, contexts, ProtocolEngine.Default, TimeProvider.System);
        var mismatches = 0;
        for (var i = 0; i < families; i++)
        {
            var holder = holders[random.Next(holders.Count)];
            var network = (await store.LoadFamilyRecordAsync(new PersonId(holder)))!.Network.Select(p => p.Value).ToList();
            var before = await RowsAsync(connection, network, database.IsSqlite);
            await live.RunForPersonsAsync([new PersonId(holder)]);
            var after = await RowsAsync(connection, network, database.IsSqlite);
            if (!before.SequenceEqual(after))
            {
                mismatches++;
                Console.WriteLine($"  {holder}: loaded [{string.Join("; ", before)}] but the live protocols derive [{string.Join("; ", after)}]");
            }
        }
        Console.WriteLine($"verify: {families} families run through the live protocols; {mismatches} differ from what the loader wrote");
        return mismatches == 0 ? 0 : 1;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, IReadOnlyList<string> network, bool sqlite)
    {
        var rows = new List<string>();
        var ids = string.Join(", ", network.Select(p => $"'{p.Replace("'", "''", StringComparison.Ordinal)}'"));
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT 'plan ' || child_id || ' ' || plan || ' ' || COALESCE(category, '-') || ' ' || local_authority || ' ' || {Text("started", sqlite)} || ' ' || COALESCE({Text("ended", sqlite)}, '-') FROM plan_flags WHERE child_id IN ({ids}) "
            + $"UNION ALL SELECT 'household ' || person_id || ' ' || member_id FROM household_plans WHERE person_id IN ({ids})";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Text(string column, bool sqlite) => sqlite ? column : $"{column}::text";

    private sealed class Contexts(DbContextOptions<SightlineDbContext> options) : IDbContextFactory<SightlineDbContext>
    {
        public SightlineDbContext CreateDbContext() => new(options);
    }
}
