using Sightline.Interop.Fhir.Intake;

namespace Sightline.Web.Fhir;

/// <summary>
/// Gives a FHIR client an OperationOutcome for a status that has no body of its own (401 from
/// the sign-in schemes, 404 and 405 from routing, 429 from the rate limiter), where the site
/// would otherwise draw its HTML status page.
/// </summary>
internal sealed class FhirStatusBodies(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is not null || !string.IsNullOrEmpty(response.ContentType))
        {
            return;
        }
        var (code, words) = response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized => (FhirIssueType.Login, "not signed in: send a bearer token (Authorization: Bearer …)"),
            StatusCodes.Status403Forbidden => (FhirIssueType.Forbidden, "forbidden"),
            StatusCodes.Status404NotFound => (FhirIssueType.NotFound, $"there is no FHIR endpoint at {context.Request.Path}"),
            StatusCodes.Status405MethodNotAllowed => (FhirIssueType.NotSupported, $"{context.Request.Method} is not taken at {context.Request.Path}"),
            StatusCodes.Status429TooManyRequests => (FhirIssueType.Throttled, "too many requests: try again later"),
            _ => (FhirIssueType.Processing, $"the request failed ({response.StatusCode})"),
        };
        response.ContentType = FhirReply.ContentType;
        await response.Body.WriteAsync(FhirResponses.OperationOutcome([new FhirIssue(FhirIssueSeverity.Error, code, null, words)]), context.RequestAborted);
    }
}
