using Sightline.Interop.Fhir.Intake;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Intake;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;
using Sightline.Web.Api;

namespace Sightline.Web.Fhir;

/// <summary>
/// <c>POST /fhir</c>: a FHIR R4 transaction Bundle from an agency, read by
/// <see cref="FhirTransactionReader"/> into one batch, stored whole (idempotent by the sender's
/// resource ids), audited, and run through the rules at once. The sending agency is the caller's.
/// Replies are FHIR JSON: a transaction-response Bundle, or an OperationOutcome.
/// </summary>
internal static class FhirTransactionEndpoint
{
    /// <summary>What the audit log calls a delivery.</summary>
    public const string What = "fhir transaction";

    private const string FhirJson = "application/fhir+json";

    public static IEndpointRouteBuilder MapFhirTransactions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Refusals.FhirPrefix, TransactionAsync)
            .Produces<System.Text.Json.JsonElement>(StatusCodes.Status200OK, FhirJson)
            .Produces<System.Text.Json.JsonElement>(StatusCodes.Status422UnprocessableEntity, FhirJson)
            .WithRequestExample(FhirExamples.Transaction, FhirJson)
            .WithResponseExample(StatusCodes.Status200OK, FhirExamples.Response)
            .WithResponseExample(StatusCodes.Status422UnprocessableEntity, FhirExamples.Invalid);
        return endpoints;
    }

    private static async Task TransactionAsync(HttpContext context, SightlineStore store, LiveProtocols live, AuditLog audit, SiteAudit siteAudit)
    {
        var cancellationToken = context.RequestAborted;
        var sender = Requester.Of(context);
        if (sender.Agency is not { } agency || !sender.Roles.Any(SightlineRoles.WithIntake.Contains))
        {
            await siteAudit.RefusedAsync(sender, What, "only agency systems, practitioners, safeguarding leads and managers send records", cancellationToken);
            await FhirReply.OutcomeAsync(context, StatusCodes.Status403Forbidden, FhirIssueType.Forbidden,
                $"only an agency system ({SightlineRoles.AgencySystem}) or a practitioner, safeguarding lead or manager may send records, and only for their own agency");
            return;
        }
        if (!(await store.ListAgenciesAsync(cancellationToken)).Any(a => a.Id == agency))
        {
            await siteAudit.RefusedAsync(sender, What, $"agency {agency} is not known", cancellationToken);
            await FhirReply.OutcomeAsync(context, StatusCodes.Status403Forbidden, FhirIssueType.Forbidden,
                $"your agency, {agency}, is not known to Sightline: an administrator must add it before it can send records");
            return;
        }
        if (!FhirBody.IsFhirJson(context.Request))
        {
            await FhirReply.OutcomeAsync(context, StatusCodes.Status415UnsupportedMediaType, FhirIssueType.NotSupported,
                $"send the Bundle as {FhirResponses.MediaType} (or application/json), UTF-8");
            return;
        }
        var body = await FhirBody.ReadAsync(context.Request, cancellationToken);
        if (body is null)
        {
            await FhirReply.OutcomeAsync(context, StatusCodes.Status413PayloadTooLarge, FhirIssueType.Processing,
                $"the Bundle is larger than {FhirBody.MaxBytes / (1024 * 1024)} MB: send it in several transactions");
            return;
        }
        var transaction = FhirTransactionReader.Read(body, agency);
        if (transaction.Batch is not { } batch)
        {
            await FhirReply.WriteAsync(context, transaction.IsBundle ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest,
                FhirResponses.OperationOutcome(transaction.Issues));
            return;
        }
        BatchReceipt stored;
        try
        {
            stored = await store.StoreBatchAsync(batch, cancellationToken);
        }
        catch (BatchRejectedException rejected)
        {
            // Without an inner exception the batch contradicted the log (a source id stored with other
            // content); with one, the database refused it (an agency it does not know, say).
            var conflict = rejected.InnerException is null;
            await FhirReply.OutcomeAsync(context, conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                conflict ? FhirIssueType.Conflict : FhirIssueType.Processing, $"nothing was stored: {rejected.Message}");
            return;
        }
        await FhirIntakeAudit.RecordAsync(audit, sender, transaction, stored, cancellationToken);
        var run = await live.RunAfterBatchAsync(batch, cancellationToken);
        var receipt = new FhirIntakeReceipt(stored.EventsStored, stored.EventsAlreadyPresent, stored.PersonsAdded, stored.PersonsUpdated, run.AlertsRaised);
        await FhirReply.WriteAsync(context, StatusCodes.Status200OK, FhirResponses.TransactionResponse(transaction, receipt));
    }
}
