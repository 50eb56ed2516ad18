using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Access;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;
using Sightline.Storage.Tests.Databases;
using static Sightline.Storage.Tests.AccessFamilies;

namespace Sightline.Storage.Tests;

/// <summary>
/// Why an agency may open a record — involved, holds the plan, notified, break-glass — read from
/// stored records, and break-glass grants with their audit entry and alert. Runs on SQLite
/// (<see cref="SqliteAccessTests"/>) and PostgreSQL (<see cref="PostgreSqlAccessTests"/>).
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit calls IAsyncLifetime.DisposeAsync, which disposes the services.")]
public abstract class AccessBehaviour(ITestDatabases databases) : IAsyncLifetime
{
    private const string Reason = "Child seen at the surgery with a bruise; checking for earlier concerns.";

    // Monday 2 November 2026, mid-morning in London.
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
    private StorageOptions? database;
    private AuditServices? services;

    private AccessFacts Access => services!.Access;

    public async Task InitializeAsync()
    {
        database = await databases.CreateAsync();
        services = new AuditServices(database, clock);
        await services.Store.MigrateAsync();
        foreach (var batch in new[] { Ash(), Birch() })
        {
            await services.Store.StoreBatchAsync(batch);
            await services.Live.RunAfterBatchAsync(batch);
        }
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
    public async Task An_agency_that_recorded_an_event_about_the_child_is_involved()
    {
        Assert.Equal(AccessBasis.Involved, await Access.BasisAsync(NorthHv, "hv.jo", AshBaby));
    }

    [Fact]
    public async Task An_agency_that_recorded_an_event_about_someone_in_the_household_is_involved_with_the_child()
    {
        Assert.Equal(AccessBasis.Involved, await Access.BasisAsync(NorthPolice, "police.sam", BirchChild));
    }

    [Fact]
    public async Task An_agency_involved_with_a_child_is_involved_with_the_adults_who_live_with_it()
    {
        Assert.Equal(AccessBasis.Involved, await Access.BasisAsync(NorthHv, "hv.jo", AshMother));
        Assert.Equal(AccessBasis.Involved, await Access.BasisAsync(NorthPolice, "police.sam", BirchMother));
    }

    [Fact]
    public async Task An_agency_involved_with_a_child_is_not_thereby_involved_with_a_grandparent_living_elsewhere()
    {
        Assert.Null(await Access.BasisAsync(NorthHv, "hv.jo", AshGrandmother));
    }

    [Fact]
    public async Task Childrens_social_care_of_the_area_now_holding_the_plan_holds_it()
    {
        Assert.Equal(AccessBasis.HoldsPlan, await Access.BasisAsync(EastCsc, "csc.kim", BirchChild));
        Assert.Equal(AccessBasis.HoldsPlan, await Access.BasisAsync(EastCsc, "csc.kim", BirchFather));
        // The area that started the plan recorded events about the child: involved, not merely holding.
        Assert.Equal(AccessBasis.Involved, await Access.BasisAsync(NorthCsc, "csc.lee", BirchChild));
    }

    [Fact]
    public async Task An_agency_an_alert_about_the_child_notified_is_notified()
    {
        var alert = Assert.Single(await services!.Alerts.ForPersonAsync(AshBaby), a => a.Alert.Rule == "bruising-non-mobile");
        Assert.Contains(NorthCsc, alert.Alert.Notify);

        Assert.Equal(AccessBasis.Notified, await Access.BasisAsync(NorthCsc, "csc.lee", AshBaby));
        // The alert named only the baby.
        Assert.Null(await Access.BasisAsync(NorthCsc, "csc.lee", AshMother));
    }

    [Fact]
    public async Task An_uninvolved_agency_has_no_basis()
    {
        Assert.Null(await Access.BasisAsync(EastGp, "gp.eve", AshBaby));
        Assert.Null(await Access.BasisAsync(EastGp, "gp.eve", BirchChild));
        Assert.Null(await Access.BasisAsync(NorthHv, "hv.jo", BirchChild));
    }

    [Fact]
    public async Task An_unknown_person_has_no_basis()
    {
        Assert.Null(await Access.BasisAsync(NorthHv, "hv.jo", new PersonId("nobody")));
    }

    [Fact]
    public async Task Deciding_many_at_once_gives_each_the_answer_deciding_one_gives()
    {
        foreach (var batch in new[] { Cedar(), CedarAtTheSurgery() })
        {
            await services!.Store.StoreBatchAsync(batch);
            await services.Live.RunAfterBatchAsync(batch);
        }
        var cedar = await services!.Store.LoadFamilyRecordAsync(CedarBabyAtTheSurgery);
        Assert.Equal(CedarBaby, cedar!.Resolved.Resolve(CedarBabyAtTheSurgery));
        // A grant that has lapsed, one in force on a linked record, and one in force on a child.
        await Access.GrantBreakGlassAsync("police.sam", NorthPolice, AshBaby, Reason, TimeSpan.FromHours(1));
        clock.Advance(TimeSpan.FromMinutes(90));
        await Access.GrantBreakGlassAsync("police.sam", NorthPolice, CedarBabyAtTheSurgery, Reason, TimeSpan.FromHours(4));
        await Access.GrantBreakGlassAsync("gp.eve", EastGp, AshBaby, Reason, TimeSpan.FromHours(4));
        PersonId[] persons = [AshMother, AshBaby, AshGrandmother, BirchMother, BirchFather, BirchChild, CedarMother, CedarBaby, CedarBabyAtTheSurgery, new("nobody")];
        var seen = new HashSet<AccessBasis?>();

        foreach (var agency in Agencies.Select(a => a.Id))
        {
            foreach (var user in new[] { "gp.eve", "police.sam" })
            {
                var many = await Access.BasesAsync(agency, user, persons);
                foreach (var person in persons)
                {
                    var one = await Access.BasisAsync(agency, user, person);
                    AccessBasis? atOnce = many.TryGetValue(person, out var basis) ? basis : null;
                    Assert.True(one == atOnce, $"{agency} {user} {person}: one at a time {one}, all at once {atOnce}");
                    seen.Add(one);
                }
            }
        }

        // The fixture reaches every basis, and none.
        Assert.Equal([null, AccessBasis.Involved, AccessBasis.HoldsPlan, AccessBasis.Notified, AccessBasis.BreakGlass], seen.OrderBy(b => b ?? (AccessBasis)(-1)));
        Assert.Equal(AccessBasis.Involved, await Access.BasisAsync(EastGp, "gp.eve", CedarBaby));
        Assert.Equal(AccessBasis.BreakGlass, (await Access.BasesAsync(NorthPolice, "police.sam", [CedarBaby]))[CedarBaby]);
        Assert.Empty(await Access.BasesAsync(NorthPolice, "police.sam", [AshBaby, new PersonId("nobody")]));
    }

    [Fact]
    public async Task Break_glass_opens_the_record_to_that_user_until_it_expires()
    {
        var grant = await Access.GrantBreakGlassAsync("gp.eve", EastGp, AshBaby, Reason, TimeSpan.FromHours(4));

        Assert.Equal(AccessBasis.BreakGlass, await Access.BasisAsync(EastGp, "gp.eve", AshBaby));
        Assert.Null(await Access.BasisAsync(EastGp, "gp.ola", AshBaby));
        Assert.Null(await Access.BasisAsync(EastGp, "gp.eve", AshMother));

        clock.Advance(TimeSpan.FromHours(4) - TimeSpan.FromSeconds(1));
        Assert.Equal(AccessBasis.BreakGlass, await Access.BasisAsync(EastGp, "gp.eve", AshBaby));
        clock.Advance(TimeSpan.FromSeconds(1));
        // Expired; and the break-glass alert that told the user's own agency is no entitlement.
        Assert.Null(await Access.BasisAsync(EastGp, "gp.eve", AshBaby));

        Assert.Equal(clock.Now, grant.ExpiresAt);
        Assert.Equal([grant], await Access.GrantsForPersonAsync(AshBaby));
    }

    [Fact]
    public async Task A_grant_writes_its_audit_entry_with_the_reason()
    {
        var grant = await Access.GrantBreakGlassAsync("gp.eve", EastGp, AshBaby, Reason, TimeSpan.FromHours(2), "practitioner", "192.0.2.7");

        var entry = Assert.Single(await services!.Audit.ForPersonAsync(AshBaby));

        Assert.Equal(
            ("gp.eve", (AgencyId?)EastGp, "practitioner", AuditAction.BreakGlass, Reason, "192.0.2.7", grant.GrantedAt),
            (entry.Actor, entry.Agency, entry.Role, entry.Action, entry.Why, entry.From, entry.At));
        Assert.Contains($"break-glass grant {grant.Id}", entry.What, StringComparison.Ordinal);
        Assert.True((await services.Audit.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_grant_alerts_childrens_social_care_and_the_users_own_agency()
    {
        var grant = await Access.GrantBreakGlassAsync("gp.eve", EastGp, AshBaby, Reason, TimeSpan.FromHours(4));

        var alert = Assert.Single(await services!.Alerts.ForPersonAsync(AshBaby), a => a.Alert.Rule == AccessFacts.BreakGlassRule);

        Assert.Equal(grant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), alert.Alert.Key);
        Assert.Equal([AshBaby], alert.Alert.Subjects);
        Assert.Equal([EastGp, NorthCsc], alert.Alert.Notify);
        Assert.Equal(new DateOnly(2026, 11, 2), alert.Alert.RaisedOn);
        Assert.Contains("gp.eve of Eastbrook Surgery", alert.Alert.Message, StringComparison.Ordinal);
        Assert.Contains("until 2026-11-02 14:00 UTC", alert.Alert.Message, StringComparison.Ordinal);
        Assert.Contains(Reason, alert.Alert.Message, StringComparison.Ordinal);
        Assert.Contains(await services.Alerts.ForAgencyAsync(EastGp), a => a.Id == alert.Id);
    }

    [Fact]
    public async Task A_grant_on_a_child_whose_plan_moved_alerts_every_involved_childrens_social_care()
    {
        await Access.GrantBreakGlassAsync("hv.jo", NorthHv, BirchChild, Reason, TimeSpan.FromHours(1));

        var alert = Assert.Single(await services!.Alerts.ForPersonAsync(BirchChild), a => a.Alert.Rule == AccessFacts.BreakGlassRule);

        Assert.Equal([EastCsc, NorthCsc, NorthHv], alert.Alert.Notify);
    }

    [Theory]
    [InlineData("urgent")]
    [InlineData("need to see it now")]
    [InlineData("safeguarding-concern-urgent-now")]
    public async Task A_reason_shorter_than_a_sentence_is_refused_and_nothing_is_stored(string reason)
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Access.GrantBreakGlassAsync("gp.eve", EastGp, AshBaby, reason, TimeSpan.FromHours(4)));

        Assert.Equal("reason", refused.ParamName);
        Assert.Empty(await Access.GrantsForPersonAsync(AshBaby));
        Assert.Empty(await services!.Audit.RecentAsync(10));
        Assert.Null(await Access.BasisAsync(EastGp, "gp.eve", AshBaby));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(24 * 60 + 1)]
    public async Task A_duration_outside_a_day_is_refused(int minutes)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Access.GrantBreakGlassAsync("gp.eve", EastGp, AshBaby, Reason, TimeSpan.FromMinutes(minutes)));

        Assert.Empty(await Access.GrantsForPersonAsync(AshBaby));
    }

    [Fact]
    public async Task A_grant_for_an_unknown_person_or_agency_is_refused()
    {
        var person = await Assert.ThrowsAsync<ArgumentException>(
            () => Access.GrantBreakGlassAsync("gp.eve", EastGp, new PersonId("nobody"), Reason, TimeSpan.FromHours(1)));
        var agency = await Assert.ThrowsAsync<ArgumentException>(
            () => Access.GrantBreakGlassAsync("gp.eve", new AgencyId("nowhere"), AshBaby, Reason, TimeSpan.FromHours(1)));

        Assert.Equal(("person", "agency"), (person.ParamName, agency.ParamName));
    }
}
