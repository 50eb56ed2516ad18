using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Storage.Configuration;
using Sightline.Storage.Intake;
using Sightline.Storage.Queries;
using Sightline.Linkage.Resolution;
using Sightline.Storage.Audit;
using Sightline.Storage.Resolution;
using Sightline.Storage.Schema;

namespace Sightline.Storage;

/// <summary>
/// Sightline's records: batches go in whole or not at all, events are appended once per source
/// key and never changed, and a person's chronology or family network comes back out. Each call
/// uses its own short-lived context, so one store serves concurrent callers.
/// </summary>
/// <param name="contexts">Creates contexts on the configured database.</param>
/// <param name="clock">Stamps when events were recorded; <see cref="TimeProvider.System"/> in production.</param>
public sealed class SightlineStore(IDbContextFactory<SightlineDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Attempts at storing one batch. A second is needed only when a concurrent writer stored
    /// one of its keys between this writer's check and its insert; a third is a margin.
    /// </summary>
    private const int StoreAttempts = 3;

    /// <summary>Ids per query of <see cref="FindRolesAsync"/> and <see cref="CountStoredSourceIdsAsync"/>.</summary>
    private const int RoleLookupSlice = 2000;

    /// <summary>Children born or unborn: an unborn child is listed and counted as a child.</summary>
    // A child is counted and listed once, by the record that names them, however many agencies' records are linked to it.
    private static readonly Expression<Func<PersonRow, bool>> IsChild =
        p => (p.Role == PersonRole.Child || p.Role == PersonRole.Unborn) && (p.ResolvedId == null || p.ResolvedId == p.Id);

    /// <summary>A store on <paramref name="options"/>' database, for hosts without dependency injection.</summary>
    /// <param name="options">Which database.</param>
    /// <param name="clock">The clock; <see cref="TimeProvider.System"/> when null.</param>
    public static SightlineStore Open(StorageOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SightlineStore(new ContextFactory(options.BuildContextOptions()), clock ?? TimeProvider.System);
    }

    /// <summary>
    /// Brings the database schema up to date: creates it on an empty database, applies any newer
    /// migrations, and does nothing when it is current. Call it once at start-up.
    /// </summary>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <exception cref="InvalidOperationException">When the host does not ship the provider's migrations assembly.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (FileNotFoundException missing)
        {
            throw new InvalidOperationException(
                $"The migrations assembly {missing.FileName} could not be loaded: the host project must reference "
                + $"{SqliteDatabase.MigrationsAssembly} and {PostgreSqlDatabase.MigrationsAssembly}.", missing);
        }
    }

    /// <summary>
    /// Stores a batch in one transaction: agencies and persons are added or brought up to date,
    /// relationships and households added when new, and each event appended unless its source
    /// key (agency, source id) is already in the log. Storing the same batch again stores nothing
    /// new; if anything fails, nothing of the batch is stored.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="cancellationToken">Cancels the store; nothing is stored then.</param>
    /// <returns>What was stored and what was already present.</returns>
    /// <exception cref="BatchRejectedException">When the batch gives one source key to two different
    /// events (within itself or against the log), or the database refuses it.</exception>
    public async Task<BatchReceipt> StoreBatchAsync(IntakeBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var events = PreparedEvents.From(batch.Events);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            try
            {
                var receipt = await new BatchWriter(db, clock, Resolver).WriteAsync(batch, events, cancellationToken);
                await AuditLinksAsync(receipt.Resolution, cancellationToken);
                return receipt;
            }
            catch (DbUpdateException raced) when (attempt < StoreAttempts && ConstraintViolations.IsUniqueViolation(raced))
            {
                // The unique index caught a concurrent writer; the next attempt sees its rows.
            }
            catch (DbUpdateException refused)
            {
                throw new BatchRejectedException($"The database refused the batch, so none of it was stored: {refused.InnerException?.Message ?? refused.Message}", refused);
            }
        }
    }

    /// <summary>
    /// Decides whether arriving persons are records of persons already known; the shipped person
    /// model with the default thresholds unless a deployment sets its own.
    /// </summary>
    public PersonResolver Resolver { get; init; } = PersonResolver.Default;

    // A link the system makes is written to the audit log against both records, as a
    // practitioner's is, so "who decided these were one man" always has an answer.
    private async Task AuditLinksAsync(ResolutionReceipt resolution, CancellationToken cancellationToken)
    {
        if (resolution.Links.Count == 0)
        {
            return;
        }
        var audit = new AuditLog(contexts, clock);
        foreach (var link in resolution.Links)
        {
            var how = link.Method == ResolutionMethod.NhsNumber ? "by NHS number" : $"by the person model (p = {link.Probability:0.0000})";
            await audit.AppendAsync(new AuditRecord(RecordResolution.System, null, null, AuditAction.Link, link.Record, $"linked {how} to record {link.OtherRecord}", null, null), cancellationToken);
            await audit.AppendAsync(new AuditRecord(RecordResolution.System, null, null, AuditAction.Link, link.OtherRecord, $"linked {how} to record {link.Record}", null, null), cancellationToken);
        }
    }

    /// <summary>Every child, born or unborn, with the local authority they lived in when first recorded.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<ChildSummary>> ListChildrenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<PersonRow>().AsNoTracking().Where(IsChild).ToListAsync(cancellationToken);
        return rows
            .OrderBy(p => p.LocalAuthority, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(RowMapping.ToChild)
            .ToArray();
    }

    /// <summary>A person by id, or null when the store does not know them.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<Person?> FindPersonAsync(PersonId id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await PersonsOf(db)
            .SingleOrDefaultAsync(p => p.Id == id.Value, cancellationToken);
        return row is null ? null : RowMapping.ToPerson(row);
    }

    /// <summary>
    /// The roles of those of <paramref name="ids"/> the store holds (an intake batch may name persons
    /// sent before without sending them again); ids it does not hold are left out.
    /// </summary>
    /// <param name="ids">The person ids to look up.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyDictionary<PersonId, PersonRole>> FindRolesAsync(IEnumerable<PersonId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Select(id => id.Value).Distinct(StringComparer.Ordinal).ToList();
        var roles = new Dictionary<PersonId, PersonRole>();
        if (wanted.Count == 0)
        {
            return roles;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // In slices, so that one look-up of a large delivery stays a modest query.
        foreach (var slice in wanted.Chunk(RoleLookupSlice))
        {
            var rows = await db.Set<PersonRow>().AsNoTracking()
                .Where(p => slice.Contains(p.Id))
                .Select(p => new { p.Id, p.Role })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                roles[new PersonId(row.Id)] = row.Role;
            }
        }
        return roles;
    }

    /// <summary>
    /// The persons recorded with an NHS number: usually one, more while records of one person
    /// from several agencies have not been linked.
    /// </summary>
    /// <param name="nhsNumber">The NHS number.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<Person>> FindPersonsByNhsNumberAsync(NhsNumber nhsNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await PersonsOf(db)
            .Where(p => p.NhsNumber == nhsNumber.Value)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(p => p.Id, StringComparer.Ordinal).Select(RowMapping.ToPerson).ToArray();
    }

    /// <summary>
    /// The persons recorded with a date of birth, by id: the candidates a search by name, date of
    /// birth and postcode compares when the NHS number is not known (an index look-up). A
    /// candidate list, not records to show: at national scale some 1,800 persons share a birthday,
    /// so only what a match compares and a result names is read — not history facts, mobility or
    /// GP registration, which come back empty or at their defaults.
    /// </summary>
    /// <param name="born">The date of birth.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public Task<IReadOnlyList<Person>> FindPersonsBornOnAsync(DateOnly born, CancellationToken cancellationToken = default) =>
        FindPersonsBornOnAsync(born, null, cancellationToken);

    /// <summary>
    /// As <see cref="FindPersonsBornOnAsync(DateOnly, CancellationToken)"/>, only those whose
    /// postcode is in a district (e.g. <c>KM1</c>) when one is given: filtered by the database, so
    /// a match that needs the district agreeing reads a handful of persons, not every birthday's.
    /// </summary>
    /// <param name="born">The date of birth.</param>
    /// <param name="postcodeDistrict">A postcode district (the outward code), or null for every postcode and none.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<Person>> FindPersonsBornOnAsync(DateOnly born, string? postcodeDistrict, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bornThen = db.Set<PersonRow>().AsNoTracking().Where(p => p.Born == born);
        if (postcodeDistrict is not null)
        {
            // Postcodes are stored in full with one space ("KM1 2AB"), so the district is the part before it.
            var prefix = postcodeDistrict.ToUpperInvariant() + " ";
            bornThen = bornThen.Where(p => p.Postcode != null && p.Postcode.StartsWith(prefix));
        }
        var rows = await bornThen
            .Select(p => new { p.Id, p.Role, p.Sex, p.Born, p.Due, p.NhsNumber, p.Name, p.LocalAuthority, p.Postcode })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new Person
            {
                Id = new PersonId(p.Id),
                Role = p.Role,
                Sex = p.Sex,
                Born = p.Born,
                Due = p.Due,
                NhsNumber = p.NhsNumber is null ? null : NhsNumber.Parse(p.NhsNumber),
                Name = p.Name,
                LocalAuthority = p.LocalAuthority,
                Postcode = p.Postcode is null ? null : UkPostcode.Parse(p.Postcode),
            })
            .ToArray();
    }

    /// <summary>
    /// The persons the records are, as identity resolution has linked them: for each person, the
    /// record that names them and all their records, those given among them. A record the store
    /// does not hold is left out. Index look-ups only: the primary key, and the resolved-person index for linked records.
    /// </summary>
    /// <param name="records">Record ids, e.g. those a look-up by NHS number found.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<RecordCluster>> ResolveRecordsAsync(IReadOnlyCollection<PersonId> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return [];
        }
        var ids = records.Select(r => r.Value).Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Two index look-ups rather than one query with OR, which the engines answer by scanning;
        // the second only for records that are linked, which most are not.
        var rows = await db.Set<PersonRow>().AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.ResolvedId })
            .ToListAsync(cancellationToken);
        var clusters = rows.Where(r => r.ResolvedId != null).Select(r => r.ResolvedId!).Distinct(StringComparer.Ordinal).ToList();
        if (clusters.Count > 0)
        {
            rows.AddRange(await db.Set<PersonRow>().AsNoTracking()
                .Where(p => p.ResolvedId != null && clusters.Contains(p.ResolvedId))
                .Select(p => new { p.Id, p.ResolvedId })
                .ToListAsync(cancellationToken));
        }
        return RecordCluster.Of(rows.Select(r => (r.Id, r.ResolvedId)));
    }

    /// <summary>An agency by id, or null when the store does not know it.</summary>
    /// <param name="id">The agency's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<Agency?> FindAgencyAsync(AgencyId id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<AgencyRow>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id.Value, cancellationToken);
        return row is null ? null : RowMapping.ToAgency(row);
    }

    /// <summary>A person's chronology: every event they are a subject of, by date and, within a day, in the order stored.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<StoredEvent>> LoadChronologyAsync(PersonId id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<EventRow>().AsNoTracking()
            // From the subjects' index to the log's key: "any subject is X" as a correlated
            // sub-query is answered on SQLite by reading every event.
            .Where(e => db.Set<EventSubjectRow>().Where(s => s.PersonId == id.Value).Select(s => s.EventSequence).Contains(e.Sequence))
            .OrderBy(e => e.Date).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return rows.Select(RowMapping.ToStoredEvent).ToArray();
    }

    /// <summary>
    /// The events stored after an instant, in the order they were recorded: what has come in
    /// since a reader last looked, whatever dates the agencies gave the events.
    /// </summary>
    /// <param name="since">Events recorded at or before this instant are left out.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<StoredEvent>> LoadRecordedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var after = since.ToUniversalTime();
        var rows = await db.Set<EventRow>().AsNoTracking()
            .Where(e => e.RecordedAt > after)
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return rows.Select(RowMapping.ToStoredEvent).ToArray();
    }

    /// <summary>The households and relationships a person is in, with the people in them; null for an unknown person.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<FamilyCircle?> LoadFamilyAsync(PersonId id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await PersonsOf(db)
            .SingleOrDefaultAsync(p => p.Id == id.Value, cancellationToken);
        if (person is null)
        {
            return null;
        }
        var households = await db.Set<HouseholdRow>().AsNoTracking().Include(h => h.Members)
            .Where(h => h.Members.Any(m => m.PersonId == id.Value))
            .ToListAsync(cancellationToken);
        var relationships = await db.Set<RelationshipRow>().AsNoTracking()
            .Where(r => r.FromPersonId == id.Value || r.ToPersonId == id.Value)
            .ToListAsync(cancellationToken);
        var relativeIds = households.SelectMany(h => h.Members.Select(m => m.PersonId))
            .Concat(relationships.SelectMany(r => new[] { r.FromPersonId, r.ToPersonId }))
            .Where(p => p != id.Value)
            .Distinct()
            .ToList();
        var relatives = await PersonsOf(db)
            .Where(p => relativeIds.Contains(p.Id))
            .ToListAsync(cancellationToken);
        return new FamilyCircle(
            RowMapping.ToPerson(person),
            households.OrderBy(h => h.Id, StringComparer.Ordinal).Select(RowMapping.ToHousehold).ToArray(),
            Sorted(relationships).Select(RowMapping.ToRelationship).ToArray(),
            relatives.OrderBy(p => p.Id, StringComparer.Ordinal).Select(RowMapping.ToPerson).ToArray());
    }

    /// <summary>
    /// The case history of the family network connected to a person — everyone linked to them by
    /// relationships, households or household events, transitively — for the protocol engine to
    /// fold. Events are those about anyone in the network, by date then log order. Agencies are
    /// all agencies, because rules look up agencies of a kind in a child's area, not only those
    /// that recorded something. Null for an unknown person.
    /// </summary>
    /// <param name="id">Anyone in the family.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<CaseHistory?> LoadHistoryAsync(PersonId id, CancellationToken cancellationToken = default) =>
        (await LoadFamilyRecordAsync(id, cancellationToken))?.History;

    /// <summary>
    /// The family network around a person with its case history, as <see cref="LoadHistoryAsync"/>,
    /// and each event's source beside it, so that the live protocols can key alerts by the event's
    /// identity. Null for an unknown person.
    /// </summary>
    /// <param name="id">Anyone in the family.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<FamilyRecord?> LoadFamilyRecordAsync(PersonId id, CancellationToken cancellationToken = default) =>
        await LoadFamilyRecordsAsync([id], cancellationToken) is [var record, ..] ? record : null;

    /// <summary>
    /// The family records of several persons at once, as <see cref="LoadFamilyRecordAsync"/> gives
    /// each, one per distinct family network (persons of one family share it), in the order of
    /// their first person; persons the store does not know are left out. The networks are walked
    /// together and loaded in a few queries, so a batch's families cost little more than one.
    /// </summary>
    /// <param name="ids">Anyone in each family.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<FamilyRecord>> LoadFamilyRecordsAsync(IEnumerable<PersonId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var networks = await FamilyNetwork.WalkManyAsync(db, wanted, cancellationToken);
        return await FamilyRecords.LoadAsync(db, networks, cancellationToken);
    }

    /// <summary>
    /// How many of <paramref name="sourceIds"/> the log holds for <paramref name="agency"/>: an
    /// interrupted import asks this of each chunk to skip quickly over what it stored before.
    /// </summary>
    /// <param name="agency">The sending agency.</param>
    /// <param name="sourceIds">Its ids for the events.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<int> CountStoredSourceIdsAsync(AgencyId agency, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var count = 0;
        foreach (var slice in sourceIds.Distinct(StringComparer.Ordinal).Chunk(RoleLookupSlice))
        {
            count += await db.Set<EventRow>().CountAsync(e => e.SourceAgencyId == agency.Value && slice.Contains(e.SourceId), cancellationToken);
        }
        return count;
    }

    /// <summary>How many events the log holds.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<long> CountEventsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<EventRow>().LongCountAsync(cancellationToken);
    }

    /// <summary>How many persons the store knows.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<int> CountPersonsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PersonRow>().CountAsync(cancellationToken);
    }

    /// <summary>How many children, born or unborn, the store knows.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<int> CountChildrenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PersonRow>().CountAsync(IsChild, cancellationToken);
    }

    /// <summary>How many agencies the store knows.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<int> CountAgenciesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AgencyRow>().CountAsync(cancellationToken);
    }

    /// <summary>Every agency the store knows, by local authority and then name.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<Agency>> ListAgenciesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AgencyRow>().AsNoTracking().ToListAsync(cancellationToken);
        return rows
            .OrderBy(a => a.LocalAuthority, StringComparer.Ordinal)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(RowMapping.ToAgency)
            .ToArray();
    }

    private static IQueryable<PersonRow> PersonsOf(SightlineDbContext db) =>
        db.Set<PersonRow>().AsNoTracking().Include(p => p.History);

    private static IEnumerable<RelationshipRow> Sorted(IEnumerable<RelationshipRow> relationships) =>
        relationships
            .OrderBy(r => r.FromPersonId, StringComparer.Ordinal)
            .ThenBy(r => r.ToPersonId, StringComparer.Ordinal)
            .ThenBy(r => r.Type);

    /// <summary>Creates contexts from fixed options, for <see cref="Open"/>.</summary>
    private sealed class ContextFactory(DbContextOptions<SightlineDbContext> options) : IDbContextFactory<SightlineDbContext>
    {
        public SightlineDbContext CreateDbContext() => new(options);
    }
}
