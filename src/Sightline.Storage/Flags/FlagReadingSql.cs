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

    /// <summary>Where the SQLite command names the index it must use.</summary>
    private const string ResolvedIndex = "/*resolved-index*/";

    /// <summary>
    /// The records holding the number, and the records linked to any of them by identity resolution.
    /// <see cref="ResolvedIndex"/> is where SQLite is told to use the index on <c>resolved_id</c>: almost every
    /// record is linked to none, so its statistics say a value of the column matches every row,
    /// and it would read the whole table instead (PostgreSQL knows the nulls for what they are).
    /// </summary>
    private const string Records =
        "found AS (SELECT id, resolved_id FROM persons WHERE nhs_number = @nhs), "
        + "records AS (SELECT id, resolved_id FROM found "
        + "UNION SELECT id, resolved_id FROM persons" + ResolvedIndex + " WHERE resolved_id IN (SELECT resolved_id FROM found WHERE resolved_id IS NOT NULL))";

    /// <summary>The records' own plans and their households' (as <see cref="FlagRecords.FlagsAsync"/>), with the holder's name and role.</summary>
    private const string Flagged =
        "hits AS ("
        + "SELECT f.child_id AS person_id, f.child_id AS holder_id, f.plan, f.category, f.local_authority, f.started, f.ended "
        + "FROM plan_flags f WHERE f.child_id IN (SELECT id FROM records) "
        + "UNION ALL SELECT h.person_id, f.child_id, f.plan, f.category, f.local_authority, f.started, f.ended "
        + "FROM household_plans h JOIN plan_flags f ON f.child_id = h.member_id WHERE h.person_id IN (SELECT id FROM records)), "
        + "flagged AS (SELECT hits.person_id, hits.holder_id, hits.plan, hits.category, hits.local_authority, hits.started, hits.ended, p.name, p.role "
        + "FROM hits JOIN persons p ON p.id = hits.holder_id "
        + "WHERE hits.plan <> 'child-in-need' AND (hits.ended IS NULL OR hits.ended >= @ended_since))";

    /// <summary>The command on SQLite.</summary>
    public static readonly string Sqlite = Text.Replace(ResolvedIndex, " INDEXED BY ix_persons_resolved_id", StringComparison.Ordinal);

    /// <summary>The command on PostgreSQL.</summary>
    public static readonly string PostgreSql = Text.Replace(ResolvedIndex, "", StringComparison.Ordinal);

    private const string Text =
        "SELECT id, role, sex, born, due, nhs_number, name, mobility, gp_registered, local_authority, postcode "
        + "FROM persons WHERE nhs_number = @nhs;\n"
        + "SELECT person_id, fact, known_to FROM person_history_facts WHERE person_id IN (SELECT id FROM persons WHERE nhs_number = @nhs);\n"
        + "WITH " + Records + " SELECT id, resolved_id FROM records;\n"
        + "WITH " + Records + ", " + Flagged + " SELECT person_id, holder_id, plan, category, local_authority, started, ended, name, role FROM flagged;\n"
        + "WITH " + Records + ", " + Flagged + " SELECT id, name, kind, local_authority, phone, email, out_of_hours_phone FROM agencies "
        + "WHERE kind = 'childrens-social-care' AND local_authority IN (SELECT local_authority FROM flagged);\n"
        // From the subjects' index to the log, as AttendancesAsync: the kind's own index would read far more.
        + "WITH " + Records + " SELECT s.person_id, e.sequence, e.date, e.agency_id, a.name, e.payload "
        + "FROM event_subjects s JOIN events e ON e.sequence = s.event_sequence JOIN agencies a ON a.id = e.agency_id "
        + "WHERE s.person_id IN (SELECT id FROM records) AND e.kind = 'attendance' "
        + "ORDER BY e.date DESC, e.sequence DESC "
        + "LIMIT @attendances_per_person * (SELECT COUNT(DISTINCT COALESCE(resolved_id, id)) FROM records);";

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
