using Sightline.Core.Persons;
using Sightline.Web.Access;
using Sightline.Web.Children;
using Sightline.Web.Intake;
using Sightline.Web.Presentation;

namespace Sightline.Web.Api;

/// <summary>
/// The JSON API for agency systems (a bearer token) and signed-in users (the cookie). Its person
/// endpoints take <c>{personId}</c>, so the access policy runs before them, as for the pages.
/// </summary>
internal static class SightlineApi
{
    /// <summary>What <c>GET /api/children/{personId}</c> shows, for the audit log.</summary>
    public const string ChildWhat = "api child summary: name, NHS number, dates, area, plans, open enquiry, alerts";

    public static IEndpointRouteBuilder MapSightlineApi(this IEndpointRouteBuilder endpoints)
    {
        var children = endpoints.MapGroup($"{Refusals.ApiPrefix}/children");
        children.MapGet($"/{{{PersonRoute.Parameter}}}", ChildAsync)
            .WithMetadata(new PersonRecordAttribute(ChildWhat))
            .WithName("GetChild")
            .WithSummary("A child's summary: plans, open enquiry, alerts")
            .Produces<ChildSummary>()
            .Produces(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound)
            .WithParameterExample(PersonRoute.Parameter, ChildExample.Id)
            .WithResponseExample(StatusCodes.Status200OK, ChildExample.Summary)
            .WithResponseExample(StatusCodes.Status403Forbidden, ChildExample.Forbidden);
        endpoints.MapEventIntake();
        return endpoints;
    }

    private static async Task<IResult> ChildAsync(string personId, ChildPageReader reader, HttpContext context, CancellationToken cancellationToken)
    {
        var id = new PersonId(personId);
        var child = await reader.ReadAsync(id, null, OpenedFamily.Of(context, id), cancellationToken);
        if (child is null)
        {
            return Results.NotFound(new { error = "not found" });
        }
        return Results.Ok(new ChildSummary(
            child.Id.Value,
            child.Name,
            child.NhsNumber,
            child.Born,
            child.Due,
            child.Area,
            child.Plans.Select(p => new PlanSummary(Words.Plan(p.Plan), p.Area, p.Started, p.Category)).ToList(),
            child.OpenEnquirySince,
            child.Alerts.Select(a => new AlertSummary(a.Rule, a.RuleTitle, a.RaisedOn, a.Due, a.IsOverdue, a.Message)).ToList()));
    }
}
