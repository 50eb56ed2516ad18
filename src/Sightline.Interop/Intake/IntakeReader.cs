using System.Text;
using System.Text.Json;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Intake;

/// <summary>
/// Reads an agency's intake batch (docs/api.md, <c>POST /api/events</c>): the event vocabulary of
/// FORMAT.md with calendar dates, a source id on every event and the sender's own person ids.
/// Strict, like the scenario reader: an unknown field, a value outside its vocabulary or a
/// reference to nobody is an error, and every problem in the batch is reported, each with its
/// place (<c>/events/3/injury</c>). Pure: the caller gathers what Sightline holds into an
/// <see cref="IntakeContext"/> first (<see cref="PersonsMentioned"/> says which persons to look up).
/// </summary>
public static class IntakeReader
{
    /// <summary>
    /// The sender's local person ids that a batch declares or refers to, for the caller to look up
    /// in the store before <see cref="Read(ReadOnlyMemory{byte}, IntakeContext)"/>; empty when the
    /// text is not JSON (reading it will say why).
    /// </summary>
    /// <param name="utf8">The batch as UTF-8 JSON.</param>
    public static IReadOnlySet<string> PersonsMentioned(ReadOnlyMemory<byte> utf8)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            return ids;
        }
        using (document)
        {
            PersonMentions.Collect(document.RootElement, ids);
        }
        return ids;
    }

    /// <summary>Reads a batch given as text.</summary>
    /// <param name="json">The batch.</param>
    /// <param name="context">Who sends it, today, and what Sightline holds.</param>
    public static IntakeReadResult Read(string json, IntakeContext context)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), context);
    }

    /// <summary>Reads a batch of UTF-8 JSON.</summary>
    /// <param name="utf8">The batch.</param>
    /// <param name="context">Who sends it, today, and what Sightline holds.</param>
    /// <returns>The batch to store, or every problem found (and every claim to be another agency).</returns>
    public static IntakeReadResult Read(ReadOnlyMemory<byte> utf8, IntakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var log = new ProblemLog();
        var claims = new List<FieldProblem>();
        using var document = JsonInput.Parse(utf8, log);
        if (document is null)
        {
            return Rejected(log, claims, wellFormed: false);
        }
        // A document with a key given twice has no single meaning, so nothing in it is checked further.
        DocumentScan.Run(document.RootElement, JsonPath.Root, log);
        if (!log.IsEmpty)
        {
            return Rejected(log, claims, wellFormed: false);
        }
        new IntakeChecker(new CheckContext(log, RecordDialect.Intake, IndexOf(context)), context, claims).Check(document.RootElement);
        return log.IsEmpty && claims.Count == 0
            ? IntakeReadResult.Accepted(IntakeBuilder.Build(document.RootElement, context))
            : Rejected(log, claims, wellFormed: true);
    }

    /// <summary>What the references of a batch (or a CSV row) may resolve to before it declares anything.</summary>
    internal static RecordIndex IndexOf(IntakeContext context)
    {
        var index = new RecordIndex();
        foreach (var agency in context.KnownAgencies)
        {
            index.Agencies.Add(agency.Id.Value);
            index.LocalAuthorities.Add(agency.LocalAuthority);
        }
        foreach (var (id, role) in context.KnownPersons)
        {
            index.Persons[id] = new KnownPerson(role, null);
        }
        return index;
    }

    /// <summary>A path as the problem lines show it: <c>events[3].injury</c>, or <c>$</c> for the whole batch.</summary>
    internal static string Readable(JsonPath path)
    {
        var text = path.ToString();
        return text.StartsWith("$.", StringComparison.Ordinal) ? text[2..] : text;
    }

    internal static IntakeProblem ToProblem(FieldProblem problem) =>
        new(problem.Location.ToPointer(), Readable(problem.Location), problem.Message);

    private static IntakeReadResult Rejected(ProblemLog log, List<FieldProblem> claims, bool wellFormed) =>
        IntakeReadResult.Rejected([.. log.Problems.Select(ToProblem)], [.. claims.Select(ToProblem)], wellFormed);
}
