using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Storage.Configuration;
using Sightline.Storage.Intake;
using Sightline.Storage.Tests.Databases;
using static Sightline.Storage.Tests.Families;

namespace Sightline.Storage.Tests;

/// <summary>
/// How the store behaves, whichever engine is underneath: every test here runs once on SQLite
/// (<see cref="SqliteStorageTests"/>) and once on PostgreSQL (<see cref="PostgreSqlStorageTests"/>),
/// each on a fresh database.
/// </summary>
public abstract class StorageBehaviour(ITestDatabases databases) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    private StorageOptions? _database;

    protected ManualClock Clock { get; } = new(Start);

    protected SightlineStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await databases.CreateAsync();
        Store = SightlineStore.Open(_database, Clock);
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await databases.DropAsync(_database);
        }
    }

    [Fact]
    public async Task Migrations_apply_on_an_empty_database_and_again_do_nothing()
    {
        var empty = await databases.CreateAsync();
        try
        {
            await using (var db = new SightlineDbContext(empty.BuildContextOptions()))
            {
                Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
                Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
            }
            var store = SightlineStore.Open(empty, Clock);
            await store.MigrateAsync();
            await store.MigrateAsync();
            await using (var db = new SightlineDbContext(empty.BuildContextOptions()))
            {
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            }
            Assert.Equal(0, await store.CountEventsAsync());
            Assert.Equal(0, await store.CountPersonsAsync());
        }
        finally
        {
            await databases.DropAsync(empty);
        }
    }

    [Fact]
    public async Task Storing_the_same_batch_twice_stores_each_event_once()
    {
        var first = await Store.StoreBatchAsync(Both());
        Clock.Advance(TimeSpan.FromHours(1));
        var second = await Store.StoreBatchAsync(Both());

        Assert.Equal(new BatchReceipt(EventsStored: 5, EventsAlreadyPresent: 0, AgenciesAdded: 5, AgenciesUpdated: 0, PersonsAdded: 7, PersonsUpdated: 0), first);
        Assert.Equal(new BatchReceipt(EventsStored: 0, EventsAlreadyPresent: 5, AgenciesAdded: 0, AgenciesUpdated: 0, PersonsAdded: 0, PersonsUpdated: 0), second);
        Assert.Equal(5, await Store.CountEventsAsync());
        Assert.Equal(7, await Store.CountPersonsAsync());
        Assert.Equal(5, await Store.CountAgenciesAsync());
        Assert.All(await Store.LoadChronologyAsync(Id("a-baby")), e => Assert.Equal(Start, e.RecordedAt));
    }

    [Fact]
    public async Task An_event_repeated_within_a_batch_is_stored_once()
    {
        var batch = Both() with { Events = [.. Both().Events, Both().Events[0]] };

        var receipt = await Store.StoreBatchAsync(batch);

        Assert.Equal(5, receipt.EventsStored);
        Assert.Equal(1, receipt.EventsAlreadyPresent);
        Assert.Equal(5, await Store.CountEventsAsync());
    }

    [Fact]
    public async Task The_same_batch_stored_concurrently_is_stored_once()
    {
        var receipts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Store.StoreBatchAsync(Both()))));

        Assert.Equal(5, receipts.Sum(r => r.EventsStored));
        Assert.Equal(15, receipts.Sum(r => r.EventsAlreadyPresent));
        Assert.Equal(7, receipts.Sum(r => r.PersonsAdded));
        Assert.Equal(5, await Store.CountEventsAsync());
    }

    [Fact]
    public async Task A_batch_giving_one_source_id_to_two_different_events_stores_nothing()
    {
        var clash = Seen("hv-1", new DateOnly(2020, 1, 21), "A different visit under a reused id.");
        var batch = Both() with { Events = [.. Both().Events, clash] };

        await Assert.ThrowsAsync<BatchRejectedException>(() => Store.StoreBatchAsync(batch));

        Assert.Equal(0, await Store.CountEventsAsync());
        Assert.Equal(0, await Store.CountPersonsAsync());
        Assert.Equal(0, await Store.CountAgenciesAsync());
    }

    [Fact]
    public async Task A_batch_reusing_a_stored_source_id_for_a_different_event_stores_nothing()
    {
        await Store.StoreBatchAsync(Both());
        var newcomer = new Person { Id = Id("a-uncle"), Role = PersonRole.OtherAdult, Sex = Sex.Male };
        var batch = new IntakeBatch
        {
            Persons = [newcomer],
            Events = [Seen("hv-1", new DateOnly(2020, 1, 20), "Edited after the fact.")],
        };

        var rejected = await Assert.ThrowsAsync<BatchRejectedException>(() => Store.StoreBatchAsync(batch));

        Assert.Contains("hv-1", rejected.Message, StringComparison.Ordinal);
        Assert.Null(await Store.FindPersonAsync(newcomer.Id));
        Assert.Equal(5, await Store.CountEventsAsync());
    }

    [Fact]
    public async Task A_batch_the_database_refuses_stores_nothing()
    {
        // The event is about a person neither the batch nor the store knows: a foreign key fails
        // after the agencies, persons and other events of the batch were written.
        var stranger = Sourced("hv", "hv-9", new Contact { Date = new(2020, 4, 1), Agency = new("hv"), Subjects = Ids("nobody"), Mode = ContactMode.Phone, ChildSeen = false });
        var batch = Both() with { Events = [.. Both().Events, stranger] };

        await Assert.ThrowsAsync<BatchRejectedException>(() => Store.StoreBatchAsync(batch));

        Assert.Equal(0, await Store.CountEventsAsync());
        Assert.Equal(0, await Store.CountPersonsAsync());
        Assert.Equal(0, await Store.CountAgenciesAsync());
        Assert.Null(await Store.LoadHistoryAsync(Id("a-baby")));
    }

    [Fact]
    public async Task A_chronology_comes_back_in_date_order_with_payloads_that_read_back_as_the_same_records()
    {
        // Out of date order, across a year end and two-digit months (text dates must not sort as
        // text would if they were not ISO), with two same-day events whose source ids sort the
        // other way round from the order given.
        SourcedEvent[] sent =
        [
            Seen("hv-c", new DateOnly(2020, 10, 1), "October"),
            Seen("hv-z", new DateOnly(2020, 3, 10), "March, first"),
            Seen("hv-a", new DateOnly(2020, 3, 10), "March, second"),
            Seen("hv-y", new DateOnly(2019, 12, 31), "New Year's Eve"),
            Sourced("gp", "gp-7", new Growth { Date = new(2020, 2, 1), Agency = new("gp"), Subjects = Ids("a-baby"), Centile = 9 }),
            Sourced("hv", "hv-i", new Injury { Date = new(2020, 3, 10), Agency = new("hv"), Subjects = Ids("a-baby"), Type = InjuryType.Bruise, Site = "left cheek", Explanation = "Fell against the cot." }),
        ];
        await Store.StoreBatchAsync(Both() with { Events = sent });
        // A later batch with an earlier date still comes first.
        var late = Seen("hv-late", new DateOnly(2019, 11, 2), "Recorded late");
        await Store.StoreBatchAsync(new IntakeBatch { Events = [late] });

        var chronology = await Store.LoadChronologyAsync(Id("a-baby"));

        SourcedEvent[] expected = [late, sent[3], sent[4], sent[1], sent[2], sent[5], sent[0]];
        Assert.Equal(expected.Select(e => e.Source), chronology.Select(e => e.Source));
        foreach (var (want, got) in expected.Zip(chronology))
        {
            Assert.IsType(want.Event.GetType(), got.Event);
            Assert.Equal(want.Event.Subjects, got.Event.Subjects);
            Assert.Equal(want.Event with { Subjects = got.Event.Subjects }, got.Event);
        }
        Assert.True(chronology.Zip(chronology.Skip(1)).All(p => p.First.Sequence != p.Second.Sequence));
    }

    [Fact]
    public async Task Events_recorded_since_an_instant_come_back_in_the_order_recorded()
    {
        await Store.StoreBatchAsync(Both());
        var afterFirst = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = Seen("hv-2b", new DateOnly(2019, 1, 1), "Recorded second, dated earliest");
        await Store.StoreBatchAsync(new IntakeBatch { Events = [second] });
        Clock.Advance(TimeSpan.FromDays(400));
        var third = Seen("hv-3", new DateOnly(2020, 5, 1), "Recorded third");
        await Store.StoreBatchAsync(new IntakeBatch { Events = [third] });

        var recent = await Store.LoadRecordedSinceAsync(afterFirst);

        Assert.Equal([second.Source, third.Source], recent.Select(e => e.Source));
        Assert.Equal([Start.AddMinutes(5), Start.AddMinutes(5).AddDays(400)], recent.Select(e => e.RecordedAt));
        Assert.Equal(7, (await Store.LoadRecordedSinceAsync(Start.AddTicks(-1))).Count);
    }

    [Fact]
    public async Task The_history_of_a_family_holds_the_connected_family_only()
    {
        await Store.StoreBatchAsync(Both());

        var history = await Store.LoadHistoryAsync(Id("a-baby"));

        Assert.NotNull(history);
        // The grandmother is two relationships away; the partner is linked only by joining the household.
        Assert.Equal(["a-baby", "a-father", "a-grandmother", "a-mother", "a-partner"], history.Persons.Select(p => p.Id.Value));
        Assert.Equal(Payloads(Both(), "hv-1", "gp-1", "pol-1", "hv-2"), history.Events.Select(EventJson.Serialize));
        Assert.Equal(3, history.Relationships.Count);
        var household = Assert.Single(history.Households);
        Assert.Equal(Ids("a-mother", "a-baby"), household.Members);
        Assert.Equal(Agencies.Count, history.Agencies.Count);
        Assert.Equal(Agencies.OrderBy(a => a.Id.Value, StringComparer.Ordinal), history.Agencies);

        var fromThePartner = await Store.LoadHistoryAsync(Id("a-partner"));
        Assert.Equal(history.Persons.Select(p => p.Id), fromThePartner!.Persons.Select(p => p.Id));

        var other = await Store.LoadHistoryAsync(Id("b-child"));
        Assert.Equal(["b-child", "b-mother"], other!.Persons.Select(p => p.Id.Value));
        Assert.Equal(Payloads(Both(), "bhv-1"), other.Events.Select(EventJson.Serialize));
        Assert.Null(await Store.LoadHistoryAsync(Id("nobody")));
    }

    private static IEnumerable<string> Payloads(IntakeBatch batch, params string[] sourceIds) =>
        sourceIds.Select(id => EventJson.Serialize(batch.Events.Single(e => e.Source.SourceId == id).Event));

    [Fact]
    public async Task A_person_is_found_by_NHS_number()
    {
        await Store.StoreBatchAsync(Both());

        var found = Assert.Single(await Store.FindPersonsByNhsNumberAsync(BabyNhs));
        Assert.Equal(Id("a-baby"), found.Id);
        Assert.Equal(BabyNhs, found.NhsNumber);
        Assert.Equal(Id("a-mother"), Assert.Single(await Store.FindPersonsByNhsNumberAsync(MotherNhs)).Id);
        Assert.Empty(await Store.FindPersonsByNhsNumberAsync(NhsNumber.Parse("9434765935")));
    }

    [Fact]
    public async Task A_person_reads_back_as_stored()
    {
        var batch = Both();
        await Store.StoreBatchAsync(batch);

        foreach (var sent in batch.Persons)
        {
            var stored = await Store.FindPersonAsync(sent.Id);
            Assert.NotNull(stored);
            Assert.Equal(sent.History.Select(f => (f.Fact, string.Join(',', f.KnownTo))), stored.History.Select(f => (f.Fact, string.Join(',', f.KnownTo))));
            Assert.Equal(sent with { History = stored.History }, stored);
        }
    }

    [Fact]
    public async Task A_person_sent_again_with_other_details_is_completed_without_losing_anything()
    {
        await Store.StoreBatchAsync(Both());
        var again = new Person
        {
            Id = Id("a-father"),
            Role = PersonRole.Father,
            Sex = Sex.Unknown,
            Name = "Adam Able",
            Postcode = UkPostcode.Parse("se11 5qy"),
            History =
            [
                new HistoryFact(HistoryFactKind.ViolentOffending, [new AgencyId("csc")]),
                new HistoryFact(HistoryFactKind.SubstanceMisuse, []),
            ],
        };
        var renamed = Agencies[0] with { Name = "Lambeth 0-19 Service" };

        var receipt = await Store.StoreBatchAsync(new IntakeBatch { Agencies = [renamed], Persons = [again] });

        Assert.Equal(new BatchReceipt(0, 0, AgenciesAdded: 0, AgenciesUpdated: 1, PersonsAdded: 0, PersonsUpdated: 1), receipt);
        var father = await Store.FindPersonAsync(Id("a-father"));
        Assert.NotNull(father);
        Assert.Equal("Adam Able", father.Name);
        Assert.Equal(Sex.Male, father.Sex);
        Assert.Equal("Lambeth", father.LocalAuthority);
        Assert.Equal("SE11 5QY", father.Postcode?.Full);
        Assert.Equal(
            [(HistoryFactKind.SubstanceMisuse, ""), (HistoryFactKind.ViolentOffending, "police,csc")],
            father.History.Select(f => (f.Fact, string.Join(',', f.KnownTo))));
        var history = await Store.LoadHistoryAsync(Id("a-father"));
        Assert.Equal("Lambeth 0-19 Service", history!.Agencies.Single(a => a.Id == renamed.Id).Name);
    }

    [Fact]
    public async Task Children_are_listed_with_their_local_authority_and_postcode()
    {
        var unborn = new Person { Id = Id("a-unborn"), Role = PersonRole.Unborn, Sex = Sex.Unknown, Due = new DateOnly(2021, 2, 1), LocalAuthority = "Lambeth", Postcode = UkPostcode.Parse("SE11 5QY") };
        await Store.StoreBatchAsync(Both() with { Persons = [.. Both().Persons, unborn] });

        var children = await Store.ListChildrenAsync();

        Assert.Equal(
            [("b-child", "Croydon", PersonRole.Child), ("a-unborn", "Lambeth", PersonRole.Unborn), ("a-baby", "Lambeth", PersonRole.Child)],
            children.Select(c => (c.Id.Value, c.LocalAuthority!, c.Role)));
        Assert.Equal(BabyNhs, children.Single(c => c.Id == Id("a-baby")).NhsNumber);
        Assert.Equal(UkPostcode.Parse("SE11 5QY"), children.Single(c => c.Id == Id("a-unborn")).Postcode);
        Assert.Equal(3, await Store.CountChildrenAsync());
    }

    [Fact]
    public async Task The_family_around_a_person_is_their_households_and_relationships()
    {
        await Store.StoreBatchAsync(Both());

        var family = await Store.LoadFamilyAsync(Id("a-mother"));

        Assert.NotNull(family);
        Assert.Equal(Id("a-mother"), family.Person.Id);
        Assert.Equal(Ids("a-mother", "a-baby"), Assert.Single(family.Households).Members);
        Assert.Equal(["a-baby", "a-grandmother"], family.Relatives.Select(p => p.Id.Value));
        Assert.Equal(2, family.Relationships.Count);
        Assert.Null(await Store.LoadFamilyAsync(Id("nobody")));
    }
}
