using Sightline.Interop.Intake;

namespace Sightline.Web.Intake;

/// <summary>
/// The refusals of <c>POST /api/events</c> as RFC 9457 problem details
/// (<c>application/problem+json</c>): a type, a title, the status, and for a batch with problems
/// an <c>errors</c> list with each problem's JSON <c>pointer</c> into the batch and its <c>detail</c>.
/// </summary>
internal static class IntakeProblems
{
    /// <summary>The problem types, documented in docs/api.md.</summary>
    public const string InvalidBatch = "urn:sightline:problem:invalid-batch";

    public const string MalformedBatch = "urn:sightline:problem:malformed-batch";

    public const string OtherAgency = "urn:sightline:problem:other-agency";

    public const string NoAgency = "urn:sightline:problem:no-agency";

    public const string Conflict = "urn:sightline:problem:source-id-conflict";

    public const string TooLarge = "urn:sightline:problem:batch-too-large";

    /// <summary>422: the batch is JSON but has problems; nothing was stored.</summary>
    public static IResult Invalid(IReadOnlyList<IntakeProblem> problems) => Problem(
        StatusCodes.Status422UnprocessableEntity, InvalidBatch, "The batch has problems, so nothing of it was stored.",
        $"{Counted(problems.Count, "problem")} found; fix them all and send the batch again.", problems);

    /// <summary>400: the body is not JSON (or not UTF-8, or gives a key twice).</summary>
    public static IResult Malformed(IReadOnlyList<IntakeProblem> problems) => Problem(
        StatusCodes.Status400BadRequest, MalformedBatch, "The batch is not readable JSON, so nothing of it was stored.",
        problems.Count > 0 ? problems[0].Message : "The body is not JSON.", problems);

    /// <summary>403: the batch says it comes from an agency other than the caller's.</summary>
    public static IResult OtherAgencyClaimed(IReadOnlyList<IntakeProblem> claims) => Problem(
        StatusCodes.Status403Forbidden, OtherAgency, "An agency sends its own records only, so nothing of the batch was stored.",
        "The batch names an agency other than yours as its sender or as an event's recording agency.", claims);

    /// <summary>403: the caller has no agency to send for.</summary>
    public static IResult WithoutAgency() => Problem(
        StatusCodes.Status403Forbidden, NoAgency, "Only an agency's people and systems send records.",
        "Your sign-in or token names no agency (the sightline:agency claim).", []);

    /// <summary>409: the store already holds one of the source ids with different content.</summary>
    public static IResult SourceIdConflict(string why) => Problem(
        StatusCodes.Status409Conflict, Conflict, "The batch contradicts what Sightline holds, so nothing of it was stored.", why, []);

    /// <summary>413: too many bytes or too many events for one batch.</summary>
    public static IResult Oversized(string why) => Problem(
        StatusCodes.Status413PayloadTooLarge, TooLarge, "The batch is too large, so nothing of it was stored.", why, []);

    private static IResult Problem(int status, string type, string title, string detail, IReadOnlyList<IntakeProblem> problems) =>
        Results.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            type: type,
            extensions: problems.Count == 0
                ? null
                : new Dictionary<string, object?> { ["errors"] = problems.Select(p => new IntakeError(p.JsonPointer, p.Message)).ToList() });

    private static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
