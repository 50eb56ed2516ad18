using Microsoft.AspNetCore.Http.Extensions;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;
using Sightline.Interop.Fhir.Flags;
using Sightline.Interop.Fhir.Intake;
using Sightline.Web.Access;
using Sightline.Web.Api;
using Sightline.Web.Api.Flags;
using Sightline.Web.FlagChecks;
using Sightline.Web.Security;

namespace Sightline.Web.Fhir;

/// <summary>
/// <c>GET /fhir/Flag?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|NNNNNNNNNN</c>: the flag
/// check by NHS number, answered as a FHIR R4 searchset Bundle of <c>Flag</c> resources
/// (<see cref="FlagBundle"/>). It is the same check as <c>GET /api/flags</c> — the same access
/// rule, audit entries, rate limit and attendance for the responsible area — in FHIR's words.
/// An optional <c>setting</c> parameter (a Sightline addition) says which unscheduled-care setting
/// is checking; emergency department when absent.
/// </summary>
internal static class FhirFlagEndpoint
{
    /// <summary>The path of the Flag search.</summary>
    public const string Path = "/fhir/Flag";

    public static IEndpointRouteBuilder MapFhirFlags(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, SearchAsync)
            .RequireRateLimiting(RateLimits.FlagCheck)
            .WithName("SearchFlags")
            .WithSummary("The flag check by NHS number as a FHIR R4 searchset Bundle of Flag resources")
            .WithQueryParameters(
                (FlagSearch.Parameter, "The patient's NHS number as a token: system|value.", $"{FlagSearch.NhsNumberSystem}|{FlagExamples.NhsNumber}"),
                (FlagCheckRequest.SettingParameter, "Sightline's own: the unscheduled-care setting checking (emergency-department by default).", "emergency-department"))
            .Produces<System.Text.Json.JsonElement>(StatusCodes.Status200OK, FlagBundle.MediaType)
            .Produces<System.Text.Json.JsonElement>(StatusCodes.Status400BadRequest, FlagBundle.MediaType)
            .WithResponseExample(StatusCodes.Status200OK, FlagExamples.Bundle)
            .WithResponseExample(StatusCodes.Status400BadRequest, FlagExamples.BadSearch);
        return endpoints;
    }

    private static async Task<FhirJson> SearchAsync(HttpContext context, FlagCheck check, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!FlagSearch.TryRead(request.Query[FlagSearch.Parameter].ToArray(), out var nhsNumber, out var problem))
        {
            return Fhir(Outcome(request.Query.ContainsKey(FlagSearch.Parameter) ? FhirIssueType.Value : FhirIssueType.Required, problem, FlagSearch.Parameter), StatusCodes.Status400BadRequest);
        }
        var setting = CareSetting.EmergencyDepartment;
        if (request.Query[FlagCheckRequest.SettingParameter].ToString() is { Length: > 0 } text)
        {
            if (!Wire.TryParse(text, out CareSetting? named))
            {
                return Fhir(Outcome(FhirIssueType.Value, $"'{text}' is not a setting: emergency-department, urgent-care, walk-in or out-of-hours", FlagCheckRequest.SettingParameter), StatusCodes.Status400BadRequest);
            }
            setting = named.Value;
        }
        var query = FlagCheckQuery.ByNhsNumber(nhsNumber.Value, setting);
        var result = await check.CheckAsync(Requester.Of(context), query, cancellationToken);
        if (result.Outcome == FlagCheckOutcome.Refused)
        {
            return Fhir(Outcome(FhirIssueType.Forbidden, $"forbidden: {result.Refusal}", null), StatusCodes.Status403Forbidden);
        }
        var fhirBase = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/fhir");
        return Fhir(FlagBundle.Searchset(Flags(nhsNumber.Value, result), fhirBase, new Uri(request.GetEncodedUrl()), result.CheckedAt), StatusCodes.Status200OK);
    }

    /// <summary>Each record's flags as FHIR flags about the patient with that NHS number; one flag per plan, however many records show it.</summary>
    public static IReadOnlyList<SafeguardingFlag> Flags(NhsNumber nhsNumber, FlagCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Records
            .SelectMany(r => r.Flags.Select(f => new SafeguardingFlag(
                $"{f.Holder.Value}|{Wire.Name(f.Plan)}|{f.Started:yyyy-MM-dd}|{(f.IsOwn ? "own" : $"household of {r.Person.Id.Value}")}",
                nhsNumber,
                r.Person.Name,
                f.Plan,
                f.Category,
                f.Started,
                f.Ended,
                f.IsOwn ? null : f.HolderName ?? f.Holder.Value,
                new ResponsibleArea(f.LocalAuthority, AreaAgency(r, f.LocalAuthority)))))
            .DistinctBy(f => (f.Plan, f.Started, f.HolderName, f.Area.LocalAuthority))
            .ToList();
    }

    /// <summary>The area's first children's social care agency, whose contact the flag carries.</summary>
    private static Core.Agencies.Agency? AreaAgency(CheckedRecord record, string area)
    {
        var agencies = record.Areas.FirstOrDefault(a => a.LocalAuthority == area)?.ChildrensSocialCare;
        return agencies is { Count: > 0 } ? agencies[0] : null;
    }

    private static FhirJson Fhir(byte[] body, int status) => new(body, status);

    /// <summary>An OperationOutcome of one error, written as the FHIR intake writes its own.</summary>
    public static byte[] Outcome(FhirIssueType code, string diagnostics, string? expression) =>
        FhirResponses.OperationOutcome([new FhirIssue(FhirIssueSeverity.Error, code, expression, diagnostics)]);

    /// <summary>A FHIR JSON body with its status.</summary>
    private sealed class FhirJson(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = FhirReply.ContentType;
            httpContext.Response.ContentLength = body.Length;
            return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
        }
    }
}
