namespace Sightline.Web.Security;

/// <summary>
/// Sets the security headers on every response, errors and status pages included (they are set as
/// the response starts, after anything that cleared the headers). The pages use no inline script
/// or style and load nothing from elsewhere, so the content security policy allows only this site.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>Only this site's own scripts, styles and form targets; never framed; no base element.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private static readonly object AssetMark = new();

    /// <summary>Marks a response as one of the site's static files (stylesheets, scripts, fonts, images).</summary>
    public static void MarkAsAsset(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[AssetMark] = true;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // Records must not linger in a shared or stolen computer's browser cache. The design
            // system's files hold none: the browser keeps them and asks whether they changed.
            headers.CacheControl = context.Items.ContainsKey(AssetMark) ? "no-cache" : "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
