using System.Data.Common;
using System.Globalization;
using Sightline.FlagBench.Population;

namespace Sightline.FlagBench.Measure;

/// <summary>One child to check: their NHS number and their name, date of birth and postcode as stored.</summary>
internal sealed record CheckTarget(string NhsNumber, string Name, DateOnly Born, string Postcode, bool FromFlagged);

/// <summary>
/// Children to check, drawn at random: from the whole population (so about one in eighty has a
/// flag, as nationally) or, for <c>--flagged-share</c>, from the children with plans; and, with
/// <c>--unknown-share</c>, NHS numbers nobody holds.
/// </summary>
internal static class CheckSample
{
    public static async Task<IReadOnlyList<CheckTarget>> DrawAsync(BenchDatabase database, int count, double flaggedShare, double unknownShare, int seed)
    {
        var random = new Random(seed);
        await using var connection = await database.OpenAsync();
        var children = int.Parse(await ValueAsync(connection, "children") ?? throw new InvalidOperationException("The database has no bench_population table: run generate first."), CultureInfo.InvariantCulture);
        var flagged = new List<string>();
        if (flaggedShare > 0)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT child_id FROM plan_flags WHERE child_id LIKE 'bench.c%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                flagged.Add(reader.GetString(0));
            }
        }
        var targets = new List<CheckTarget>(count);
        await using var find = connection.CreateCommand();
        find.CommandText = database.IsSqlite
            ? "SELECT nhs_number, name, born, postcode FROM persons WHERE id = $id"
            : "SELECT nhs_number, name, born, postcode FROM persons WHERE id = @id";
        var id = find.CreateParameter();
        id.ParameterName = database.IsSqlite ? "$id" : "id";
        find.Parameters.Add(id);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            if (roll < unknownShare)
            {
                targets.Add(new CheckTarget(PopulationSpec.UnknownNhsNumber(random.Next(1_000_000)), "Nobody Known", new DateOnly(2015, 1, 1), "ZZ9 9ZZ", false));
                continue;
            }
            var fromFlagged = roll < unknownShare + flaggedShare && flagged.Count > 0;
            id.Value = fromFlagged ? flagged[random.Next(flagged.Count)] : PopulationSpec.ChildId(random.Next(children));
            await using var reader = await find.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException($"Child {id.Value} is not in the database.");
            }
            var born = reader.GetValue(2) is DateOnly day ? day : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            targets.Add(new CheckTarget(reader.GetString(0), reader.GetString(1), born, reader.GetString(3), fromFlagged));
        }
        return targets;
    }

    public static async Task<string?> ValueAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT value FROM bench_population WHERE name = '{name}'";
        return await command.ExecuteScalarAsync() as string;
    }
}
