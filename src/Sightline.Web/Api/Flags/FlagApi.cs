using System.Text.Json;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;
using Sightline.Web.FlagChecks;
using Sightline.Web.Security;

namespace Sightline.Web.Api.Flags;

/// <summary>
/// <c>GET /api/flags</c>, the flag check for unscheduled-care settings, and
/// <c>GET /api/children/{personId}/flag-checks</c>, who checked a child, for the agencies involved
/// (the responsible area among them).
/// </summary>
internal static class FlagApi
{
    /// <summary>What <c>GET /api/children/{personId}/flag-checks</c> shows, for the audit log.</summary>
    public const string ChecksWhat = "api flag checks of the child: who checked, when, from which agency and setting";

    public static IEndpointRouteBuilder MapFlagApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{Refusals.ApiPrefix}/flags", CheckAsync)
            .RequireRateLimiting(RateLimits.FlagCheck)
            .WithName("CheckFlags")
            .WithSummary("The flag check for unscheduled care: plans of the child and household, the responsible area and whom to call, the last 25 attendances")
            .WithQueryParameters(
                (FlagCheckRequest.NhsNumberParameter, "The child's NHS number (or give name and born instead).", FlagExamples.NhsNumber),
                (FlagCheckRequest.NameParameter, "The child's full name, given name first, when the NHS number is not known.", "Lily Marsh"),
                (FlagCheckRequest.BornParameter, "Date of birth, YYYY-MM-DD, with name.", "2022-04-12"),
                (FlagCheckRequest.PostcodeParameter, "Home postcode, when known, with name and born.", "KM1 2AB"),
                (FlagCheckRequest.SettingParameter, "Where the check is made from: emergency-department (default), urgent-care, walk-in or out-of-hours.", "urgent-care"))
            .Produces<FlagCheckResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces<JsonElement>(StatusCodes.Status403Forbidden)
            .WithResponseExample(StatusCodes.Status200OK, FlagExamples.Flagged)
            .WithResponseExample(StatusCodes.Status400BadRequest, FlagExamples.InvalidQuery)
            .WithResponseExample(StatusCodes.Status403Forbidden, FlagExamples.Refused);
        endpoints.MapGet($"{Refusals.ApiPrefix}/children/{{{PersonRoute.Parameter}}}/flag-checks", ChecksAsync)
            .WithMetadata(new PersonRecordAttribute(ChecksWhat))
            .WithName("GetFlagChecks")
            .WithSummary("Who checked a child's flags: when, from which agency and setting")
            .Produces<IReadOnlyList<FlagCheckEntryResponse>>()
            .Produces<JsonElement>(StatusCodes.Status403Forbidden)
            .WithParameterExample(PersonRoute.Parameter, FlagExamples.ChildId)
            .WithResponseExample(StatusCodes.Status200OK, FlagExamples.Checks)
            .WithResponseExample(StatusCodes.Status403Forbidden, new { error = "forbidden" });
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(HttpContext context, FlagCheck check, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (query, problems) = FlagCheckRequest.Read(name => context.Request.Query[name], SafeguardingDay.Today(clock));
        if (query is null)
        {
            return Results.Problem(
                title: "The flag check's query is not valid.",
                detail: string.Join("; ", problems.Select(p => $"{p.Parameter}: {p.Detail}")),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(p => new { parameter = p.Parameter, detail = p.Detail }).ToList() });
        }
        var result = await check.CheckAsync(Requester.Of(context), query, cancellationToken);
        if (result.Outcome == FlagCheckOutcome.Refused)
        {
            return Results.Json(new { error = "forbidden", detail = result.Refusal }, statusCode: StatusCodes.Status403Forbidden);
        }
        return Results.Ok(ToResponse(query, result));
    }

    private static async Task<IResult> ChecksAsync(HttpContext context, string personId, AuditLog audit, SightlineStore store, SiteAudit site, CancellationToken cancellationToken)
    {
        // As the child's page shows its access history: to the agencies entitled to the record, not to a break-glass reader.
        if (context.Features.Get<AccessDecision>() is not { IsInvolved: true })
        {
            await site.RefusedAsync(Requester.Of(context), ChecksWhat, "who checked a record is shown to the agencies involved, not by break-glass", cancellationToken, new PersonId(personId));
            return Results.Json(new { error = "forbidden" }, statusCode: StatusCodes.Status403Forbidden);
        }
        // Every agency's record of the child: a check is audited under the record that names the child.
        var clusters = await store.ResolveRecordsAsync([new PersonId(personId)], cancellationToken);
        var records = clusters.Count > 0 ? clusters[0].Records : [new PersonId(personId)];
        var entries = new List<AuditEntry>();
        foreach (var record in records)
        {
            entries.AddRange(await audit.ForPersonAsync(record, cancellationToken));
        }
        var agencies = (await store.ListAgenciesAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        return Results.Ok(entries
            .Where(e => e.Action == AuditAction.Read && e.Why == AccessDecision.FlagCheckWhy)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new FlagCheckEntryResponse(
                e.At,
                e.Actor,
                e.Agency?.Value,
                e.Agency is { } a ? agencies.GetValueOrDefault(a, a.Value) : null,
                e.Role,
                FlagCheckAudit.Describe(e) ?? e.What,
                e.What))
            .ToList());
    }

    /// <summary>The API's form of a check's answer.</summary>
    public static FlagCheckResponse ToResponse(FlagCheckQuery query, FlagCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(result);
        return new FlagCheckResponse(
            Outcome(result.Outcome),
            FlagCheckSummary.Of(query, result),
            result.CheckedAt,
            Wire.Name(result.Setting),
            result.PlanEndedWithinDays,
            result.Records.Select(r => new CheckedChildResponse(
                r.Person.Id.Value,
                r.Person.Name,
                r.Person.NhsNumber?.Formatted,
                r.Person.Born,
                r.Person.Born is null ? r.Person.Due : null,
                new MatchResponse(r.Match.By, Math.Round(r.Match.Confidence, 6), r.Match.Evidence),
                r.IsFlagged,
                r.Flags.Select(f => new FlagResponse(
                    Wire.Name(f.Plan),
                    f.Category is { } c ? Wire.Name(c) : null,
                    f.IsActive ? "active" : "ended",
                    f.Started,
                    f.Ended,
                    f.LocalAuthority,
                    new HolderResponse(f.Holder.Value, f.HolderName, f.IsOwn ? "self" : "household"))).ToList(),
                r.Areas.Select(a => new AreaResponse(
                    a.LocalAuthority,
                    a.ChildrensSocialCare.Select(s => new ContactResponse(s.Id.Value, s.Name, s.Contact?.Phone, s.Contact?.Email, s.Contact?.OutOfHoursPhone)).ToList())).ToList(),
                r.Attendances.Select(v => new AttendanceResponse(v.Date, Wire.Name(v.Setting), v.Agency.Value, v.AgencyName, v.Reason)).ToList())).ToList());
    }

    /// <summary>The outcome's wire name.</summary>
    public static string Outcome(FlagCheckOutcome outcome) => outcome switch
    {
        FlagCheckOutcome.Flagged => "flags",
        FlagCheckOutcome.NoFlags => "no-flags",
        FlagCheckOutcome.NoRecord => "no-record",
        FlagCheckOutcome.NoConfidentMatch => "no-confident-match",
        _ => "refused",
    };
}
