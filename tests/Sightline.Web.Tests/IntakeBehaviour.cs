using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Audit;

namespace Sightline.Web.Tests;

/// <summary>
/// <c>POST /api/events</c> over HTTP (SQLite and PostgreSQL): a good batch is stored and its alerts
/// raised at once; a batch with a bad event is refused whole with every problem listed; a batch sent
/// again is stored once; another agency's batch, the wrong role and no sign-in are refused.
/// </summary>
public abstract class IntakeBehaviour(SiteFixture site)
{
    private const string Path = "/api/events";

    /// <summary>
    /// A batch from the Harts' health visiting about a new family: a mother and her eight-week-old,
    /// not yet mobile, seen with a bruise. Ids and surnames carry <paramref name="tag"/>, so each test has its own family (with one
    /// surname for all, identity resolution would rightly take them for one family sent again under other ids).
    /// </summary>
    private static JsonObject Batch(string tag) => JsonNode.Parse($$"""
        {
          "persons": [
            {"id": "M-{{tag}}", "role": "mother", "sex": "female", "born": "1999-04-02", "name": "Lee Ash-{{tag}}", "postcode": "NM1 2AB", "localAuthority": "Northmoor"},
            {"id": "B-{{tag}}", "role": "child", "sex": "male", "born": "2026-09-25", "name": "Sam Ash-{{tag}}", "localAuthority": "Northmoor"}
          ],
          "relationships": [
            {"from": "M-{{tag}}", "to": "B-{{tag}}", "type": "parent"},
            {"household": ["M-{{tag}}", "B-{{tag}}"]}
          ],
          "events": [
            {"sourceId": "{{tag}}-1", "date": "2026-11-16", "kind": "contact", "subjects": ["B-{{tag}}", "M-{{tag}}"], "mode": "home-visit", "childSeen": true},
            {"sourceId": "{{tag}}-2", "date": "2026-11-20", "kind": "injury", "subjects": ["B-{{tag}}"], "injury": "bruise", "site": "upper arm", "explanation": "caught in the cot bars"}
          ]
        }
        """)!.AsObject();

    private static PersonId Baby(string tag) => new($"{HartFamily.Hv.Value}:B-{tag}");

    private static StringContent Json(JsonNode batch) => new(batch.ToJsonString(), Encoding.UTF8, "application/json");

    private Task<HttpClient> SystemAsync(string role = "agency-system") => Requesters.ClientAsync(site, $"token:hv:{role}");

    [Fact]
    public async Task A_good_batch_is_stored_and_the_alerts_it_raises_come_back()
    {
        var client = await SystemAsync();

        using var response = await client.PostAsync(new Uri(Path, UriKind.Relative), Json(Batch("good")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = reply.RootElement;
        Assert.Equal((2, 0, 2), (root.GetProperty("eventsStored").GetInt32(), root.GetProperty("eventsAlreadyPresent").GetInt32(), root.GetProperty("personsAdded").GetInt32()));
        var alert = Assert.Single(root.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("rule").GetString() == "bruising-non-mobile");
        Assert.Equal([Baby("good").Value], alert.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(HartFamily.Csc.Value, alert.GetProperty("notify").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2026-11-20", alert.GetProperty("raisedOn").GetString());
        Assert.True(root.GetProperty("alertsRaised").GetInt32() >= 1);

        var chronology = await site.Service<SightlineStore>().LoadChronologyAsync(Baby("good"));
        Assert.Equal(["contact", "injury"], chronology.Select(e => e.Event.Kind));
        Assert.All(chronology, e => Assert.Equal(HartFamily.Hv, e.Source.Agency));
        var written = Assert.Single(await site.Service<AuditLog>().RecentAsync(1));
        Assert.Equal((AuditAction.Write, "hv-system", HartFamily.Hv), (written.Action, written.Actor, written.Agency!.Value));
        Assert.StartsWith("api intake batch: 2 events (2 stored, 0 already present)", written.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_sent_again_is_stored_once_and_raises_nothing_new()
    {
        var client = await SystemAsync();
        using var first = await client.PostAsync(new Uri(Path, UriKind.Relative), Json(Batch("again")));
        var events = await site.Service<SightlineStore>().CountEventsAsync();

        using var second = await client.PostAsync(new Uri(Path, UriKind.Relative), Json(Batch("again")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var reply = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        var root = reply.RootElement;
        Assert.Equal((0, 2, 0, 0), (root.GetProperty("eventsStored").GetInt32(), root.GetProperty("eventsAlreadyPresent").GetInt32(), root.GetProperty("personsAdded").GetInt32(), root.GetProperty("alertsRaised").GetInt32()));
        Assert.Empty(root.GetProperty("alerts").EnumerateArray());
        Assert.Equal(events, await site.Service<SightlineStore>().CountEventsAsync());
        Assert.Equal(2, (await site.Service<SightlineStore>().LoadChronologyAsync(Baby("again"))).Count);
    }

    [Fact]
    public async Task A_batch_with_one_bad_event_is_refused_whole_with_every_problem_listed()
    {
        var batch = Batch("bad");
        var injury = batch["events"]![1]!.AsObject();
        injury["injury"] = "graze";
        injury.Remove("site");
        injury["subjects"] = new JsonArray("B-bad", "X-nobody");
        var events = await site.Service<SightlineStore>().CountEventsAsync();

        using var response = await (await SystemAsync()).PostAsync(new Uri(Path, UriKind.Relative), Json(batch));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        Assert.Equal((422, "urn:sightline:problem:invalid-batch"), (root.GetProperty("status").GetInt32(), root.GetProperty("type").GetString()));
        Assert.Equal(
            [
                ("/events/1/subjects/1", "unknown person id 'X-nobody'"),
                ("/events/1/injury", "'graze' is not one of bruise, fracture, burn, head-injury, bite, other"),
                ("/events/1/site", "an injury event needs 'site'"),
            ],
            root.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("pointer").GetString(), e.GetProperty("detail").GetString())));
        Assert.Equal(events, await site.Service<SightlineStore>().CountEventsAsync());
        Assert.Null(await site.Service<SightlineStore>().FindPersonAsync(Baby("bad")));
    }

    [Fact]
    public async Task A_batch_claiming_another_agency_is_refused_and_the_refusal_audited()
    {
        var batch = Batch("claim");
        batch["agency"] = HartFamily.Csc.Value;

        using var response = await (await SystemAsync()).PostAsync(new Uri(Path, UriKind.Relative), Json(batch));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urn:sightline:problem:other-agency", problem.RootElement.GetProperty("type").GetString());
        Assert.Equal("/agency", Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("pointer").GetString());
        Assert.Null(await site.Service<SightlineStore>().FindPersonAsync(Baby("claim")));
        var refusal = Assert.Single(await site.Service<AuditLog>().RecentAsync(1));
        Assert.Equal((AuditAction.Refused, "hv-system"), (refusal.Action, refusal.Actor));
    }

    [Theory]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("token:expired", HttpStatusCode.Unauthorized)]
    [InlineData("token:hv:analyst", HttpStatusCode.Forbidden)]
    [InlineData("token:hv:administrator", HttpStatusCode.Forbidden)]
    [InlineData("analyst", HttpStatusCode.Forbidden)]
    [InlineData("hv", HttpStatusCode.OK)]
    [InlineData("token:hv:practitioner", HttpStatusCode.OK)]
    [InlineData("token:hv:manager", HttpStatusCode.OK)]
    public async Task Only_an_agencys_systems_and_its_people_who_work_with_records_may_send(string who, HttpStatusCode expected)
    {
        var client = await Requesters.ClientAsync(site, who);
        var tag = $"who-{who.Replace(':', '-')}";

        using var response = await client.PostAsync(new Uri(Path, UriKind.Relative), Json(Batch(tag)));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, await site.Service<SightlineStore>().FindPersonAsync(Baby(tag)) is not null);
    }

    [Fact]
    public async Task A_source_id_stored_with_other_content_is_a_conflict()
    {
        var client = await SystemAsync();
        using var first = await client.PostAsync(new Uri(Path, UriKind.Relative), Json(Batch("conflict")));
        var changed = Batch("conflict");
        changed["events"]![1]!["site"] = "forearm";

        using var second = await client.PostAsync(new Uri(Path, UriKind.Relative), Json(changed));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Contains("'conflict-2'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_bad_request_and_one_not_declared_json_is_unsupported()
    {
        var client = await SystemAsync();

        using var broken = await client.PostAsync(new Uri(Path, UriKind.Relative), new StringContent("{\"events\": [", Encoding.UTF8, "application/json"));
        using var text = await client.PostAsync(new Uri(Path, UriKind.Relative), new StringContent(Batch("text").ToJsonString(), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        using var problem = JsonDocument.Parse(await broken.Content.ReadAsStringAsync());
        Assert.StartsWith("invalid JSON at line 1", problem.RootElement.GetProperty("errors")[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task An_agency_sending_too_fast_is_told_to_slow_down()
    {
        var settings = new Dictionary<string, string>(site.Settings) { ["Sightline:RateLimits:IntakeBatchesPerMinute"] = "1" };
        await using var limited = site.Site(settings);
        var client = site.Anonymous(limited);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", site.Tokens.For("hv-system", HartFamily.Hv, "agency-system"));

        using var first = await client.PostAsync(new Uri(Path, UriKind.Relative), Json(Batch("fast")));
        using var second = await client.PostAsync(new Uri(Path, UriKind.Relative), Json(Batch("fast")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }
}
