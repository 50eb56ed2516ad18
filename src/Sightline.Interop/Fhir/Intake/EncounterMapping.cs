using Sightline.Core.Events;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// An <c>Encounter</c> of class EMER (v3 ActCode) is an emergency department attendance on the
/// day of <c>period.start</c>; of class IMP, ACUTE or NONAC it is an admission on that day and,
/// once <c>period.end</c> is given, a discharge on that day. <c>reasonCode</c> gives the reason;
/// the discharge's reason is <c>hospitalization.dischargeDisposition</c> when given. An encounter
/// planned, cancelled or entered in error records nothing.
/// </summary>
internal static class EncounterMapping
{
    private static readonly string[] Statuses = ["planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled", "entered-in-error", "unknown"];
    private static readonly string[] NotHappened = ["planned", "cancelled", "entered-in-error"];
    private static readonly string[] Stays = ["IMP", "ACUTE", "NONAC"];
    private static readonly string[] OtherClasses = ["AMB", "FLD", "HH", "OBSENC", "PRENC", "SS", "VR"];

    public static void Map(BundleEntry entry, MappingContext context)
    {
        var resource = entry.Resource;
        var log = context.Log;
        var issuesBefore = log.Count;
        var status = resource.Code("status", Statuses, required: true);
        var kind = ClassOf(resource, log);
        var patient = context.Reference(resource, "subject", "Patient");
        var period = resource.Object("period", required: true);
        var start = period?.Day("start", required: true);
        var end = period?.Day("end");
        if (start is { } s && end is { } e && e < s)
        {
            log.Error(FhirIssueType.Invariant, $"{period!.Value.Path}.end", $"{e:yyyy-MM-dd} is before the start, {s:yyyy-MM-dd} (per-1)");
        }
        var reasons = resource.Concepts("reasonCode", required: true);
        var disposition = resource.Object("hospitalization")?.Concept("dischargeDisposition");
        if (status is null || kind is null || patient is null || start is null || reasons.Count == 0 || log.Count > issuesBefore)
        {
            return;
        }
        if (NotHappened.Contains(status))
        {
            context.RecordNothing(entry, $"the encounter's status is {status}, so it did not take place as recorded.");
            return;
        }
        var reason = string.Join("; ", reasons.Select(r => r.Words));
        var child = context.PersonOf(patient);
        var startPath = $"{period!.Value.Path}.start";
        if (kind == "EMER")
        {
            context.AddEvents(entry, child, (startPath, entry.Key, new Attendance
            {
                Date = start.Value, Agency = context.Agency, Subjects = [child], Setting = CareSetting.EmergencyDepartment, Reason = reason,
            }));
            return;
        }
        var admitted = (startPath, $"{entry.Key}#admitted", (CaseEvent)new Admitted { Date = start.Value, Agency = context.Agency, Subjects = [child], Reason = reason });
        if (end is not { } endDay)
        {
            context.AddEvents(entry, child, admitted);
            return;
        }
        context.AddEvents(entry, child, admitted, ($"{period.Value.Path}.end", $"{entry.Key}#discharged", new Discharged
        {
            Date = endDay, Agency = context.Agency, Subjects = [child], Reason = disposition?.Words ?? reason,
        }));
    }

    /// <summary>EMER, or one of <see cref="Stays"/>; null (with an issue) for anything else.</summary>
    private static string? ClassOf(FhirNode resource, IssueLog log)
    {
        var coding = resource.Coding("class", required: true);
        if (coding is null)
        {
            return null;
        }
        if (coding.System != FhirSystems.ActCode || coding.Code is null)
        {
            log.Error(FhirIssueType.CodeInvalid, coding.Path, $"must be a code of {FhirSystems.ActCode} (system and code)");
            return null;
        }
        if (coding.Code == "EMER" || Stays.Contains(coding.Code))
        {
            return coding.Code;
        }
        log.Error(OtherClasses.Contains(coding.Code) ? FhirIssueType.NotSupported : FhirIssueType.CodeInvalid, $"{coding.Path}.code",
            $"'{coding.Code}' is not an encounter class Sightline records: EMER (an emergency attendance), IMP, ACUTE or NONAC (a hospital stay)");
        return null;
    }
}
