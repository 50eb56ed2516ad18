using System.Buffers;
using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Relationships;
using Sightline.Interop.Checking;
using Sightline.Interop.Csv;
using Sightline.Interop.Intake;

namespace Sightline.Interop.IntakeCsv;

/// <summary>
/// The rows of a persons file: each person as an intake batch's person (the same checks), plus
/// where they live (<c>household</c>: the sender's id for the household; its members are listed
/// one after another) and who their parents are (<c>parents</c>: persons listed earlier, in the
/// same household, or sent before). History facts are known to the sending agency.
/// </summary>
internal sealed class CsvPersonRows(CsvHeader header, AgencyId sender)
{
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "role", "sex", "born", "due", "nhsNumber", "name", "postcode", "localAuthority", "mobility", "gpRegistered", "history", "household", "parents"];

    public static IReadOnlyList<string> Required { get; } = ["id", "role", "sex"];

    /// <summary>The fields that are text in the JSON person as they are in the cell.</summary>
    private static readonly string[] TextFields = ["id", "role", "sex", "born", "due", "nhsNumber", "name", "postcode", "localAuthority", "mobility"];

    /// <summary>Every person id declared so far in the file, with its line.</summary>
    private readonly Dictionary<string, int> declared = new(StringComparer.Ordinal);

    /// <summary>Households whose members have all been listed, with the line of their first member.</summary>
    private readonly Dictionary<string, int> closedHouseholds = new(StringComparer.Ordinal);

    private (string Id, int Line)? openHousehold;

    public bool MayStartChunk(CsvRecord previous, CsvRecord next)
    {
        var household = header.Cell(next, "household");
        return household.Length == 0 || household != header.Cell(previous, "household");
    }

    public void Mentions(CsvRecord row, ISet<string> ids)
    {
        if (header.Cell(row, "id") is { Length: > 0 } id)
        {
            ids.Add(id);
        }
        ids.UnionWith(CsvCells.Items(header.Cell(row, "parents")));
    }

    public void Check(IReadOnlyList<CsvRecord> rows, RecordIndex index, IntakeContext context, List<CsvProblem> problems)
    {
        using var document = PersonsJson(rows);
        var log = new ProblemLog();
        var check = new CheckContext(log, RecordDialect.Intake, index);
        new PersonListChecker(check).Check(JsonPath.Root, document.RootElement);
        check.CheckLocalAuthorityUses();
        foreach (var problem in log.Problems)
        {
            // Every problem is within one person of the list: $[i]….
            var position = problem.Location.Steps()[0].Position;
            problems.Add(CsvIntake.Place(rows[position], problem, JsonPath.Index(JsonPath.Root, position), header));
        }
        var households = HouseholdMembers(rows);
        var chunkStart = rows.Count > 0 ? rows[0].Line : 0;
        foreach (var row in rows)
        {
            CheckAcrossFile(row, households, chunkStart, context, problems);
        }
    }

    public IntakeBatch Build(IReadOnlyList<CsvRecord> rows)
    {
        using var document = PersonsJson(rows);
        var persons = document.RootElement.EnumerateArray().Select(p => IntakeBuilder.PersonOf(p, sender)).ToList();
        var households = rows
            .Select(r => (Household: header.Cell(r, "household"), Id: header.Cell(r, "id")))
            .Where(r => r.Household.Length > 0)
            .GroupBy(r => r.Household, StringComparer.Ordinal)
            .Select(g => new Household([.. g.Select(r => AgencyRecord.PersonId(sender, r.Id))]))
            .ToList();
        var relationships = rows
            .SelectMany(r => CsvCells.Items(header.Cell(r, "parents")).Select(parent => new Relationship(
                AgencyRecord.PersonId(sender, parent), AgencyRecord.PersonId(sender, header.Cell(r, "id")), RelationshipType.Parent)))
            .Distinct()
            .ToList();
        return new IntakeBatch { Persons = persons, Households = households, Relationships = relationships };
    }

    /// <summary>Each household's members in these rows (a household is never split across chunks).</summary>
    private Dictionary<string, HashSet<string>> HouseholdMembers(IReadOnlyList<CsvRecord> rows)
    {
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var household = header.Cell(row, "household");
            if (household.Length > 0)
            {
                if (!members.TryGetValue(household, out var set))
                {
                    members[household] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.Add(header.Cell(row, "id"));
            }
        }
        return members;
    }

    /// <summary>A person given twice in the file, a household whose members are not together, a parent who is nobody.</summary>
    private void CheckAcrossFile(CsvRecord row, Dictionary<string, HashSet<string>> households, int chunkStart, IntakeContext context, List<CsvProblem> problems)
    {
        var id = header.Cell(row, "id");
        // A repeat within the chunk is the list check's "duplicate person id"; this one names the line.
        if (id.Length > 0 && !declared.TryAdd(id, row.Line) && declared[id] < chunkStart)
        {
            Add(problems, row, "id", $"person {JsonValueText.Quote(id)} is also on line {declared[id]}");
        }
        var household = header.Cell(row, "household");
        if (openHousehold is { } open && open.Id != household)
        {
            closedHouseholds.TryAdd(open.Id, open.Line);
            openHousehold = null;
        }
        if (household.Length > 0 && openHousehold is null)
        {
            if (closedHouseholds.TryGetValue(household, out var earlier))
            {
                Add(problems, row, "household", $"household {JsonValueText.Quote(household)} was listed from line {earlier} and ended before this row: list a household's members one after another");
            }
            openHousehold = (household, row.Line);
        }
        var sameHousehold = household.Length > 0 ? households[household] : [];
        foreach (var parent in CsvCells.Items(header.Cell(row, "parents")))
        {
            if (parent == id)
            {
                Add(problems, row, "parents", $"{JsonValueText.Quote(parent)} is this person");
            }
            else if (!declared.ContainsKey(parent) && !sameHousehold.Contains(parent) && !context.KnownPersons.ContainsKey(parent))
            {
                Add(problems, row, "parents", $"unknown person id {JsonValueText.Quote(parent)}: list a parent on an earlier line or in the same household, or send them first");
            }
        }
    }

    private void Add(List<CsvProblem> problems, CsvRecord row, string field, string message)
    {
        var (line, column) = header.Place(row, field);
        problems.Add(new CsvProblem(line, column, $"{field}: {message}"));
    }

    /// <summary>The rows as a JSON list of intake persons.</summary>
    private JsonDocument PersonsJson(IReadOnlyList<CsvRecord> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * Math.Max(1, rows.Count));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                foreach (var name in TextFields)
                {
                    var cell = header.Cell(row, name);
                    if (cell.Length > 0)
                    {
                        CsvCells.Write(writer, name, cell, ValueShape.Text);
                    }
                }
                if (header.Cell(row, "gpRegistered") is { Length: > 0 } registered)
                {
                    CsvCells.Write(writer, "gpRegistered", registered, ValueShape.Flag);
                }
                if (header.Cell(row, "history") is { Length: > 0 } history)
                {
                    // Facts an agency sends about its own person are facts that agency knows.
                    writer.WriteStartArray("history");
                    foreach (var fact in CsvCells.Items(history))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("fact", fact);
                        writer.WriteStartArray("knownTo");
                        writer.WriteStringValue(sender.Value);
                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
