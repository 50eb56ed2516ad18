using System.Buffers;
using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Interop.Checking;
using Sightline.Interop.Csv;
using Sightline.Interop.Intake;

namespace Sightline.Interop.IntakeCsv;

/// <summary>
/// One agency's CSV file (docs/formats.md), read chunk by chunk so that a file of any length is
/// never held whole: a persons file, a file of one event kind, or a file of any kinds with a
/// <c>kind</c> column. Each row becomes the JSON an intake batch carries and is judged by the same
/// checks (<see cref="IntakeReader"/>), with problems placed at the row's line and the field's
/// column. The file-wide checks (a source id or person given twice, a household split up) keep
/// what they need across chunks, so chunks are checked in file order. Pure: the caller reads the
/// file and asks the store what <see cref="PersonsMentioned"/> names.
/// </summary>
public sealed class CsvIntake
{
    /// <summary>The <c>--kind</c> of a persons file.</summary>
    public const string PersonsKind = "persons";

    private static readonly string[] EventCommon = ["sourceId", "date", "subjects", "note"];
    private static readonly string[] EventCommonRequired = ["sourceId", "date", "subjects"];

    private readonly CsvHeader header;
    private readonly string? kind;
    private readonly AgencyId sender;
    private readonly SourceIdLedger sourceIds = new();
    private readonly CsvPersonRows? persons;

    private CsvIntake(CsvHeader header, string? kind, AgencyId sender)
    {
        this.header = header;
        this.kind = kind;
        this.sender = sender;
        persons = kind == PersonsKind ? new CsvPersonRows(header, sender) : null;
    }

    /// <summary>The layouts a file may have: <c>persons</c> and every event kind.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [PersonsKind, .. EventKinds.All];

    /// <summary>True for a persons file.</summary>
    public bool IsPersons => persons is not null;

    /// <summary>
    /// Reads a file's header. <paramref name="kind"/> is the layout (<c>persons</c> or an event
    /// kind); null for events of any kind with a <c>kind</c> column.
    /// </summary>
    /// <param name="header">The file's first record.</param>
    /// <param name="kind">The layout; one of <see cref="Kinds"/>, or null.</param>
    /// <param name="sender">The sending agency.</param>
    /// <param name="problems">What is wrong with the header; the file cannot be read when there is anything.</param>
    /// <exception cref="ArgumentException">When <paramref name="kind"/> is not one of <see cref="Kinds"/>.</exception>
    public static CsvIntake Open(CsvRecord header, string? kind, AgencyId sender, out IReadOnlyList<CsvProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (kind is not null && !Kinds.Contains(kind, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{kind}' is not a layout: one of {string.Join(", ", Kinds)}.", nameof(kind));
        }
        var found = new List<CsvProblem>();
        CsvHeader read;
        if (kind == PersonsKind)
        {
            read = CsvHeader.Read(header, CsvPersonRows.Columns, CsvPersonRows.Required, "a persons file", found);
        }
        else if (kind is not null)
        {
            var fields = EventFields.For(kind)!;
            read = CsvHeader.Read(header, [.. EventCommon, .. fields.Select(f => f.Name)],
                [.. EventCommonRequired, .. fields.Where(f => f.Required).Select(f => f.Name)], $"{ValueChecker.Article(kind)} {kind} file", found);
        }
        else
        {
            var all = EventCommon.Append("kind").Concat(EventKinds.All.SelectMany(k => EventFields.For(k)!.Select(f => f.Name))).Distinct(StringComparer.Ordinal).ToList();
            read = CsvHeader.Read(header, all, [.. EventCommonRequired, "kind"], "a file of events of any kind (without --kind)", found);
        }
        problems = found;
        return new CsvIntake(read, kind, sender);
    }

    /// <summary>
    /// False when <paramref name="next"/> must go in the same chunk as <paramref name="previous"/>:
    /// the members of one household are stored in one batch, so a chunk never splits them.
    /// </summary>
    public bool MayStartChunk(CsvRecord previous, CsvRecord next) => persons?.MayStartChunk(previous, next) ?? true;

    /// <summary>The sender's local person ids that rows declare or name, for the caller to look up before <see cref="Check"/>.</summary>
    public IReadOnlySet<string> PersonsMentioned(IReadOnlyList<CsvRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(HasAllFields))
        {
            if (persons is not null)
            {
                persons.Mentions(row, ids);
                continue;
            }
            foreach (var (name, shape) in Fields(row))
            {
                var cell = header.Cell(row, name);
                if (shape == ValueShape.Person && cell.Length > 0)
                {
                    ids.Add(cell);
                }
                else if (shape == ValueShape.Persons)
                {
                    ids.UnionWith(CsvCells.Items(cell));
                }
            }
        }
        return ids;
    }

    /// <summary>Checks a chunk of rows, the next in file order; returns every problem found in it.</summary>
    /// <param name="rows">The rows, after the header, in file order.</param>
    /// <param name="context">Today, the agencies, and which of <see cref="PersonsMentioned"/> Sightline holds.</param>
    public IReadOnlyList<CsvProblem> Check(IReadOnlyList<CsvRecord> rows, IntakeContext context)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<CsvProblem>();
        var complete = new List<CsvRecord>(rows.Count);
        foreach (var row in rows)
        {
            if (HasAllFields(row))
            {
                complete.Add(row);
            }
            else
            {
                problems.Add(new CsvProblem(row.Line, Math.Min(row.Fields.Count, header.Names.Count) + 1,
                    $"this row has {row.Fields.Count} fields and the header {header.Names.Count}"));
            }
        }
        var index = IntakeReader.IndexOf(context);
        if (persons is not null)
        {
            persons.Check(complete, index, context, problems);
        }
        else
        {
            foreach (var row in complete)
            {
                CheckEvent(row, index, context, problems);
            }
        }
        return [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];
    }

    /// <summary>The batch of a chunk that <see cref="Check"/> passed.</summary>
    /// <exception cref="InvalidOperationException">When a row is not what was checked (the file changed).</exception>
    public IntakeBatch Build(IReadOnlyList<CsvRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => !HasAllFields(r)))
        {
            throw new InvalidOperationException("A row has a different number of fields than when it was checked.");
        }
        if (persons is not null)
        {
            return persons.Build(rows);
        }
        var events = new List<SourcedEvent>(rows.Count);
        foreach (var row in rows)
        {
            using var document = EventJsonOf(row, KindOf(row));
            events.Add(IntakeEventBuilder.Build(document.RootElement, sender));
        }
        return new IntakeBatch { Events = events };
    }

    /// <summary>The source ids of a chunk's rows (none for a persons file), for a re-run to find what is stored already.</summary>
    public IReadOnlyList<string> SourceIds(IReadOnlyList<CsvRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return persons is not null ? [] : [.. rows.Select(r => header.Cell(r, "sourceId"))];
    }

    private bool HasAllFields(CsvRecord row) => row.Fields.Count == header.Names.Count;

    private string KindOf(CsvRecord row) => kind ?? header.Cell(row, "kind");

    /// <summary>The row's fields with their shapes: the common ones and its kind's own.</summary>
    private IEnumerable<(string Name, ValueShape Shape)> Fields(CsvRecord row)
    {
        yield return ("subjects", ValueShape.Persons);
        foreach (var field in EventFields.For(KindOf(row)) ?? [])
        {
            yield return (field.Name, field.Value.Shape);
        }
    }

    private void CheckEvent(CsvRecord row, RecordIndex index, IntakeContext context, List<CsvProblem> problems)
    {
        var rowKind = KindOf(row);
        var fields = EventFields.For(rowKind);
        if (kind is null && fields is not null)
        {
            // In a file of any kinds, a cell of another kind's field would be silently dropped.
            var own = EventCommon.Append("kind").Concat(fields.Select(f => f.Name)).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < header.Names.Count; i++)
            {
                if (!own.Contains(header.Names[i]) && row.Fields[i].Length > 0)
                {
                    problems.Add(new CsvProblem(row.Lines[i], i + 1, $"{header.Names[i]}: {ValueChecker.Article(rowKind)} {rowKind} event has no {header.Names[i]}; leave the cell empty"));
                }
            }
        }
        using var document = EventJsonOf(row, rowKind);
        var log = new ProblemLog();
        index.LocalAuthorityUses.Clear();
        var check = new CheckContext(log, RecordDialect.Intake, index);
        new IntakeEventChecker(check, context, []).Check(JsonPath.Root, document.RootElement);
        check.CheckLocalAuthorityUses();
        foreach (var problem in log.Problems)
        {
            problems.Add(Place(row, problem, JsonPath.Root));
        }
        var sourceId = header.Cell(row, "sourceId");
        if (sourceId.Length > 0 && sourceIds.Add(sourceId, row.Line) is { } first)
        {
            var (line, column) = header.Place(row, "sourceId");
            problems.Add(new CsvProblem(line, column, $"sourceId: {JsonValueText.Quote(sourceId)} is also the source id on line {first}"));
        }
    }

    /// <summary>The row as an intake event's JSON: the kind, and each non-empty cell of a field the kind has.</summary>
    private JsonDocument EventJsonOf(CsvRecord row, string rowKind)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (rowKind.Length > 0)
            {
                writer.WriteString("kind", rowKind);
            }
            foreach (var name in EventCommon)
            {
                WriteCell(writer, row, name, name == "subjects" ? ValueShape.Persons : ValueShape.Text);
            }
            foreach (var field in EventFields.For(rowKind) ?? [])
            {
                WriteCell(writer, row, field.Name, field.Value.Shape);
            }
            writer.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    private void WriteCell(Utf8JsonWriter writer, CsvRecord row, string name, ValueShape shape)
    {
        var cell = header.Cell(row, name);
        if (cell.Length > 0)
        {
            CsvCells.Write(writer, name, cell, shape);
        }
    }

    /// <summary>A problem the JSON checks found in a row, at the cell of the field it is about.</summary>
    internal static CsvProblem Place(CsvRecord row, FieldProblem problem, JsonPath rowPath, CsvHeader header)
    {
        var field = FieldOf(problem.Location, rowPath);
        var (line, column) = header.Place(row, field);
        var message = problem.MissingField is { } missing
            ? $"{missing}: required here, and the cell is empty or the column missing ({problem.Message})"
            : $"{field ?? "row"}: {problem.Message}";
        return new CsvProblem(line, column, message);
    }

    private CsvProblem Place(CsvRecord row, FieldProblem problem, JsonPath rowPath) => Place(row, problem, rowPath, header);

    /// <summary>The field (column) a path below a row's object is in: <c>$.subjects[1]</c> is in <c>subjects</c>.</summary>
    private static string? FieldOf(JsonPath location, JsonPath rowPath)
    {
        var depth = rowPath.Steps().Count;
        var steps = location.Steps();
        return steps.Count > depth ? steps[depth].Name : null;
    }
}
