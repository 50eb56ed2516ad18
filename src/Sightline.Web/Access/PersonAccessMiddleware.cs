using Sightline.Core.Persons;

namespace Sightline.Web.Access;

/// <summary>
/// Runs the access policy for every endpoint whose route names a person (<see cref="PersonRoute.Parameter"/>),
/// after authentication and before the endpoint: refused requests end here with 403 (and the
/// refusal audited); allowed ones carry the <see cref="AccessDecision"/> to the endpoint as a
/// request feature, so a page can show how it was opened, with the family record the decision
/// read (<see cref="OpenedFamily"/>), so a page need not load it again.
/// </summary>
internal sealed class PersonAccessMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, PersonAccess access)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.RoutePattern.GetParameter(PersonRoute.Parameter) is null)
        {
            await next(context);
            return;
        }
        var record = endpoint.Metadata.GetMetadata<PersonRecordAttribute>()
            ?? throw new InvalidOperationException(
                $"{endpoint.DisplayName} takes a {{{PersonRoute.Parameter}}} but does not say what it shows: give it a [PersonRecord(\"…\")].");
        if (context.User.Identity?.IsAuthenticated != true)
        {
            // Authorization has already challenged anonymous requests; this is a guard, not the path.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var person = new PersonId(context.GetRouteValue(PersonRoute.Parameter) as string ?? "");
        var (decision, family) = await access.OpenAsync(Requester.Of(context), person, record.What, context.RequestAborted, record.Action);
        if (!decision.IsAllowed)
        {
            context.Features.Set(new PersonRefusal(person, decision));
            await Refusals.WriteAsync(context);
            return;
        }
        context.Features.Set(decision);
        if (family is not null)
        {
            context.Features.Set(new OpenedFamily(person, family));
        }
        await next(context);
    }
}
