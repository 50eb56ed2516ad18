using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Protocols;
using Sightline.Core.Relationships;
using Sightline.Storage.Configuration;
using Sightline.Storage.Flags;
using Sightline.Storage.Protocols;
using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>
/// What the flag check reads, as the live protocols leave it: plans active and ended, the plans of
/// a person's household, the area's children's social care with its contact details, and a
/// person's latest attendances. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class FlagRecordsBehaviour(ITestDatabases databases) : IAsyncLifetime
{
    private static readonly AgencyId Csc = new("flagrecords.csc");
    private static readonly AgencyId Ed = new("flagrecords.ed");
    private static readonly PersonId Mother = new("flagrecords.mother");
    private static readonly PersonId Baby = new("flagrecords.baby");
    private static readonly PersonId Brother = new("flagrecords.brother");
    private static readonly PersonId Cousin = new("flagrecords.cousin");
    private static readonly PersonId BrotherAtEd = new("flagrecords.ed-brother");
    private static readonly NhsNumber BrotherNhs = NhsNumber.Parse("9992000007");

    // Monday 23 November 2026.
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private StorageOptions? database;

    public async Task InitializeAsync()
    {
        database = await databases.CreateAsync();
        await SightlineStore.Open(database, clock).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await databases.DropAsync(database);
        }
    }

    [Fact]
    public async Task Plans_are_kept_active_and_ended_with_their_category_and_read_for_the_person_and_their_household()
    {
        var (store, live, flags, alerts) = Open();
        await StoreAsync(store, live, Family(
            Sourced(Csc, "p1", new PlanStarted { Date = new(2025, 1, 6), Agency = Csc, Subjects = [Brother], Plan = PlanType.ChildInNeed, LocalAuthority = "Northmoor" }),
            Sourced(Csc, "p2", new PlanStarted { Date = new(2025, 3, 3), Agency = Csc, Subjects = [Brother], Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = "Northmoor" }),
            Sourced(Csc, "p3", new PlanEnded { Date = new(2026, 2, 2), Agency = Csc, Subjects = [Brother], Plan = PlanType.ChildProtection, StepDownTo = StepDown.ChildInNeed, ManagerApproved = true }),
            Sourced(Csc, "p4", new PlanStarted { Date = new(2026, 10, 1), Agency = Csc, Subjects = [Baby], Plan = PlanType.LookedAfter, LocalAuthority = "Northmoor" })));

        var forBrother = await flags.FlagsAsync([Brother], new DateOnly(2025, 11, 23));
        var forMother = await flags.FlagsAsync([Mother], new DateOnly(2025, 11, 23));
        var lateCutoff = await flags.FlagsAsync([Brother], new DateOnly(2026, 2, 3));

        Assert.Equal(
            [
                new StoredFlag(Brother, Baby, "Rose Lane", PersonRole.Child, PlanType.LookedAfter, null, "Northmoor", new(2026, 10, 1), null),
                new StoredFlag(Brother, Brother, "Tom Lane", PersonRole.Child, PlanType.ChildProtection, PlanCategory.Neglect, "Northmoor", new(2025, 3, 3), new(2026, 2, 2)),
            ],
            forBrother);
        Assert.Equal([Baby, Brother], forMother.Select(f => f.Holder));
        Assert.All(forMother, f => Assert.False(f.IsOwn));
        Assert.Equal([Baby], lateCutoff.Select(f => f.Holder));
        // A cousin who lives elsewhere sees no one's plan; the child-in-need plan never flags.
        Assert.Empty(await flags.FlagsAsync([Cousin], new DateOnly(2025, 11, 23)));
        // The children list still shows active plans only: the child-in-need plan and the looked-after one.
        var summaries = await alerts.SummariesAsync();
        Assert.Equal([PlanType.ChildInNeed], summaries[Brother].Plans.Select(p => p.Plan));
        Assert.Equal([PlanType.LookedAfter], summaries[Baby].Plans.Select(p => p.Plan));
    }

    [Fact]
    public async Task An_area_contact_is_stored_kept_when_a_delivery_omits_it_and_updated_when_it_changes()
    {
        var (store, _, flags, _) = Open();
        var first = new AgencyContact("01632 960 001", "front.door@example.org", "01632 960 999");
        await store.StoreBatchAsync(new IntakeBatch { Agencies = [Agency(first)] });

        var silent = await store.StoreBatchAsync(new IntakeBatch { Agencies = [Agency(null)] });
        var kept = Assert.Single(await flags.ChildrensSocialCareOfAsync(["Northmoor", "Elsewhere"]));
        var changed = await store.StoreBatchAsync(new IntakeBatch { Agencies = [Agency(first with { Phone = "01632 960 002" })] });
        var updated = await store.FindAgencyAsync(Csc);

        Assert.Equal(0, silent.AgenciesUpdated);
        Assert.Equal(first, kept.Contact);
        Assert.Equal(1, changed.AgenciesUpdated);
        Assert.Equal("01632 960 002", updated!.Contact!.Phone);
        Assert.Empty(await flags.ChildrensSocialCareOfAsync([]));
    }

    [Fact]
    public async Task A_persons_latest_attendances_come_newest_first_up_to_the_limit()
    {
        var (store, live, flags, _) = Open();
        var visits = Enumerable.Range(1, 4)
            .Select(i => Sourced(Ed, $"a{i}", new Attendance { Date = new(2026, 6, i), Agency = Ed, Subjects = [Baby], Setting = i % 2 == 0 ? CareSetting.WalkIn : CareSetting.EmergencyDepartment, Reason = $"visit {i}" }))
            .Append(Sourced(Ed, "other", new Contact { Date = new(2026, 6, 9), Agency = Ed, Subjects = [Baby], Mode = ContactMode.Phone, ChildSeen = false }))
            .ToArray();
        await StoreAsync(store, live, Family(visits));

        var latest = await flags.AttendancesAsync([Baby, Mother], 3);

        Assert.Equal(
            [
                new StoredAttendance(Baby, new(2026, 6, 4), Ed, "Northmoor Emergency Department", CareSetting.WalkIn, "visit 4"),
                new StoredAttendance(Baby, new(2026, 6, 3), Ed, "Northmoor Emergency Department", CareSetting.EmergencyDepartment, "visit 3"),
                new StoredAttendance(Baby, new(2026, 6, 2), Ed, "Northmoor Emergency Department", CareSetting.WalkIn, "visit 2"),
            ],
            latest);
        Assert.Empty(await flags.AttendancesAsync([Mother], 25));
    }

    [Fact]
    public async Task Persons_are_found_by_date_of_birth()
    {
        var (store, live, _, _) = Open();
        await StoreAsync(store, live, Family());

        var born = await store.FindPersonsBornOnAsync(new DateOnly(2024, 5, 3));

        Assert.Equal([Brother, Cousin], born.Select(p => p.Id));
        Assert.Equal(UkPostcode.Parse("NM1 4AB"), born[0].Postcode);
        Assert.Empty(await store.FindPersonsBornOnAsync(new DateOnly(2024, 5, 4)));
        Assert.Equal([Brother], (await store.FindPersonsBornOnAsync(new DateOnly(2024, 5, 3), "nm1")).Select(p => p.Id));
        Assert.Empty(await store.FindPersonsBornOnAsync(new DateOnly(2024, 5, 3), "NM14"));
    }

    [Fact]
    public async Task The_check_by_NHS_number_in_one_round_trip_reads_what_the_single_reads_do()
    {
        var (store, live, flags, _) = Open();
        var family = Family(
            Sourced(Csc, "p1", new PlanStarted { Date = new(2025, 3, 3), Agency = Csc, Subjects = [Brother], Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = "Northmoor" }),
            Sourced(Csc, "p2", new PlanEnded { Date = new(2026, 2, 2), Agency = Csc, Subjects = [Brother], Plan = PlanType.ChildProtection, StepDownTo = StepDown.ChildInNeed, ManagerApproved = true }),
            Sourced(Csc, "p3", new PlanStarted { Date = new(2026, 10, 1), Agency = Csc, Subjects = [Baby], Plan = PlanType.LookedAfter, LocalAuthority = "Northmoor" }),
            Sourced(Ed, "a1", new Attendance { Date = new(2026, 6, 1), Agency = Ed, Subjects = [Brother], Setting = CareSetting.WalkIn, Reason = "cut knee" }),
            Sourced(Ed, "a2", new Attendance { Date = new(2026, 7, 1), Agency = Ed, Subjects = [Brother, Baby], Setting = CareSetting.UrgentCare, Reason = "both coughing" }));
        await StoreAsync(store, live, family with
        {
            Persons = [.. family.Persons.Select(p => p.Id == Brother ? p with { NhsNumber = BrotherNhs, History = [new HistoryFact(HistoryFactKind.MentalHealth, [Csc])] } : p)],
        });
        // The hospital's own record of Tom, with his NHS number: resolution links it to his.
        await StoreAsync(store, live, new IntakeBatch
        {
            Persons = [new Person { Id = BrotherAtEd, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2024, 5, 3), Name = "Tom Lane", NhsNumber = BrotherNhs }],
            Events = [.. Enumerable.Range(1, 3).Select(i => Sourced(Ed, $"ed{i}", new Attendance { Date = new(2026, 8, i), Agency = Ed, Subjects = [BrotherAtEd], Setting = CareSetting.EmergencyDepartment, Reason = $"visit {i}" }))],
        });
        var endedSince = new DateOnly(2025, 11, 23);

        foreach (var perPerson in new[] { 25, 2 })
        {
            var found = await store.FindPersonsByNhsNumberAsync(BrotherNhs);
            var clusters = await store.ResolveRecordsAsync([.. found.Select(p => p.Id)]);
            var records = clusters.SelectMany(c => c.Records).ToList();
            var plans = await flags.FlagsAsync(records, endedSince);
            var expected = new FlagReading(
                found, clusters, plans,
                await flags.AttendancesAsync(records, perPerson * clusters.Count),
                await flags.ChildrensSocialCareOfAsync([.. plans.Select(f => f.LocalAuthority).Distinct()]));

            var read = await flags.ReadByNhsNumberAsync(BrotherNhs, endedSince, perPerson);

            Assert.Equal([Brother, BrotherAtEd], found.Select(p => p.Id));
            Assert.Equal([Brother, BrotherAtEd], Assert.Single(clusters).Records);
            Assert.Equal(2, plans.Count);
            Assert.Equal(Math.Min(perPerson, 5), expected.Attendances.Count);
            Assert.Equal([Csc], expected.Contacts.Select(a => a.Id));
            Assert.Equal(found.Select(p => p.Id), read.Found.Select(p => p.Id));
            Assert.Equivalent(found, read.Found, strict: true);
            Assert.Equal(clusters.Select(c => (c.Person, string.Join(" ", c.Records))), read.Clusters.Select(c => (c.Person, string.Join(" ", c.Records))));
            Assert.Equal(expected.Flags, read.Flags);
            Assert.Equal(expected.Attendances, read.Attendances);
            Assert.Equal(expected.Contacts, read.Contacts);
        }
        var nobody = await flags.ReadByNhsNumberAsync(NhsNumber.Parse("9992000015"), endedSince, 25);
        Assert.Equivalent(new FlagReading([], [], [], [], []), nobody, strict: true);

        // The read's statements are kept prepared on SQLite between checks: what is stored after
        // one check is seen by the next.
        await StoreAsync(store, live, new IntakeBatch
        {
            Persons = [new Person { Id = BrotherAtEd, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2024, 5, 3), Name = "Tom Lane", NhsNumber = BrotherNhs }],
            Events = [Sourced(Ed, "ed-later", new Attendance { Date = new(2026, 9, 9), Agency = Ed, Subjects = [BrotherAtEd], Setting = CareSetting.EmergencyDepartment, Reason = "seen again" })],
        });
        var later = await flags.ReadByNhsNumberAsync(BrotherNhs, endedSince, 25);
        Assert.Equal(new DateOnly(2026, 9, 9), later.Attendances[0].Date);
        Assert.Equal(6, later.Attendances.Count);
    }

    private static async Task StoreAsync(SightlineStore store, LiveProtocols live, IntakeBatch batch)
    {
        await store.StoreBatchAsync(batch);
        await live.RunAfterBatchAsync(batch);
    }

    private (SightlineStore Store, LiveProtocols Live, FlagRecords Flags, SightlineAlerts Alerts) Open()
    {
        var contexts = new Contexts(database!.BuildContextOptions());
        var store = new SightlineStore(contexts, clock);
        return (store, new LiveProtocols(store, contexts, ProtocolEngine.Default, clock), new FlagRecords(contexts), new SightlineAlerts(contexts));
    }

    private static Agency Agency(AgencyContact? contact) =>
        new(Csc, "Northmoor Children's Social Care", AgencyKind.ChildrensSocialCare, "Northmoor") { Contact = contact };

    private static SourcedEvent Sourced(AgencyId agency, string id, CaseEvent e) => new(new EventSource(agency, id), e);

    /// <summary>Mother, baby Rose and her brother Tom at home; a cousin (same birthday as Tom) living elsewhere.</summary>
    private static IntakeBatch Family(params SourcedEvent[] events) => new()
    {
        Agencies =
        [
            Agency(null),
            new Agency(Ed, "Northmoor Emergency Department", AgencyKind.EmergencyDepartment, "Northmoor"),
        ],
        Persons =
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1996, 5, 1), Name = "Jo Lane", LocalAuthority = "Northmoor" },
            new Person { Id = Baby, Role = PersonRole.Child, Sex = Sex.Female, Born = new(2026, 8, 1), Name = "Rose Lane", LocalAuthority = "Northmoor" },
            new Person { Id = Brother, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2024, 5, 3), Name = "Tom Lane", LocalAuthority = "Northmoor", Postcode = UkPostcode.Parse("NM1 4AB") },
            new Person { Id = Cousin, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2024, 5, 3), Name = "Alfie Lane", LocalAuthority = "Northmoor" },
        ],
        Relationships = [new Relationship(Mother, Baby, RelationshipType.Parent), new Relationship(Mother, Brother, RelationshipType.Parent)],
        Households = [new Household([Mother, Baby, Brother]), new Household([Cousin])],
        Events = events,
    };

    private sealed class Contexts(Microsoft.EntityFrameworkCore.DbContextOptions<SightlineDbContext> options)
        : Microsoft.EntityFrameworkCore.IDbContextFactory<SightlineDbContext>
    {
        public SightlineDbContext CreateDbContext() => new(options);
    }
}

/// <summary>The flag check's records on SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteFlagRecordsTests(SqliteFiles files) : FlagRecordsBehaviour(files), IClassFixture<SqliteFiles>;

/// <summary>The flag check's records on PostgreSQL (./test.sh starts the server).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlFlagRecordsTests(PostgreSqlServer server) : FlagRecordsBehaviour(server), IClassFixture<PostgreSqlServer>;
