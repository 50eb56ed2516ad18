using Sightline.Core.Intake;
using Sightline.Interop.Intake;
using Sightline.Storage.Audit;
using Sightline.Storage.Intake;
using Sightline.Web.Access;
using Sightline.Web.Api;
using Sightline.Web.Security;

namespace Sightline.Web.Intake;

/// <summary>
/// <c>POST /api/events</c>: an agency's people or systems send a batch of its records. The batch
/// is read whole (every problem reported, nothing stored if there is one), stored once however
/// often it is sent, written to the audit log, and run through the protocols at once; the reply
/// says what was stored and which alerts were raised.
/// </summary>
internal static class EventIntakeApi
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = $"{Refusals.ApiPrefix}/events";

    /// <summary>The setting for the most bytes a batch may have (default 16 MiB).</summary>
    public const string MaxBytesSetting = "Sightline:Intake:MaxBatchBytes";

    /// <summary>The setting for the most events a batch may hold (default 10,000).</summary>
    public const string MaxEventsSetting = "Sightline:Intake:MaxBatchEvents";

    public static IEndpointRouteBuilder MapEventIntake(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, PostAsync)
            .RequireAuthorization(policy => policy.RequireRole(SightlineRoles.WithIntake))
            .RequireRateLimiting(RateLimits.Intake)
            .WithName("PostEvents")
            .WithSummary("Send a batch of your agency's records")
            // Routing answers 415 for another media type, before the endpoint runs.
            .Accepts<IntakeBatchDocument>("application/json")
            .Produces<IntakeReply>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithRequestExample(IntakeExamples.Request)
            .WithResponseExample(StatusCodes.Status200OK, IntakeExamples.Reply)
            .WithResponseExample(StatusCodes.Status403Forbidden, IntakeExamples.OtherAgency)
            .WithResponseExample(StatusCodes.Status422UnprocessableEntity, IntakeExamples.Invalid);
        return endpoints;
    }

    private static async Task<IResult> PostAsync(HttpContext http, IntakeDesk desk, AuditLog audit, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var requester = Requester.Of(http);
        if (requester.Agency is not { } sender)
        {
            return IntakeProblems.WithoutAgency();
        }
        var maxBytes = configuration.GetValue(MaxBytesSetting, 16 * 1024 * 1024);
        var body = await ReadBodyAsync(http.Request, maxBytes, cancellationToken);
        if (body is null)
        {
            return IntakeProblems.Oversized($"A batch is at most {maxBytes:N0} bytes; send the records in several batches.");
        }
        var context = await desk.ContextAsync(sender, IntakeReader.PersonsMentioned(body), cancellationToken);
        var result = IntakeReader.Read(body, context);
        if (result.OtherAgencyClaims.Count > 0)
        {
            await audit.AppendAsync(Actor(requester) with
            {
                Action = AuditAction.Refused,
                What = "api intake batch",
                Why = "the batch names another agency as its sender",
            }, cancellationToken);
            return IntakeProblems.OtherAgencyClaimed(result.OtherAgencyClaims);
        }
        if (!result.IsAccepted)
        {
            return result.IsWellFormed ? IntakeProblems.Invalid(result.Problems) : IntakeProblems.Malformed(result.Problems);
        }
        var maxEvents = configuration.GetValue(MaxEventsSetting, 10_000);
        if (result.Batch.Events.Count > maxEvents)
        {
            return IntakeProblems.Oversized($"A batch holds at most {maxEvents:N0} events and this one holds {result.Batch.Events.Count:N0}; send the records in several batches.");
        }
        IntakeOutcome outcome;
        try
        {
            outcome = await desk.DeliverAsync(result.Batch, Actor(requester), "api intake batch", cancellationToken);
        }
        catch (BatchRejectedException rejected)
        {
            return IntakeProblems.SourceIdConflict(rejected.Message);
        }
        return Results.Ok(Reply(result.Batch, outcome));
    }

    private static IntakeReply Reply(IntakeBatch batch, IntakeOutcome outcome)
    {
        var named = batch.Persons.Select(p => p.Id).Concat(batch.Events.SelectMany(e => e.Event.Subjects)).ToHashSet();
        var stored = outcome.Stored;
        return new IntakeReply(
            stored.EventsStored,
            stored.EventsAlreadyPresent,
            stored.PersonsAdded,
            stored.PersonsUpdated,
            stored.AgenciesAdded,
            outcome.Run.AlertsRaised,
            [
                .. outcome.Run.Raised
                    .Where(raised => raised.Records.Any(named.Contains))
                    .Select(raised => raised.Alert)
                    .Select(a => new IntakeAlert(a.Rule, a.RaisedOn, [.. a.Subjects.Select(s => s.Value)], [.. a.Notify.Select(n => n.Value)], a.Due, a.Message)),
            ]);
    }

    private static AuditRecord Actor(Requester requester) =>
        new(requester.Actor, requester.Agency, requester.Role, AuditAction.Write, null, "api intake batch", null, requester.From);

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
