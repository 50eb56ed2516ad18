using Sightline.Core.Agencies;
using Sightline.Core.Intake;
using Sightline.Interop.Intake;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;

namespace Sightline.Web.Intake;

/// <summary>
/// Where every agency delivery goes, over HTTP or from a file: it gathers what a reader needs to
/// know from the store (<see cref="ContextAsync"/>), and stores a read batch, records it in the
/// audit log and runs the protocols over it at once (<see cref="DeliverAsync"/>). One path, so a
/// batch sent by an agency's system and the same rows imported from its spreadsheet come out the same.
/// </summary>
/// <param name="store">The records.</param>
/// <param name="live">The protocols, run after each batch.</param>
/// <param name="audit">The audit chain: every accepted batch is written to it.</param>
/// <param name="clock">Today, for the readers.</param>
public sealed class IntakeDesk(SightlineStore store, LiveProtocols live, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// What a reader of <paramref name="sender"/>'s batch needs to know: today, every agency, and
    /// which of the sender's local person ids the store holds already (and their roles).
    /// </summary>
    /// <param name="sender">The sending agency.</param>
    /// <param name="localIds">The sender's person ids the batch mentions (<see cref="IntakeReader.PersonsMentioned"/>).</param>
    /// <param name="cancellationToken">Cancels the look-ups.</param>
    public async Task<IntakeContext> ContextAsync(AgencyId sender, IEnumerable<string> localIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(localIds);
        var agencies = await store.ListAgenciesAsync(cancellationToken);
        // An id that cannot be a record id is reported by the reader; it is simply not looked up.
        var ids = localIds.Where(id => AgencyRecord.Problem(id) is null).ToDictionary(id => AgencyRecord.PersonId(sender, id), id => id);
        var roles = await store.FindRolesAsync(ids.Keys, cancellationToken);
        return new IntakeContext
        {
            Sender = sender,
            Today = SafeguardingDay.Today(clock),
            KnownAgencies = agencies,
            KnownPersons = roles.ToDictionary(r => ids[r.Key], r => r.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Stores a batch (whole or not at all, each event once however often it is sent), writes it
    /// to the audit log (an entry per person it brings, or one), and runs the live protocols over
    /// the families it touches.
    /// </summary>
    /// <param name="batch">A batch an intake reader accepted.</param>
    /// <param name="sender">Who sent it: the actor, agency and role the audit entry names, and where from.</param>
    /// <param name="what">What the delivery was, for the audit entry (<c>api intake</c>, <c>csv import rows.csv</c>).</param>
    /// <param name="cancellationToken">Cancels the delivery; a batch already stored stays stored.</param>
    /// <exception cref="Storage.Intake.BatchRejectedException">When the store refuses the batch (a source id already stored with other content).</exception>
    public async Task<IntakeOutcome> DeliverAsync(IntakeBatch batch, AuditRecord sender, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(sender);
        var receipt = await store.StoreBatchAsync(batch, cancellationToken);
        // A write entry for each person the batch brings (so a record's history shows who wrote to
        // it), as the FHIR intake and the scenario import write them; one naming nobody otherwise.
        var entry = sender with
        {
            Action = AuditAction.Write,
            Person = null,
            What = $"{what}: {batch.Events.Count} events ({receipt.EventsStored} stored, {receipt.EventsAlreadyPresent} already present), "
                + $"{batch.Persons.Count} persons ({receipt.PersonsAdded} new, {receipt.PersonsUpdated} updated)",
        };
        await audit.AppendManyAsync(batch.Persons.Count == 0 ? [entry] : [.. batch.Persons.Select(p => entry with { Person = p.Id })], cancellationToken);
        var run = await live.RunAfterBatchAsync(batch, cancellationToken);
        return new IntakeOutcome(receipt, run);
    }
}
