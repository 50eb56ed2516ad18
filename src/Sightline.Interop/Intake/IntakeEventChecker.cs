using System.Globalization;
using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Intake;

/// <summary>
/// Checks one intake event: the intake dialect's common fields (a source id, a calendar date no
/// later than today, the agency only when it is the sender) around the checks every dialect
/// shares (<see cref="EventKindChecker"/>). JSON batches and CSV rows are both checked here.
/// </summary>
internal sealed class IntakeEventChecker(CheckContext context, IntakeContext intake, ICollection<FieldProblem> claims)
{
    /// <summary>The longest source id accepted.</summary>
    public const int MaxSourceIdLength = 200;

    /// <summary>Fields every intake event may carry besides its kind's own.</summary>
    public static IReadOnlyList<string> Common { get; } = ["sourceId", "date", "agency", "kind", "subjects", "note"];

    private static readonly string[] RequiredCommon = ["sourceId", "date", "kind", "subjects"];

    private readonly EventKindChecker kinds = new(context);

    public void Check(JsonPath path, JsonElement caseEvent)
    {
        if (!context.IsObject(path, caseEvent))
        {
            return;
        }
        context.RequireFields(path, caseEvent, RequiredCommon);
        var (kind, fields) = kinds.KindOf(path, caseEvent);
        CheckSourceId(path, caseEvent);
        CheckDate(path, caseEvent);
        CheckAgency(path, caseEvent);
        kinds.CheckSubjectsAndNote(path, caseEvent);
        // The fields of an unknown kind cannot be judged: the kind itself is the problem.
        if (kind is not null && fields is not null)
        {
            kinds.CheckFields(path, caseEvent, kind, fields, Common, null);
        }
    }

    /// <summary>A source id as the checks accept it: non-blank text of at most <see cref="MaxSourceIdLength"/> characters without control characters.</summary>
    public static string? SourceIdProblem(JsonElement value)
    {
        if (!ValueChecker.IsText(value))
        {
            return $"must be the sender's own id for the event (a non-empty string), got {JsonValueText.Show(value)}";
        }
        var id = value.GetString()!;
        if (id.Length > MaxSourceIdLength)
        {
            return $"must be at most {MaxSourceIdLength} characters";
        }
        return id.Any(char.IsControl) ? "must not hold control characters (line breaks, tabs)" : null;
    }

    private void CheckSourceId(JsonPath path, JsonElement caseEvent)
    {
        if (caseEvent.TryGetProperty("sourceId", out var sourceId) && SourceIdProblem(sourceId) is { } problem)
        {
            context.Problem(JsonPath.Property(path, "sourceId"), problem);
        }
    }

    private void CheckDate(JsonPath path, JsonElement caseEvent)
    {
        if (!caseEvent.TryGetProperty("date", out var value))
        {
            return;
        }
        var datePath = JsonPath.Property(path, "date");
        context.Values.Check(datePath, value, ValueRule.Day);
        if (ValueChecker.TryReadDate(value, out var date) && date > intake.Today)
        {
            context.Problem(datePath, $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is after today ({intake.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}): an event is sent once it has happened");
        }
    }

    private void CheckAgency(JsonPath path, JsonElement caseEvent)
    {
        if (caseEvent.TryGetProperty("agency", out var agency))
        {
            CheckClaim(JsonPath.Property(path, "agency"), agency, intake.Sender, claims);
        }
    }

    /// <summary>An <c>agency</c> field must name the sender: an agency sends its own records only.</summary>
    public static void CheckClaim(JsonPath path, JsonElement agency, AgencyId sender, ICollection<FieldProblem> claims)
    {
        if (!(agency.ValueKind == JsonValueKind.String && agency.ValueEquals(sender.Value)))
        {
            claims.Add(new FieldProblem(path, $"{JsonValueText.Show(agency)} is not the sending agency '{sender.Value}': an agency sends its own records only", null));
        }
    }
}
