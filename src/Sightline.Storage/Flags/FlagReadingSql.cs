using System.Data.Common;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Storage.Queries;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Flags;

/// <summary>
/// A flag check by NHS number as one command of six statements, the same text on SQLite and
/// PostgreSQL but for one index hint: the records holding the number, their history facts, the records linked to them,
/// the flagging plans, the areas' children's social care and the latest attendances, each an
/// index look-up. Every statement finds the records again from the number (a primary-key and
/// index look-up costs the database microseconds), so that nothing goes back and forth between
/// them. What each reads, and the order the rows are put in afterwards, is that of the single
/// reads in <see cref="FlagRecords"/> and <see cref="SightlineStore"/>, which the tests compare.
/// </summary>
internal static class FlagReadingSql
{
    public const string NhsNumber = "@nhs";
    public const string EndedSince = "@ended_since";
    public const string AttendancesPerPerson = "@attendances_per_person";

    /// <summary>The command's parameters, in the order <see cref="FlagRecords.ReadByNhsNumberAsync"/> gives their values.</summary>
    public static readonly IReadOnlyList<string> Parameters = [NhsNumber, EndedSince, AttendancesPerPerson];

    /// <summary>The command on SQLite.</summary>
    public static readonly string Sqlite = Text.Replace(ResolvedIndex, " INDEXED BY ix_persons_resolved_id", StringComparison.Ordinal);

    /// <summary>The command on PostgreSQL.</summary>
    public static readonly string PostgreSql = Text.Replace(ResolvedIndex, "", StringComparison.Ordinal);

    /// <summary>Where the SQLite command names the index it must use.</summary>
    private const string ResolvedIndex = "/*resolved-index*/";

    /// <summary>
    /// The records holding the number, and the other records linked to them by identity
    /// resolution (from the first found record of each person, so that none comes twice).
    /// <see cref="ResolvedIndex"/> is where SQLite is told to use the index on <c>resolved_id</c>:
    /// almost every record is linked to none, so its statistics say a value of the column matches
    /// every row, and it would read the whole table instead (PostgreSQL knows the nulls for what
    /// they are). The common table expressions are NOT MATERIALIZED and joined rather than listed
    /// with IN, as every statement here: SQLite builds a materialised result or an IN list as a
    /// temporary table, whose file cost a tenth of a millisecond a statement, more than the reads.
    /// </summary>
    private const string Records =
        "found AS NOT MATERIALIZED (SELECT id, resolved_id FROM persons WHERE nhs_number = @nhs), "
        + "records AS NOT MATERIALIZED (SELECT id, resolved_id FROM found "
        + "UNION ALL SELECT p.id, p.resolved_id FROM found f JOIN persons p" + ResolvedIndex + " ON p.resolved_id = f.resolved_id "
        + "WHERE (p.nhs_number IS NULL OR p.nhs_number <> @nhs) "
        + "AND NOT EXISTS (SELECT 1 FROM found g WHERE g.resolved_id = f.resolved_id AND g.id < f.id))";

    /// <summary>The records' own plans and their households' (as <see cref="FlagRecords.FlagsAsync"/>), with the holder's name and role.</summary>
    private const string Flagged =
        "hits AS NOT MATERIALIZED ("
        + "SELECT f.child_id AS person_id, f.child_id AS holder_id, f.plan, f.category, f.local_authority, f.started, f.ended "
        + "FROM records r JOIN plan_flags f ON f.child_id = r.id "
        + "UNION ALL SELECT h.person_id, f.child_id, f.plan, f.category, f.local_authority, f.started, f.ended "
        + "FROM records r JOIN household_plans h ON h.person_id = r.id JOIN plan_flags f ON f.child_id = h.member_id), "
        + "flagged AS NOT MATERIALIZED (SELECT hits.person_id, hits.holder_id, hits.plan, hits.category, hits.local_authority, hits.started, hits.ended, p.name, p.role "
        + "FROM hits JOIN persons p ON p.id = hits.holder_id "
        + "WHERE hits.plan <> 'child-in-need' AND (hits.ended IS NULL OR hits.ended >= @ended_since))";

    /// <summary>How many persons the records found are: those found first of their person.</summary>
    private const string Persons =
        "(SELECT COUNT(*) FROM found f WHERE NOT EXISTS "
        + "(SELECT 1 FROM found g WHERE COALESCE(g.resolved_id, g.id) = COALESCE(f.resolved_id, f.id) AND g.id < f.id))";

    private const string Text =
        "SELECT id, role, sex, born, due, nhs_number, name, mobility, gp_registered, local_authority, postcode "
        + "FROM persons WHERE nhs_number = @nhs;\n"
        + "SELECT h.person_id, h.fact, h.known_to FROM persons p JOIN person_history_facts h ON h.person_id = p.id WHERE p.nhs_number = @nhs;\n"
        + "WITH " + Records + " SELECT id, resolved_id FROM records;\n"
        + "WITH " + Records + ", " + Flagged + " SELECT person_id, holder_id, plan, category, local_authority, started, ended, name, role FROM flagged;\n"
        // An area with several plans names its agencies more than once; they are read once each.
        + "WITH " + Records + ", " + Flagged + " SELECT a.id, a.name, a.kind, a.local_authority, a.phone, a.email, a.out_of_hours_phone "
        + "FROM flagged JOIN agencies a ON a.local_authority = flagged.local_authority WHERE a.kind = 'childrens-social-care';\n"
        // From the subjects' index to the log, as AttendancesAsync: the kind's own index would read far more.
        + "WITH " + Records + " SELECT s.person_id, e.sequence, e.date, e.agency_id, a.name, e.payload "
        + "FROM records r JOIN event_subjects s ON s.person_id = r.id JOIN events e ON e.sequence = s.event_sequence JOIN agencies a ON a.id = e.agency_id "
        + "WHERE e.kind = 'attendance' "
        + "ORDER BY e.date DESC, e.sequence DESC "
        + "LIMIT @attendances_per_person * " + Persons + ";";

    /// <summary>Reads the six results of the command, in order.</summary>
    public static async Task<FlagReading> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var persons = new List<PersonRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            persons.Add(new PersonRow
            {
                Id = reader.GetString(0),
                Role = WireEnumConverter<PersonRole>.Parse(reader.GetString(1)),
                Sex = WireEnumConverter<Sex>.Parse(reader.GetString(2)),
                Born = NullableDay(reader, 3),
                Due = NullableDay(reader, 4),
                NhsNumber = NullableText(reader, 5),
                Name = NullableText(reader, 6),
                Mobility = reader.IsDBNull(7) ? null : WireEnumConverter<Mobility>.Parse(reader.GetString(7)),
                GpRegistered = reader.GetBoolean(8),
                LocalAuthority = NullableText(reader, 9),
                Postcode = NullableText(reader, 10),
            });
        }
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var person = reader.GetString(0);
            persons.Single(p => p.Id == person).History.Add(new HistoryFactRow
            {
                PersonId = person,
                Fact = WireEnumConverter<HistoryFactKind>.Parse(reader.GetString(1)),
                KnownTo = reader.GetString(2),
            });
        }
        await reader.NextResultAsync(cancellationToken);
        var records = new List<(string Id, string? ResolvedId)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add((reader.GetString(0), NullableText(reader, 1)));
        }
        await reader.NextResultAsync(cancellationToken);
        var flags = new List<StoredFlag>();
        while (await reader.ReadAsync(cancellationToken))
        {
            flags.Add(new StoredFlag(
                new PersonId(reader.GetString(0)),
                new PersonId(reader.GetString(1)),
                NullableText(reader, 7),
                WireEnumConverter<PersonRole>.Parse(reader.GetString(8)),
                WireEnumConverter<PlanType>.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : WireEnumConverter<PlanCategory>.Parse(reader.GetString(3)),
                reader.GetString(4),
                reader.GetFieldValue<DateOnly>(5),
                NullableDay(reader, 6)));
        }
        await reader.NextResultAsync(cancellationToken);
        var contacts = new List<AgencyRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            contacts.Add(new AgencyRow
            {
                Id = reader.GetString(0),
                Name = reader.GetString(1),
                Kind = WireEnumConverter<AgencyKind>.Parse(reader.GetString(2)),
                LocalAuthority = reader.GetString(3),
                Phone = NullableText(reader, 4),
                Email = NullableText(reader, 5),
                OutOfHoursPhone = NullableText(reader, 6),
            });
        }
        await reader.NextResultAsync(cancellationToken);
        var attendances = new List<(string Person, long Sequence, DateOnly Date, string Agency, string AgencyName, string Payload)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            attendances.Add((reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }
        return new FlagReading(
            [.. persons.OrderBy(p => p.Id, StringComparer.Ordinal).Select(RowMapping.ToPerson)],
            RecordCluster.Of(records),
            FlagRecords.Sorted(flags),
            FlagRecords.Attendances(attendances),
            FlagRecords.Contacts(contacts));
    }

    private static string? NullableText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly? NullableDay(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
}
