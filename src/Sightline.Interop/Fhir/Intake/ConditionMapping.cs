using Sightline.Core.Events;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// A <c>Condition</c> coded as an injury (SNOMED CT, see <see cref="InjuryCodes"/>) is an injury
/// seen on the day of <c>recordedDate</c>, at <c>bodySite</c>. Its clinical status does not
/// matter (a healed bruise was still seen); one refuted or entered in error records nothing.
/// </summary>
internal static class ConditionMapping
{
    private static readonly string[] ClinicalStatuses = ["active", "recurrence", "relapse", "inactive", "remission", "resolved"];
    private static readonly string[] VerificationStatuses = ["unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error"];
    private static readonly string[] Abatement = ["abatementDateTime", "abatementAge", "abatementPeriod", "abatementRange", "abatementString"];

    public static void Map(BundleEntry entry, MappingContext context)
    {
        var resource = entry.Resource;
        var log = context.Log;
        var issuesBefore = log.Count;
        var clinical = StatusOf(resource, "clinicalStatus", FhirSystems.ConditionClinical, ClinicalStatuses, log);
        var verification = StatusOf(resource, "verificationStatus", FhirSystems.ConditionVerification, VerificationStatuses, log);
        CheckInvariants(resource, clinical, verification, log);
        var code = resource.Concept("code", required: true);
        var injury = code is null ? null : InjuryCodes.Of(code);
        if (code is not null && injury is null)
        {
            log.Error(FhirIssueType.CodeInvalid, code.Path, $"is not an injury Sightline records: one of {FhirSystems.Snomed} {InjuryCodes.Listed}");
        }
        var patient = context.Reference(resource, "subject", "Patient");
        var day = resource.Day("recordedDate", required: true);
        var site = injury is not null ? BodySite.Of(resource, log, repeats: true) : null;
        var note = Notes.Of(resource);
        if (injury is not { } type || patient is null || day is null || site is null || log.Count > issuesBefore)
        {
            return;
        }
        if (verification is "refuted" or "entered-in-error")
        {
            context.RecordNothing(entry, $"the condition's verification status is {verification}.");
            return;
        }
        var child = context.PersonOf(patient);
        context.AddEvents(entry, child, ($"{resource.Path}.recordedDate", entry.Key, new Injury
        {
            Date = day.Value, Agency = context.Agency, Subjects = [child], Type = type, Site = site, Note = note,
        }));
    }

    /// <summary>A status concept's code in its required code system, or null when absent (or wrong, with an issue).</summary>
    private static string? StatusOf(FhirNode resource, string element, string system, IReadOnlyList<string> allowed, IssueLog log)
    {
        var concept = resource.Concept(element);
        if (concept is null)
        {
            return null;
        }
        var coding = concept.In(system).FirstOrDefault();
        if (coding?.Code is not { } code || !allowed.Contains(code))
        {
            log.Error(FhirIssueType.CodeInvalid, concept.Path, $"needs a coding of {system}: one of {string.Join(", ", allowed)}");
            return null;
        }
        return code;
    }

    /// <summary>R4's con-4 and con-5 (errors; con-3 is a warning and is not checked).</summary>
    private static void CheckInvariants(FhirNode resource, string? clinical, string? verification, IssueLog log)
    {
        if (verification == "entered-in-error" && resource.Has("clinicalStatus"))
        {
            log.Error(FhirIssueType.Invariant, $"{resource.Path}.clinicalStatus", "must not be given when verificationStatus is entered-in-error (con-5)");
        }
        if (clinical is "active" or "recurrence" or "relapse" && Abatement.Any(resource.Has))
        {
            log.Error(FhirIssueType.Invariant, $"{resource.Path}.clinicalStatus", $"is {clinical}, but the condition has abated: it must be inactive, remission or resolved (con-4)");
        }
    }
}
