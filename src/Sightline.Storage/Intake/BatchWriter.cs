using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Linkage.Resolution;
using Sightline.Storage.Resolution;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Intake;

/// <summary>
/// Stores one batch in one transaction on one context: upserts what the batch mentions, then
/// appends the events whose source keys the log does not hold yet.
/// </summary>
internal sealed class BatchWriter(SightlineDbContext db, TimeProvider clock, PersonResolver resolver)
{
    public async Task<BatchReceipt> WriteAsync(IntakeBatch batch, PreparedEvents events, CancellationToken cancellationToken)
    {
        // On SQLite this takes the write lock at once (BEGIN IMMEDIATE), so concurrent writers
        // queue rather than both passing the existence check below.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (agenciesAdded, agenciesUpdated) = await UpsertAgenciesAsync(batch.Agencies, cancellationToken);
        var (personsAdded, personsUpdated) = await UpsertPersonsAsync(batch.Persons, cancellationToken);
        await AddNewRelationshipsAsync(batch.Relationships, cancellationToken);
        await AddNewHouseholdsAsync(batch.Households, cancellationToken);
        var (fresh, alreadyPresent) = await NewEventsAsync(events.Unique, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // After the persons they name are saved; in bulk, beside the change tracker.
        await EventAppender.AppendAsync(db, fresh, cancellationToken);
        var resolution = batch.PersonsAlreadyResolved
            ? ResolutionReceipt.None
            : await new RecordResolution(db, resolver, clock).ResolveAsync(batch.Persons, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BatchReceipt(
            events.Unique.Count - alreadyPresent,
            events.Repeats + alreadyPresent,
            agenciesAdded,
            agenciesUpdated,
            personsAdded,
            personsUpdated)
        {
            Resolution = resolution,
        };
    }

    private async Task<(int Added, int Updated)> UpsertAgenciesAsync(IReadOnlyList<Agency> agencies, CancellationToken cancellationToken)
    {
        var ids = agencies.Select(a => a.Id.Value).Distinct().ToList();
        var rows = await db.Set<AgencyRow>().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, cancellationToken);
        var known = rows.Keys.ToHashSet(StringComparer.Ordinal);
        var updated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            if (!rows.TryGetValue(agency.Id.Value, out var row))
            {
                row = new AgencyRow { Id = agency.Id.Value, Name = agency.Name, LocalAuthority = agency.LocalAuthority, Kind = agency.Kind };
                SetContact(row, agency.Contact);
                rows.Add(row.Id, row);
                db.Add(row);
                continue;
            }
            var changed = row.Name != agency.Name || row.Kind != agency.Kind || row.LocalAuthority != agency.LocalAuthority;
            (row.Name, row.Kind, row.LocalAuthority) = (agency.Name, agency.Kind, agency.LocalAuthority);
            changed |= SetContact(row, agency.Contact);
            if (changed && known.Contains(row.Id))
            {
                updated.Add(row.Id);
            }
        }
        return (rows.Count - known.Count, updated.Count);
    }

    /// <summary>
    /// Takes the batch's contact details where it gives some: an agency sent without them keeps
    /// what is stored, because most deliveries name agencies only to say who recorded what.
    /// </summary>
    /// <returns>True when the stored details changed.</returns>
    private static bool SetContact(AgencyRow row, AgencyContact? contact)
    {
        if (contact is null || contact.IsEmpty)
        {
            return false;
        }
        var (phone, email, outOfHours) = (Blank(contact.Phone), Blank(contact.Email), Blank(contact.OutOfHoursPhone));
        if (row.Phone == phone && row.Email == email && row.OutOfHoursPhone == outOfHours)
        {
            return false;
        }
        (row.Phone, row.Email, row.OutOfHoursPhone) = (phone, email, outOfHours);
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<(int Added, int Updated)> UpsertPersonsAsync(IReadOnlyList<Person> persons, CancellationToken cancellationToken)
    {
        var ids = persons.Select(p => p.Id.Value).Distinct().ToList();
        var rows = await db.Set<PersonRow>().Include(p => p.History).Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken);
        var known = rows.Keys.ToHashSet(StringComparer.Ordinal);
        var updated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            if (!rows.TryGetValue(person.Id.Value, out var row))
            {
                row = PersonMerge.NewRow(person);
                row.KnownSince = Protocols.SafeguardingDay.Today(clock);
                rows.Add(row.Id, row);
                db.Add(row);
            }
            else if (PersonMerge.Merge(row, person) && known.Contains(row.Id))
            {
                updated.Add(row.Id);
            }
        }
        return (rows.Count - known.Count, updated.Count);
    }

    private async Task AddNewRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        var froms = relationships.Select(r => r.From.Value).Distinct().ToList();
        var stored = await db.Set<RelationshipRow>().Where(r => froms.Contains(r.FromPersonId))
            .Select(r => new { r.FromPersonId, r.ToPersonId, r.Type })
            .ToListAsync(cancellationToken);
        var keys = stored.Select(r => (r.FromPersonId, r.ToPersonId, r.Type)).ToHashSet();
        foreach (var relationship in relationships)
        {
            if (keys.Add((relationship.From.Value, relationship.To.Value, relationship.Type)))
            {
                db.Add(new RelationshipRow { FromPersonId = relationship.From.Value, ToPersonId = relationship.To.Value, Type = relationship.Type });
            }
        }
    }

    private async Task AddNewHouseholdsAsync(IReadOnlyList<Household> households, CancellationToken cancellationToken)
    {
        if (households.Any(h => h.Members.Count == 0))
        {
            throw new BatchRejectedException("A household needs at least one member.");
        }
        var keyed = households.Select(h => (Id: HouseholdKey.Of(h.Members), h.Members)).ToList();
        var ids = keyed.Select(h => h.Id).Distinct().ToList();
        var stored = await db.Set<HouseholdRow>().Where(h => ids.Contains(h.Id)).Select(h => h.Id).ToListAsync(cancellationToken);
        var known = stored.ToHashSet(StringComparer.Ordinal);
        foreach (var (id, members) in keyed)
        {
            if (!known.Add(id))
            {
                continue;
            }
            var row = new HouseholdRow { Id = id };
            row.Members.AddRange(members.Select(m => m.Value).Distinct(StringComparer.Ordinal)
                .Select((person, position) => new HouseholdMemberRow { HouseholdId = id, PersonId = person, Position = position }));
            db.Add(row);
        }
    }

    /// <summary>The rows of the events the log does not hold yet, in batch order, and how many it already held.</summary>
    private async Task<(List<EventRow> Fresh, int AlreadyPresent)> NewEventsAsync(IReadOnlyList<PreparedEvent> events, CancellationToken cancellationToken)
    {
        // Both columns, so the look-up runs on the unique index (agency first) rather than the whole log.
        var agencyIds = events.Select(e => e.SourceAgencyId).Distinct().ToList();
        var sourceIds = events.Select(e => e.SourceId).Distinct().ToList();
        var stored = await db.Set<EventRow>()
            .AsNoTracking()
            .Where(e => agencyIds.Contains(e.SourceAgencyId) && sourceIds.Contains(e.SourceId))
            .Select(e => new { e.SourceAgencyId, e.SourceId, e.Payload })
            .ToListAsync(cancellationToken);
        var storedPayloads = stored.ToDictionary(e => (e.SourceAgencyId, e.SourceId), e => e.Payload);
        var recordedAt = clock.GetUtcNow().ToUniversalTime();
        var alreadyPresent = 0;
        var fresh = new List<EventRow>(events.Count);
        foreach (var prepared in events)
        {
            if (storedPayloads.TryGetValue((prepared.SourceAgencyId, prepared.SourceId), out var payload))
            {
                if (!PreparedEvents.SamePayload(payload, prepared.Payload))
                {
                    throw PreparedEvents.Conflict(prepared, "already stored with different content");
                }
                alreadyPresent++;
                continue;
            }
            fresh.Add(ToRow(prepared, recordedAt));
        }
        return (fresh, alreadyPresent);
    }

    private static EventRow ToRow(PreparedEvent prepared, DateTimeOffset recordedAt)
    {
        var caseEvent = prepared.Event;
        var row = new EventRow
        {
            SourceAgencyId = prepared.SourceAgencyId,
            SourceId = prepared.SourceId,
            Kind = caseEvent.Kind,
            Date = caseEvent.Date,
            AgencyId = caseEvent.Agency.Value,
            Payload = prepared.Payload,
            RecordedAt = recordedAt,
        };
        row.Subjects.AddRange(caseEvent.Subjects.Select(s => s.Value).Distinct(StringComparer.Ordinal)
            .Select(person => new EventSubjectRow { PersonId = person }));
        row.Links.AddRange(FamilyLinks.Of(caseEvent)
            .Where(l => l.Person != l.Linked)
            .Select(l => (l.Person.Value, l.Linked.Value))
            .Distinct()
            .Select(l => new EventLinkRow { PersonId = l.Item1, LinkedPersonId = l.Item2 }));
        return row;
    }
}
