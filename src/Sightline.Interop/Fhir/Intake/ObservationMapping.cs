using Sightline.Core.Events;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// An <c>Observation</c> is a weight-for-age centile (LOINC 8336-0, <c>valueQuantity</c> in %)
/// or an injury seen (a SNOMED CT injury code, <c>bodySite</c> for where), on the day of
/// <c>effective[x]</c>. One registered but without a result, cancelled or entered in error records nothing.
/// </summary>
internal static class ObservationMapping
{
    /// <summary>LOINC "Body weight [Percentile] Per age".</summary>
    public const string WeightCentile = "8336-0";

    private static readonly string[] Statuses = ["registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"];
    private static readonly string[] NoResult = ["registered", "cancelled", "entered-in-error"];
    private static readonly string[] Effective = ["effectiveDateTime", "effectivePeriod", "effectiveInstant", "effectiveTiming"];

    public static void Map(BundleEntry entry, MappingContext context)
    {
        var resource = entry.Resource;
        var log = context.Log;
        var issuesBefore = log.Count;
        var status = resource.Code("status", Statuses, required: true);
        var code = resource.Concept("code", required: true);
        var patient = context.Reference(resource, "subject", "Patient");
        var (day, dayPath) = EffectiveDay(resource, log);
        var isGrowth = code is not null && code.In(FhirSystems.Loinc).Any(c => c.Code == WeightCentile);
        var injury = code is null ? null : InjuryCodes.Of(code);
        if (code is not null && !isGrowth && injury is null)
        {
            log.Error(FhirIssueType.CodeInvalid, code.Path,
                $"is not an observation Sightline records: a weight-for-age centile ({FhirSystems.Loinc} {WeightCentile}) or an injury ({FhirSystems.Snomed} {InjuryCodes.Listed})");
        }
        var centile = isGrowth ? Centile(resource, log) : null;
        var site = injury is not null ? BodySite.Of(resource, log, repeats: false) : null;
        var note = Notes.Of(resource);
        if (status is null || patient is null || day is null || log.Count > issuesBefore)
        {
            return;
        }
        if (NoResult.Contains(status))
        {
            context.RecordNothing(entry, $"the observation's status is {status}, so it has no result to record.");
            return;
        }
        var child = context.PersonOf(patient);
        CaseEvent recorded = injury is { } type
            ? new Injury { Date = day.Value, Agency = context.Agency, Subjects = [child], Type = type, Site = site!, Note = note }
            : new Growth { Date = day.Value, Agency = context.Agency, Subjects = [child], Centile = centile!.Value, Note = note };
        context.AddEvents(entry, child, (dayPath!, entry.Key, recorded));
    }

    /// <summary>The day of <c>effectiveDateTime</c>, <c>effectivePeriod.start</c> or <c>effectiveInstant</c> (exactly one).</summary>
    private static (DateOnly? Day, string? Path) EffectiveDay(FhirNode resource, IssueLog log)
    {
        var given = Effective.Where(resource.Has).ToList();
        switch (given.Count)
        {
            case 0:
                log.Error(FhirIssueType.Required, $"{resource.Path}.effective[x]", "is required (effectiveDateTime, or effectivePeriod with a start): the day it was seen");
                return (null, null);
            case > 1:
                log.Error(FhirIssueType.Structure, $"{resource.Path}.effective[x]", $"only one of {string.Join(", ", given)} may be given");
                return (null, null);
        }
        return given[0] switch
        {
            "effectiveDateTime" => (resource.Day("effectiveDateTime"), $"{resource.Path}.effectiveDateTime"),
            "effectiveInstant" => (resource.Day("effectiveInstant"), $"{resource.Path}.effectiveInstant"),
            "effectivePeriod" => (resource.Object("effectivePeriod")?.Day("start", required: true), $"{resource.Path}.effectivePeriod.start"),
            _ => Unsupported(resource, log),
        };
    }

    private static (DateOnly?, string?) Unsupported(FhirNode resource, IssueLog log)
    {
        log.Error(FhirIssueType.NotSupported, $"{resource.Path}.effectiveTiming", "is not read: give effectiveDateTime or effectivePeriod");
        return (null, null);
    }

    /// <summary>The centile from <c>valueQuantity</c>: a number strictly between 0 and 100, in % when a unit is coded.</summary>
    private static double? Centile(FhirNode resource, IssueLog log)
    {
        var quantity = resource.Object("valueQuantity", required: true);
        if (quantity is not { } q)
        {
            return null;
        }
        var value = q.Number("value", required: true);
        var system = q.String("system");
        var unit = q.String("code");
        if (unit is not null && (system != FhirSystems.Ucum || unit != "%"))
        {
            log.Error(FhirIssueType.CodeInvalid, $"{q.Path}.code", $"a centile is in % ({FhirSystems.Ucum} code %), not '{unit}'");
        }
        if (q.Has("comparator"))
        {
            log.Error(FhirIssueType.NotSupported, $"{q.Path}.comparator", "a centile must be a measured value, not a bound");
        }
        if (value is { } v && v is not (> 0 and < 100))
        {
            log.Error(FhirIssueType.Value, $"{q.Path}.value", $"{v} is not a centile: it must be more than 0 and less than 100");
            return null;
        }
        return value;
    }
}
