using System.Text.Json;

namespace Sightline.Web.Access;

/// <summary>How a refused request ends: 403, as a small JSON body for the API and as the site's 403 page otherwise.</summary>
internal static class Refusals
{
    /// <summary>The path prefix of the API, whose clients read JSON rather than pages.</summary>
    public const string ApiPrefix = "/api";

    /// <summary>The path prefix of the FHIR endpoints, whose clients read FHIR JSON rather than pages.</summary>
    public const string FhirPrefix = "/fhir";

    public static Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (!IsApi(context.Request))
        {
            // The status code page (re-executed) draws the 403 page.
            return Task.CompletedTask;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new { error = "forbidden" }, cancellationToken: context.RequestAborted);
    }

    /// <summary>True for a request to the API (the FHIR endpoints included): a client, not a browser on a page.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments(FhirPrefix, StringComparison.OrdinalIgnoreCase);
}
