using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Linkage.Resolution;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;
using Sightline.Storage.Resolution;
using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>
/// Identity resolution as agencies' records arrive: the health visitor's family with the father
/// as the health visitor knows him, then probation's own record of a man. Linked, the father's
/// probation record joins the family; uncertain, the pair waits on the review list; undone, it
/// leaves again and stays apart. Runs on SQLite and on PostgreSQL.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit calls IAsyncLifetime.DisposeAsync, which disposes the services.")]
public abstract class ResolutionBehaviour(ITestDatabases databases) : IAsyncLifetime
{
    private static readonly AgencyId Hv = new("res.hv");
    private static readonly AgencyId Probation = new("res.probation");
    private static readonly AgencyId Police = new("res.police");
    private static readonly PersonId Mother = AgencyRecord.PersonId(Hv, "M1");
    private static readonly PersonId Father = AgencyRecord.PersonId(Hv, "F1");
    private static readonly PersonId Baby = AgencyRecord.PersonId(Hv, "B1");
    private static readonly PersonId Supervised = AgencyRecord.PersonId(Probation, "D-4471");
    private static readonly DecisionMaker Lead = new("lead.sam", Hv, "safeguarding-lead", "127.0.0.1");

    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
    private StorageOptions? database;
    private AuditServices? services;

    private SightlineStore Store => services!.Store;

    private IdentityDecisions Identity => services!.Identity;

    public async Task InitializeAsync()
    {
        database = await databases.CreateAsync();
        services = new AuditServices(database, clock);
        await Store.MigrateAsync();
        await Store.StoreBatchAsync(HealthVisiting());
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
        if (database is not null)
        {
            await databases.DropAsync(database);
        }
    }

    [Fact]
    public async Task Probations_record_of_the_father_joins_the_babys_family_when_name_and_birthday_agree()
    {
        var receipt = await Store.StoreBatchAsync(ProbationRecord("Dean Hart", new DateOnly(1994, 7, 2)));

        var link = Assert.Single(receipt.Resolution.Links);
        Assert.Equal((Supervised, Father, ResolutionMethod.Model), (link.Record, link.OtherRecord, link.Method));
        var family = await Store.LoadFamilyRecordAsync(Baby);
        Assert.NotNull(family);
        Assert.Equal(Father, family.Resolved.Resolve(Supervised));
        var father = family.History.Persons.Single(p => p.Id == Father);
        Assert.Contains(father.History, f => f.Fact == HistoryFactKind.ViolentOffending && f.KnownTo.Contains(Probation));
        var probation = Assert.Single(family.History.Events.OfType<Probation>());
        Assert.Equal([Father], probation.Subjects);
        Assert.DoesNotContain(family.History.Persons, p => p.Id == Supervised);
    }

    [Fact]
    public async Task The_same_valid_NHS_number_links_whatever_else_differs_and_the_link_is_audited()
    {
        await Store.StoreBatchAsync(ProbationRecord("D. Hart", born: null, nhs: "401 023 2145"));

        var family = await Store.LoadFamilyRecordAsync(Supervised);
        Assert.NotNull(family);
        Assert.Contains(Baby, family.Network);
        var entries = await services!.Audit.ForPersonAsync(Supervised);
        var entry = Assert.Single(entries, e => e.Action == AuditAction.Link);
        Assert.Equal(IdentityDecisions.SystemActor, entry.Actor);
        Assert.Contains("by NHS number", entry.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uncertain_pair_waits_on_the_review_list_with_its_evidence_and_stays_apart()
    {
        var receipt = await Store.StoreBatchAsync(ProbationRecord("Deano Hart", new DateOnly(1994, 7, 12)));

        Assert.Empty(receipt.Resolution.Links);
        Assert.Equal(1, receipt.Resolution.Reviews);
        var review = Assert.Single(await Identity.OpenReviewsAsync());
        Assert.Equal([Father.Value, Supervised.Value], new[] { review.Record.Id.Value, review.OtherRecord.Id.Value }.Order(StringComparer.Ordinal));
        Assert.InRange(review.Probability, ResolutionThresholds.Default.Review, ResolutionThresholds.Default.Link);
        Assert.Contains(review.Evidence, e => e is { Comparison: "date_of_birth", Level: "one_part_different" });
        var family = await Store.LoadFamilyRecordAsync(Baby);
        Assert.DoesNotContain(Supervised, family!.Network);
    }

    [Fact]
    public async Task A_practitioner_links_a_reviewed_pair_and_the_family_follows()
    {
        await Store.StoreBatchAsync(ProbationRecord("Deano Hart", new DateOnly(1994, 7, 12)));
        var review = Assert.Single(await Identity.OpenReviewsAsync());

        var link = await Identity.LinkAsync(review.Id, Lead);

        Assert.Equal(ResolutionMethod.Practitioner, link.Method);
        Assert.Empty(await Identity.OpenReviewsAsync());
        var family = await Store.LoadFamilyRecordAsync(Baby);
        Assert.Contains(Supervised, family!.Network);
        Assert.Single(family.History.Events.OfType<Probation>());
        var entries = await services!.Audit.ForPersonAsync(Father);
        Assert.Contains(entries, e => e.Action == AuditAction.Link && e.Actor == "lead.sam" && e.What.Contains(Supervised.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pair_kept_apart_is_never_raised_again()
    {
        await Store.StoreBatchAsync(ProbationRecord("Deano Hart", new DateOnly(1994, 7, 12)));
        var review = Assert.Single(await Identity.OpenReviewsAsync());

        await Identity.KeepApartAsync(review.Id, Lead);
        var again = await Store.StoreBatchAsync(ProbationRecord("Deano Hart", new DateOnly(1994, 7, 12), postcode: "NE1 4ST"));

        Assert.Equal(0, again.Resolution.Reviews);
        Assert.Empty(await Identity.OpenReviewsAsync());
        Assert.Equal("kept-apart", (await Identity.FindReviewAsync(review.Id))!.Outcome);
    }

    [Fact]
    public async Task Undoing_a_link_takes_the_record_out_of_the_family_and_the_system_does_not_link_it_again()
    {
        var link = Assert.Single((await Store.StoreBatchAsync(ProbationRecord("Dean Hart", new DateOnly(1994, 7, 2)))).Resolution.Links);

        var undone = await Identity.UnlinkAsync(link.Id, Lead, "Probation confirmed a different Dean Hart: another address and prison number.");
        var resent = await Store.StoreBatchAsync(ProbationRecord("Dean Hart", new DateOnly(1994, 7, 2)));

        Assert.False(undone.IsActive);
        Assert.Empty(resent.Resolution.Links);
        var family = await Store.LoadFamilyRecordAsync(Baby);
        Assert.DoesNotContain(Supervised, family!.Network);
        Assert.Empty(family.History.Events.OfType<Probation>());
        var links = await Identity.LinksOfAsync(Supervised);
        Assert.Equal("lead.sam", Assert.Single(links).UnlinkedBy);
        Assert.Contains(await services!.Audit.ForPersonAsync(Supervised), e => e.Action == AuditAction.Unlink && e.Why!.StartsWith("Probation confirmed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_record_without_a_number_never_joins_two_people_who_each_have_one()
    {
        var gp = new AgencyId("res.gp");
        var sameNameOtherNumber = new IntakeBatch
        {
            Agencies = [new Agency(gp, "Northmoor Surgery", AgencyKind.Gp, "Northmoor")],
            Persons = [new Person { Id = AgencyRecord.PersonId(gp, "G9"), Role = PersonRole.OtherAdult, Sex = Sex.Male, Name = "Dean Hart", Born = new(1994, 7, 2), NhsNumber = NhsNumber.Parse("401 023 2161") }],
        };
        await Store.StoreBatchAsync(sameNameOtherNumber);

        var receipt = await Store.StoreBatchAsync(ProbationRecord("Dean Hart", new DateOnly(1994, 7, 2)));

        var family = await Store.LoadFamilyRecordAsync(Baby);
        Assert.DoesNotContain(AgencyRecord.PersonId(gp, "G9"), family!.Network);
        Assert.True(receipt.Resolution.Links.Count + receipt.Resolution.Reviews >= 2);
        Assert.True(receipt.Resolution.Links.Count <= 1);
    }

    [Fact]
    public async Task An_arriving_record_never_renames_the_person_the_family_already_knows()
    {
        var early = new AgencyId("res.a-police");
        var record = AgencyRecord.PersonId(early, "1");
        await Store.StoreBatchAsync(new IntakeBatch
        {
            Agencies = [new Agency(early, "Northmoor Police", AgencyKind.Police, "Northmoor")],
            Persons = [new Person { Id = record, Role = PersonRole.OtherAdult, Sex = Sex.Male, Name = "Dean Hart", Born = new(1994, 7, 2) }],
        });

        var family = await Store.LoadFamilyRecordAsync(Baby);

        Assert.True(string.CompareOrdinal(record.Value, Father.Value) < 0);
        Assert.Equal(Father, family!.Resolved.Resolve(record));
        Assert.Equal(PersonRole.Father, family.History.Persons.Single(p => p.Id == Father).Role);
    }

    [Fact]
    public async Task A_different_man_is_left_apart()
    {
        var receipt = await Store.StoreBatchAsync(ProbationRecord("Craig Hartley", new DateOnly(1981, 2, 17)));

        Assert.Equal(ResolutionReceipt.None, receipt.Resolution);
        Assert.Empty(await Identity.OpenReviewsAsync());
    }

    [Fact]
    public async Task A_child_is_listed_once_whichever_agencies_hold_records_of_them()
    {
        var police = new IntakeBatch
        {
            Agencies = [new Agency(Police, "Northmoor Police", AgencyKind.Police, "Northmoor")],
            Persons = [new Person { Id = AgencyRecord.PersonId(Police, "C77"), Role = PersonRole.Child, Sex = Sex.Female, Name = "Ruby Hart", Born = new(2026, 9, 1), NhsNumber = NhsNumber.Parse("401 023 2153") }],
        };

        await Store.StoreBatchAsync(police);

        var children = await Store.ListChildrenAsync();
        Assert.Equal([Baby], children.Where(c => c.Name == "Ruby Hart").Select(c => c.Id));
        var family = await Store.LoadFamilyRecordAsync(AgencyRecord.PersonId(Police, "C77"));
        Assert.Equal(Baby, family!.Resolved.Resolve(AgencyRecord.PersonId(Police, "C77")));
    }

    [Fact]
    public async Task Records_of_several_people_in_one_batch_each_join_their_own_person()
    {
        var gp = new AgencyId("res.gp");
        var (father, baby) = (AgencyRecord.PersonId(gp, "G1"), AgencyRecord.PersonId(gp, "G2"));
        var surgery = new IntakeBatch
        {
            Agencies = [new Agency(gp, "Northmoor Surgery", AgencyKind.Gp, "Northmoor")],
            Persons =
            [
                new Person { Id = father, Role = PersonRole.OtherAdult, Sex = Sex.Male, Name = "D Hart", Born = new(1994, 7, 2), NhsNumber = NhsNumber.Parse("401 023 2145") },
                new Person { Id = baby, Role = PersonRole.Child, Sex = Sex.Female, Name = "Ruby Hart", Born = new(2026, 9, 1), NhsNumber = NhsNumber.Parse("401 023 2153") },
            ],
        };

        var receipt = await Store.StoreBatchAsync(surgery);

        Assert.Equal(
            [(father, Father), (baby, Baby)],
            receipt.Resolution.Links.Select(l => (l.Record, l.OtherRecord)).OrderBy(l => l.Record.Value, StringComparer.Ordinal));
        var family = await Store.LoadFamilyRecordAsync(Baby);
        Assert.Equal((Father, Baby), (family!.Resolved.Resolve(father), family.Resolved.Resolve(baby)));
        Assert.Equal([Baby], (await Store.ListChildrenAsync()).Where(c => c.Name == "Ruby Hart").Select(c => c.Id));
        Assert.Equal([Father, father], await Identity.RecordsOfAsync(father));
    }

    private static IntakeBatch HealthVisiting() => new()
    {
        Agencies = [new Agency(Hv, "Northmoor Health Visiting", AgencyKind.HealthVisiting, "Northmoor")],
        Persons =
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Name = "Amy Hart", Born = new(1997, 3, 14), LocalAuthority = "Northmoor" },
            new Person { Id = Father, Role = PersonRole.Father, Sex = Sex.Male, Name = "Dean Hart", Born = new(1994, 7, 2), NhsNumber = NhsNumber.Parse("401 023 2145"), LocalAuthority = "Northmoor" },
            new Person { Id = Baby, Role = PersonRole.Child, Sex = Sex.Female, Name = "Ruby Hart", Born = new(2026, 9, 1), NhsNumber = NhsNumber.Parse("401 023 2153"), LocalAuthority = "Northmoor" },
        ],
        Relationships = [new Relationship(Mother, Baby, RelationshipType.Parent), new Relationship(Father, Baby, RelationshipType.Parent)],
        Households = [new Household([Mother, Father, Baby])],
        Events =
        [
            new SourcedEvent(new EventSource(Hv, "hv-1"), new Contact { Date = new(2026, 10, 20), Agency = Hv, Subjects = [Baby, Mother], Mode = ContactMode.HomeVisit, ChildSeen = true }),
        ],
    };

    private static IntakeBatch ProbationRecord(string name, DateOnly? born, string? nhs = null, string? postcode = null) => new()
    {
        Agencies = [new Agency(Probation, "Northmoor Probation", AgencyKind.Probation, "Northmoor")],
        Persons =
        [
            new Person
            {
                Id = Supervised,
                Role = PersonRole.OtherAdult,
                Sex = Sex.Male,
                Name = name,
                Born = born,
                NhsNumber = nhs is null ? null : NhsNumber.Parse(nhs),
                Postcode = postcode is null ? null : UkPostcode.Parse(postcode),
                History = [new HistoryFact(HistoryFactKind.ViolentOffending, [Probation])],
            },
        ],
        Events =
        [
            new SourcedEvent(new EventSource(Probation, "case-88"), new Probation { Date = new(2026, 10, 28), Agency = Probation, Subjects = [Supervised], Status = ProbationStatus.NotEngaging }),
        ],
    };
}
