using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Protocols;
using Sightline.Core.Relationships;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;
using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>
/// The protocol engine on the real clock, over a real database: alerts raised by stored events,
/// deadlines that pass while nothing is sent, and a restart that loses nothing. Runs on SQLite
/// and on PostgreSQL.
/// </summary>
public abstract class LiveProtocolsBehaviour(ITestDatabases databases) : IAsyncLifetime
{
    // Monday 2 November 2026, mid-morning in London.
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
    private StorageOptions? database;

    private static readonly AgencyId Hv = new("live.hv");
    private static readonly AgencyId Csc = new("live.csc");
    private static readonly AgencyId EastHv = new("live.east-hv");
    private static readonly PersonId Mother = new("live.mother");
    private static readonly PersonId Baby = new("live.baby");

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
    public async Task A_stored_bruise_on_a_non_mobile_baby_raises_its_alert_once()
    {
        var (store, live, alerts) = Open();
        var batch = Family(Sourced(Hv, "hv-7", new Injury { Date = new(2026, 11, 2), Agency = Hv, Subjects = [Baby], Type = InjuryType.Bruise, Site = "ear" }));
        await store.StoreBatchAsync(batch);

        var first = await live.RunAfterBatchAsync(batch);
        var again = await live.RunAfterBatchAsync(batch);

        var alert = Assert.Single(await alerts.ForPersonAsync(Baby), a => a.Alert.Rule == "bruising-non-mobile");
        Assert.Equal([Hv, Csc], alert.Alert.Notify);
        Assert.Equal(new DateOnly(2026, 11, 3), alert.Alert.Due);
        Assert.Contains(await alerts.ForAgencyAsync(Csc), a => a.Id == alert.Id);
        Assert.True(first.AlertsRaised >= 1);
        Assert.Equal(0, again.AlertsRaised);
    }

    [Fact]
    public async Task A_deadline_that_passes_while_nothing_is_sent_raises_its_alert_after_a_restart()
    {
        var (store, live, alerts) = Open();
        var shared = new InformationShared { Date = new(2026, 11, 2), Agency = Hv, Subjects = [Baby], To = [EastHv], About = [Mother], Acknowledged = false };
        var batch = Family(Sourced(Hv, "hv-8", shared));
        await store.StoreBatchAsync(batch);
        await live.RunAfterBatchAsync(batch);

        var waiting = Assert.Single(await alerts.ObligationsForPersonAsync(Mother), o => o.Rule == "information-unacknowledged");
        Assert.Equal(new DateOnly(2026, 11, 4), waiting.DueOn);
        Assert.DoesNotContain(await alerts.ForPersonAsync(Mother), a => a.Alert.Rule == "information-unacknowledged");

        // Two days later the process has restarted: a new store and runner read what the old one left.
        clock.Advance(TimeSpan.FromDays(3));
        var (_, restarted, after) = Open();
        var receipt = await restarted.RunDueAsync();

        var overdue = Assert.Single(await after.ForPersonAsync(Mother), a => a.Alert.Rule == "information-unacknowledged");
        Assert.Equal(new DateOnly(2026, 11, 4), overdue.Alert.RaisedOn);
        Assert.Equal([Hv], overdue.Alert.Notify);
        Assert.True(receipt.Families >= 1);
        Assert.DoesNotContain(await after.ObligationsForPersonAsync(Mother), o => o.Rule == "information-unacknowledged");
    }

    [Fact]
    public async Task An_acknowledgement_in_time_closes_the_obligation_without_an_alert()
    {
        var (store, live, alerts) = Open();
        var batch = Family(
            Sourced(Hv, "hv-9", new InformationShared { Date = new(2026, 10, 26), Agency = Hv, Subjects = [Baby], To = [EastHv], About = [Mother], Acknowledged = false }),
            Sourced(EastHv, "ehv-1", new Acknowledged { Date = new(2026, 10, 28), Agency = EastHv, Subjects = [Baby], Of = new(2026, 10, 26) }));
        await store.StoreBatchAsync(batch);
        await live.RunAfterBatchAsync(batch);

        Assert.DoesNotContain(await alerts.ForPersonAsync(Mother), a => a.Alert.Rule == "information-unacknowledged");
        Assert.Empty(await alerts.ObligationsForPersonAsync(Mother));
    }

    [Fact]
    public async Task The_child_list_flags_show_active_plans_and_alert_counts()
    {
        var (store, live, alerts) = Open();
        var batch = Family(
            Sourced(Csc, "csc-1", new PlanStarted { Date = new(2026, 10, 5), Agency = Csc, Subjects = [Baby], Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = "Northmoor" }),
            Sourced(Hv, "hv-10", new Injury { Date = new(2026, 10, 6), Agency = Hv, Subjects = [Baby], Type = InjuryType.Bruise, Site = "arm" }));
        await store.StoreBatchAsync(batch);
        await live.RunAfterBatchAsync(batch);

        var summary = (await alerts.SummariesAsync())[Baby];
        var plan = Assert.Single(summary.Plans);
        Assert.Equal((PlanType.ChildProtection, "Northmoor"), (plan.Plan, plan.LocalAuthority));
        Assert.True(summary.Alerts >= 2, $"{summary.Alerts} alerts"); // bruising-non-mobile and injury-on-plan at least
        Assert.NotNull(summary.LatestAlert);
    }

    private (SightlineStore Store, LiveProtocols Live, SightlineAlerts Alerts) Open()
    {
        var options = database!.BuildContextOptions();
        var contexts = new Contexts(options);
        var store = new SightlineStore(contexts, clock);
        return (store, new LiveProtocols(store, contexts, ProtocolEngine.Default, clock), new SightlineAlerts(contexts));
    }

    private static SourcedEvent Sourced(AgencyId agency, string id, CaseEvent e) => new(new EventSource(agency, id), e);

    private static IntakeBatch Family(params SourcedEvent[] events) => new()
    {
        Agencies =
        [
            new Agency(Hv, "Northmoor Health Visiting", AgencyKind.HealthVisiting, "Northmoor"),
            new Agency(Csc, "Northmoor Children's Social Care", AgencyKind.ChildrensSocialCare, "Northmoor"),
            new Agency(EastHv, "Eastbrook Health Visiting", AgencyKind.HealthVisiting, "Eastbrook"),
        ],
        Persons =
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1998, 5, 1), LocalAuthority = "Northmoor" },
            new Person { Id = Baby, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2026, 9, 20), LocalAuthority = "Northmoor" },
        ],
        Relationships = [new Relationship(Mother, Baby, RelationshipType.Parent)],
        Households = [new Household([Mother, Baby])],
        Events = events,
    };

    private sealed class Contexts(Microsoft.EntityFrameworkCore.DbContextOptions<SightlineDbContext> options)
        : Microsoft.EntityFrameworkCore.IDbContextFactory<SightlineDbContext>
    {
        public SightlineDbContext CreateDbContext() => new(options);
    }
}

/// <summary>The live protocols on SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteLiveProtocolsTests(SqliteFiles files) : LiveProtocolsBehaviour(files), IClassFixture<SqliteFiles>;

/// <summary>The live protocols on PostgreSQL (./test.sh starts the server).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlLiveProtocolsTests(PostgreSqlServer server) : LiveProtocolsBehaviour(server), IClassFixture<PostgreSqlServer>;
