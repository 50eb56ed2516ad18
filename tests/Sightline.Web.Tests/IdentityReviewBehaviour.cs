using System.Net;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Resolution;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests;

/// <summary>
/// The review list: police send their own record of a man who may be the Hart father; the
/// police safeguarding lead sees the pair with its evidence and links them, and the link is
/// audited. Over SQLite and PostgreSQL.
/// </summary>
public abstract class IdentityReviewBehaviour(SiteFixture site)
{
    private static readonly PersonId PoliceRecord = AgencyRecord.PersonId(TestUsers.Police, "NM-5512");

    [Fact]
    public async Task A_lead_sees_an_uncertain_pair_with_its_evidence_and_links_it_and_the_link_is_audited()
    {
        var receipt = await site.Service<SightlineStore>().StoreBatchAsync(new IntakeBatch
        {
            Persons = [new Person { Id = PoliceRecord, Role = PersonRole.OtherAdult, Sex = Sex.Male, Name = "Deano Hart", Born = new(1994, 7, 12) }],
            Events = [new SourcedEvent(new EventSource(TestUsers.Police, "inc-1"), new PoliceIncident { Date = new(2026, 11, 1), Agency = TestUsers.Police, Subjects = [PoliceRecord], Type = PoliceIncidentType.Violence })],
        });
        Assert.Equal(1, receipt.Resolution.Reviews);
        var lead = await site.ClientForAsync("police-lead");

        var page = await GetAsync(lead, "/identity");

        var records = Rows(Table(page, "The two records"));
        Assert.Equal(["Dean Hart", "Deano Hart"], records[0].Order(StringComparer.Ordinal));
        var evidence = Rows(Table(page, "The evidence: how each detail compared, and how much it weighed (positive for the same person)"));
        Assert.Contains(evidence, r => r[0] == "date of birth" && r[1] == "one part different");
        var review = Assert.Single(await site.Service<IdentityDecisions>().OpenReviewsAsync());

        var token = await Forms.TokenAsync(lead, "/identity");
        using var linked = await Forms.PostWithoutTokenAsync(lead, $"/identity?handler=Link&id={review.Id}", new() { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Empty(await site.Service<IdentityDecisions>().OpenReviewsAsync());
        var entries = await site.Service<AuditLog>().ForPersonAsync(PoliceRecord);
        Assert.Contains(entries, e => e.Action == AuditAction.Link && e.Actor == "police-lead");
        Assert.Contains(entries, e => e.Action == AuditAction.Read && e.Actor == "police-lead" && e.What.StartsWith("identity review", StringComparison.Ordinal));
        var after = await GetAsync(lead, "/identity");
        Assert.Contains("Nothing to review", Text(after.QuerySelector("main")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_list_is_for_safeguarding_leads_only()
    {
        await GetAsync(await site.ClientForAsync("police"), "/identity", HttpStatusCode.Forbidden);
    }
}
