using Sightline.Interop.Fhir.Intake;

namespace Sightline.Web.Fhir;

/// <summary>Writes FHIR JSON replies: a status code and an OperationOutcome or a Bundle.</summary>
internal static class FhirReply
{
    /// <summary>The content type of every FHIR reply.</summary>
    public const string ContentType = FhirResponses.MediaType + "; charset=utf-8";

    public static Task WriteAsync(HttpContext context, int status, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>An OperationOutcome of one issue, for a reply about the request as a whole.</summary>
    public static Task OutcomeAsync(HttpContext context, int status, FhirIssueType code, string diagnostics) =>
        WriteAsync(context, status, FhirResponses.OperationOutcome([new FhirIssue(FhirIssueSeverity.Error, code, null, diagnostics)]));
}
