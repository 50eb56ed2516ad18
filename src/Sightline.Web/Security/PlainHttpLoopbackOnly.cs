using System.Net;

namespace Sightline.Web.Security;

/// <summary>
/// Plain HTTP is for this computer only: a request over HTTP from another address is refused
/// (421), so a password, a sign-in cookie or a bearer token never crosses a network in clear.
/// Over HTTPS anything goes on; behind a proxy that ends TLS, set
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> so the site sees the original scheme.
/// <c>/health</c> stays open to load balancers.
/// </summary>
internal sealed class PlainHttpLoopbackOnly(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (context.Request.IsHttps || remote is null || IPAddress.IsLoopback(remote) || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Sightline answers other computers over HTTPS only.", context.RequestAborted);
    }
}
