using Sightline.Core.Persons;
using Sightline.Interop.Fhir.Intake;
using Sightline.Storage.Audit;
using Sightline.Storage.Intake;
using Sightline.Web.Access;

namespace Sightline.Web.Fhir;

/// <summary>
/// The audit of an accepted FHIR transaction: a write entry for each person it names (what the
/// delivery did, and the entries it read but recorded nothing for, such as flags), or one entry
/// naming nobody for a transaction without persons.
/// </summary>
internal static class FhirIntakeAudit
{
    public static async Task RecordAsync(AuditLog audit, Requester sender, FhirTransaction transaction, BatchReceipt receipt, CancellationToken cancellationToken)
    {
        var what = $"{FhirTransactionEndpoint.What}: {receipt.EventsStored} events stored, {receipt.EventsAlreadyPresent} already present";
        var unrecorded = transaction.Entries.Where(e => !e.Recorded).Select(e => e.Resource).ToList();
        if (unrecorded.Count > 0)
        {
            what += $"; received, recorded as no event: {string.Join(", ", unrecorded)}";
        }
        var persons = transaction.Batch!.Persons;
        if (persons.Count == 0)
        {
            await audit.AppendAsync(Entry(sender, null, what), cancellationToken);
            return;
        }
        foreach (var person in persons)
        {
            await audit.AppendAsync(Entry(sender, person.Id, what), cancellationToken);
        }
    }

    private static AuditRecord Entry(Requester sender, PersonId? person, string what) =>
        new(sender.Actor, sender.Agency, sender.Role, AuditAction.Write, person, what, null, sender.From);
}
