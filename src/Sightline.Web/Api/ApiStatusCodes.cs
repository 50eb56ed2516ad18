using Microsoft.AspNetCore.Diagnostics;
using Sightline.Web.Access;

namespace Sightline.Web.Api;

/// <summary>
/// Error statuses of the API without a body of their own (401 from sign-in, 403 from a role
/// check, 429 from a rate limit) come back as RFC 9457 problem details rather than the site's
/// status page: an agency's system reads JSON, and re-running a POST as the status page would
/// turn it into an anti-forgery failure.
/// </summary>
internal static class ApiStatusCodes
{
    /// <summary>Put after <c>UseStatusCodePagesWithReExecute</c>, whose feature it turns off for the API.</summary>
    public static IApplicationBuilder UseApiStatusCodes(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!Refusals.IsApi(context.Request))
            {
                await next(context);
                return;
            }
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
            await next(context);
            var response = context.Response;
            if (response.StatusCode >= StatusCodes.Status400BadRequest && !response.HasStarted
                && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                await Results.Problem(statusCode: response.StatusCode).ExecuteAsync(context);
            }
        });
}
