namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// A <c>Flag</c> is read and checked (status, code, a subject that is a Patient of the bundle, the
/// period's dates) but records no event. A flag is the sender's warning to its own staff, such as
/// "safeguarding concern" or "child protection plan": a copy of what the sender believes, not a
/// fact that happened on a day. Recorded as an event it would be wrong either way: as a plan it
/// would open a second plan that only the local authority can end (and wrongly start the rules
/// that follow plans); as a concern there is no event in the vocabulary that says only "worried".
/// What the sender saw (an injury, an attendance) comes in its own resources; the plans come
/// from the children's social care that holds them. The delivery's audit entry names each flag
/// received, so that receiving it is on record.
/// </summary>
internal static class FlagMapping
{
    private static readonly string[] Statuses = ["active", "inactive", "entered-in-error"];

    public static void Map(BundleEntry entry, MappingContext context)
    {
        var resource = entry.Resource;
        var log = context.Log;
        var issuesBefore = log.Count;
        resource.Code("status", Statuses, required: true);
        var code = resource.Concept("code", required: true);
        context.Reference(resource, "subject", "Patient");
        resource.Concepts("category");
        if (resource.Object("period") is { } period)
        {
            var start = period.Day("start");
            var end = period.Day("end");
            if (start is { } s && end is { } e && e < s)
            {
                log.Error(FhirIssueType.Invariant, $"{period.Path}.end", $"{e:yyyy-MM-dd} is before the start, {s:yyyy-MM-dd} (per-1)");
            }
        }
        if (log.Count > issuesBefore || code is null)
        {
            return;
        }
        context.RecordNothing(entry, $"a Flag ('{code.Words}') is the sender's own alert, not an event; its receipt is in the audit log. Send what was seen as Encounter, Observation or Condition; plans come from the children's social care that holds them.");
    }
}
