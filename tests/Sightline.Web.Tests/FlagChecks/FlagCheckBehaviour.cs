using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests.FlagChecks;

/// <summary>
/// The flag check over HTTP (SQLite and PostgreSQL): what an emergency department sees by NHS
/// number, by name and date of birth, and as FHIR; that every check is audited and a flagged one
/// alerts the responsible area, which sees who checked; and who may not check.
/// </summary>
public abstract class FlagCheckBehaviour(SiteFixture site)
{
    private const string FlaggedRule = "flagged-child-unscheduled-care";

    [Fact]
    public async Task A_child_on_a_plan_is_found_by_NHS_number_as_one_child_across_linked_records_with_the_plan_the_area_its_contacts_and_the_attendances()
    {
        using var json = await CheckAsync($"nhsNumber={FlagFamilies.LilyNhs.Value}");
        var answer = json.RootElement;
        var lily = await PersonOfAsync(FlagFamilies.Lily);

        Assert.Equal("flags", answer.GetProperty("outcome").GetString());
        Assert.Equal("emergency-department", answer.GetProperty("setting").GetString());
        Assert.Equal(365, answer.GetProperty("planEndedWithinDays").GetInt32());
        Assert.StartsWith("FLAGGED. Lily Marsh is on a child protection plan held by Kestrelmoor since 1 Jun 2026.", answer.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var child = Assert.Single(answer.GetProperty("children").EnumerateArray());
        Assert.Equal((lily.Value, "Lily Marsh", "999 100 0003", "2022-04-12"),
            (child.GetProperty("id").GetString(), child.GetProperty("name").GetString(), child.GetProperty("nhsNumber").GetString(), child.GetProperty("born").GetString()));
        Assert.Equal(("nhs-number", 1.0), (child.GetProperty("match").GetProperty("by").GetString(), child.GetProperty("match").GetProperty("confidence").GetDouble()));
        var flag = Assert.Single(child.GetProperty("flags").EnumerateArray());
        Assert.Equal(("child-protection", "physical", "active", "2026-06-01", "Kestrelmoor"),
            (flag.GetProperty("plan").GetString(), flag.GetProperty("category").GetString(), flag.GetProperty("status").GetString(), flag.GetProperty("started").GetString(), flag.GetProperty("area").GetString()));
        Assert.Equal(JsonValueKind.Null, flag.GetProperty("ended").ValueKind);
        Assert.Equal(("self", lily.Value), (flag.GetProperty("holder").GetProperty("relation").GetString(), flag.GetProperty("holder").GetProperty("id").GetString()));
        var area = Assert.Single(child.GetProperty("areas").EnumerateArray());
        Assert.Equal("Kestrelmoor", area.GetProperty("localAuthority").GetString());
        var contact = Assert.Single(area.GetProperty("contacts").EnumerateArray());
        Assert.Equal((FlagFamilies.Csc.Value, FlagFamilies.CscName, FlagFamilies.CscPhone, FlagFamilies.CscEmail, FlagFamilies.CscOutOfHours),
            (contact.GetProperty("agency").GetString(), contact.GetProperty("name").GetString(), contact.GetProperty("phone").GetString(),
             contact.GetProperty("email").GetString(), contact.GetProperty("outOfHoursPhone").GetString()));
        // The hospital's own attendances, newest first (a check made earlier today may sit above them).
        var seen = child.GetProperty("attendances").EnumerateArray()
            .Where(a => !a.GetProperty("reason").GetString()!.StartsWith("flag check", StringComparison.Ordinal))
            .Select(a => (a.GetProperty("date").GetString(), a.GetProperty("setting").GetString(), a.GetProperty("agencyName").GetString(), a.GetProperty("reason").GetString()))
            .ToList();
        // The first is on the hospital's own record of Lily, which resolution linked to hers.
        Assert.Equal(
            [
                ("2026-11-01", "walk-in", FlagFamilies.EdName, "fell down the stairs"),
                ("2026-10-02", "urgent-care", FlagFamilies.EdName, "scald to the hand"),
                ("2026-08-10", "emergency-department", FlagFamilies.EdName, "fall from a climbing frame"),
            ],
            seen);
    }

    [Fact]
    public async Task A_siblings_plan_shows_through_the_household()
    {
        using var json = await CheckAsync($"nhsNumber={FlagFamilies.SamNhs.Value}");
        var child = Assert.Single(json.RootElement.GetProperty("children").EnumerateArray());

        Assert.Equal("flags", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(FlagFamilies.Sam.Value, child.GetProperty("id").GetString());
        var flag = Assert.Single(child.GetProperty("flags").EnumerateArray());
        Assert.Equal(("child-protection", "active"), (flag.GetProperty("plan").GetString(), flag.GetProperty("status").GetString()));
        var holder = flag.GetProperty("holder");
        var lily = await PersonOfAsync(FlagFamilies.Lily);
        Assert.Equal((lily.Value, "Lily Marsh", "household"),
            (holder.GetProperty("id").GetString(), holder.GetProperty("name").GetString(), holder.GetProperty("relation").GetString()));
        Assert.Contains("Lily Marsh, who lives with Sam Marsh, is on a child protection plan", json.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
        // Reading the sibling's plan is a reading of her record too.
        var entries = await site.Service<AuditLog>().ForPersonAsync(lily);
        Assert.Contains(entries, e => e.Why == "flag check" && e.What.Contains($"household member's, checking {FlagFamilies.Sam}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_child_with_no_flags_gets_a_clear_no_flags_answer_which_is_audited_and_records_no_attendance()
    {
        var store = site.Service<SightlineStore>();
        await SeedAsync();
        var before = (await store.LoadChronologyAsync(FlagFamilies.Oscar)).Count;

        using var json = await CheckAsync($"nhsNumber={FlagFamilies.OscarNhs.Formatted}");

        Assert.Equal("no-flags", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("No flags: no child-protection, looked-after or pre-birth plan, active or ended in the last 365 days, for Oscar Hale or anyone in their household.",
            json.RootElement.GetProperty("summary").GetString());
        var child = Assert.Single(json.RootElement.GetProperty("children").EnumerateArray());
        Assert.False(child.GetProperty("flagged").GetBoolean());
        Assert.Empty(child.GetProperty("flags").EnumerateArray());
        var entry = (await site.Service<AuditLog>().ForPersonAsync(FlagFamilies.Oscar))[0];
        Assert.Equal((AuditAction.Read, "ed-system", FlagFamilies.Ed, "practitioner", "flag check"), (entry.Action, entry.Actor, entry.Agency!.Value, entry.Role, entry.Why));
        Assert.StartsWith("flag check at emergency department: NHS number 999 100 0283, found by NHS number: no flags;", entry.What, StringComparison.Ordinal);
        Assert.Equal(before, (await store.LoadChronologyAsync(FlagFamilies.Oscar)).Count);
    }

    [Fact]
    public async Task An_NHS_number_nobody_holds_is_no_record_and_the_search_is_audited()
    {
        using var json = await CheckAsync($"nhsNumber={FlagFamilies.Unknown.Value}");

        Assert.Equal("no-record", json.RootElement.GetProperty("outcome").GetString());
        Assert.Empty(json.RootElement.GetProperty("children").EnumerateArray());
        var entry = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal((AuditAction.Search, null, "flag check"), (entry.Action, entry.Person, entry.Why));
        Assert.Equal("flag check at emergency department: NHS number 999 100 0429: no record, so no flags", entry.What);
    }

    [Fact]
    public async Task A_plan_ended_267_days_ago_shows_and_one_ended_404_days_ago_does_not()
    {
        using var ella = await CheckAsync($"nhsNumber={FlagFamilies.EllaNhs.Value}");
        using var noah = await CheckAsync($"nhsNumber={FlagFamilies.NoahNhs.Value}");

        var flag = Assert.Single(ella.RootElement.GetProperty("children")[0].GetProperty("flags").EnumerateArray());
        Assert.Equal(("looked-after", "ended", "2024-02-01", "2026-03-01", "Rookby"),
            (flag.GetProperty("plan").GetString(), flag.GetProperty("status").GetString(), flag.GetProperty("started").GetString(), flag.GetProperty("ended").GetString(), flag.GetProperty("area").GetString()));
        var area = Assert.Single(ella.RootElement.GetProperty("children")[0].GetProperty("areas").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, area.GetProperty("contacts")[0].GetProperty("phone").ValueKind);
        Assert.Equal("no-flags", noah.RootElement.GetProperty("outcome").GetString());
        Assert.Empty(noah.RootElement.GetProperty("children")[0].GetProperty("flags").EnumerateArray());
    }

    [Fact]
    public async Task A_child_is_matched_by_name_date_of_birth_and_postcode_and_only_when_confident()
    {
        using var matched = await CheckAsync($"name=lily%20marsh&born=2022-04-12&postcode=km12ab");
        using var noPostcode = await CheckAsync($"name=Lily%20Marsh&born=2022-04-12");
        using var wrongDay = await CheckAsync($"name=Lily%20Marsh&born=2022-04-13&postcode=KM1%202AB");

        Assert.Equal("flags", matched.RootElement.GetProperty("outcome").GetString());
        var child = Assert.Single(matched.RootElement.GetProperty("children").EnumerateArray());
        Assert.Equal((await PersonOfAsync(FlagFamilies.Lily)).Value, child.GetProperty("id").GetString());
        var match = child.GetProperty("match");
        Assert.Equal("demographics", match.GetProperty("by").GetString());
        Assert.True(match.GetProperty("confidence").GetDouble() >= 0.99);
        Assert.Contains("postcode: same postcode", match.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("no-confident-match", noPostcode.RootElement.GetProperty("outcome").GetString());
        Assert.StartsWith("Not found: no child matches name 'Lily Marsh', born 2022-04-12, no postcode confidently", noPostcode.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Empty(noPostcode.RootElement.GetProperty("children").EnumerateArray());
        Assert.Equal("no-confident-match", wrongDay.RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_check_is_audited_alerts_the_responsible_area_once_a_day_and_the_area_sees_who_checked_when_and_where()
    {
        await SeedAsync();
        var alerts = site.Service<SightlineAlerts>();
        Assert.DoesNotContain(await alerts.ForPersonAsync(FlagFamilies.Ivy), a => a.Alert.Rule == FlaggedRule);

        using (await CheckAsync($"nhsNumber={FlagFamilies.IvyNhs.Value}&setting=urgent-care"))
        {
        }
        using (await CheckAsync($"nhsNumber={FlagFamilies.IvyNhs.Value}&setting=urgent-care"))
        {
        }
        // The attendances are recorded just after the answers, the checks queued meanwhile
        // together and their families' rules in one transaction: once a later check's alert is
        // raised, both of Ivy's checks have been dealt with.
        using (await CheckAsync($"nhsNumber={FlagFamilies.LilyNhs.Value}&setting=out-of-hours"))
        {
        }
        var lily = await PersonOfAsync(FlagFamilies.Lily);
        await EventuallyAsync(async () => (await alerts.ForPersonAsync(lily))
            .Any(a => a.Alert.Rule == FlaggedRule && a.Alert.Message.Contains("seen at out of hours", StringComparison.Ordinal)));

        var raised = Assert.Single(await alerts.ForPersonAsync(FlagFamilies.Ivy), a => a.Alert.Rule == FlaggedRule);
        Assert.Contains(FlagFamilies.Csc, raised.Alert.Notify);
        Assert.Contains(FlagFamilies.Ed, raised.Alert.Notify);
        Assert.Contains("seen at urgent care", raised.Alert.Message, StringComparison.Ordinal);
        Assert.Contains(await alerts.ForAgencyAsync(FlagFamilies.Csc), a => a.Id == raised.Id);
        var attendances = (await site.Service<SightlineStore>().LoadChronologyAsync(FlagFamilies.Ivy)).Where(e => e.Event is Attendance).ToList();
        var recorded = Assert.Single(attendances);
        Assert.Equal(new EventSource(FlagFamilies.Ed, $"flag-check/2026-11-23/urgent-care/{FlagFamilies.Ivy}"), recorded.Source);
        Assert.Equal((new DateOnly(2026, 11, 23), CareSetting.UrgentCare), (recorded.Event.Date, ((Attendance)recorded.Event).Setting));

        var reads = (await site.Service<AuditLog>().ForPersonAsync(FlagFamilies.Ivy)).Where(e => e.Why == "flag check").ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, e => Assert.Equal((AuditAction.Read, "ed-system", FlagFamilies.Ed), (e.Action, e.Actor, e.Agency!.Value)));
        Assert.All(reads, e => Assert.StartsWith("flag check at urgent care: NHS number 999 100 0356, found by NHS number: 1 flag shown;", e.What, StringComparison.Ordinal));

        using var checks = JsonDocument.Parse(await GetStringAsync(Client("csc-system", FlagFamilies.Csc, "practitioner"), $"/api/children/{FlagFamilies.Ivy}/flag-checks"));
        var first = checks.RootElement[0];
        Assert.Equal(2, checks.RootElement.GetArrayLength());
        Assert.Equal(("ed-system", FlagFamilies.Ed.Value, FlagFamilies.EdName, "practitioner", "flag check at urgent care"),
            (first.GetProperty("who").GetString(), first.GetProperty("agency").GetString(), first.GetProperty("agencyName").GetString(),
             first.GetProperty("role").GetString(), first.GetProperty("where").GetString()));
        Assert.Equal(MovableClock.Monday, first.GetProperty("at").GetDateTimeOffset());

        var page = await GetAsync(Client("csc-system", FlagFamilies.Csc, "practitioner"), $"/children/{FlagFamilies.Ivy}");
        var history = Rows(Table(page, "Access history"));
        Assert.Contains(history, row => row.Contains("ed-system") && row.Contains(FlagFamilies.EdName) && row.Contains("flag check at urgent care"));
    }

    [Fact]
    public async Task Flagged_checks_made_together_are_recorded_together_each_attendance_once_and_each_alert_once()
    {
        await SeedAsync();
        var ella = await PersonOfAsync(FlagFamilies.Ella);
        var sam = await PersonOfAsync(FlagFamilies.Sam);
        string[] settings = ["walk-in", "out-of-hours"];
        var checks = new[] { FlagFamilies.EllaNhs, FlagFamilies.SamNhs }.SelectMany(n => settings.Select(s => $"nhsNumber={n.Value}&setting={s}")).ToList();

        // Each check twice, all at once: the background service records whatever is queued together.
        var answers = await Task.WhenAll(checks.Concat(checks).Select(CheckAsync));
        Assert.All(answers, a => Assert.Equal("flags", a.RootElement.GetProperty("outcome").GetString()));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        var alerts = site.Service<SightlineAlerts>();
        var store = site.Service<SightlineStore>();
        foreach (var child in new[] { ella, sam })
        {
            await EventuallyAsync(async () => (await alerts.ForPersonAsync(child))
                .Count(a => a.Alert.Rule == FlaggedRule && (a.Alert.Message.Contains("seen at walk in", StringComparison.Ordinal) || a.Alert.Message.Contains("seen at out of hours", StringComparison.Ordinal))) == 2);
            var wanted = settings.Select(s => $"flag-check/2026-11-23/{s}/{child}").Order(StringComparer.Ordinal).ToList();
            var recorded = (await store.LoadChronologyAsync(child)).Select(e => e.Source.SourceId).Where(wanted.Contains).Order(StringComparer.Ordinal);
            Assert.Equal(wanted, recorded);
        }
    }

    [Fact]
    public async Task A_site_that_stops_records_the_flagged_checks_it_answered_first()
    {
        await SeedAsync();
        var ella = await PersonOfAsync(FlagFamilies.Ella);
        await using (var stopping = site.Site(site.Settings))
        {
            var client = site.Anonymous(stopping);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", site.Tokens.For("ed-system", FlagFamilies.Ed, "practitioner"));
            using var response = await client.GetAsync(new Uri($"/api/flags?nhsNumber={FlagFamilies.EllaNhs.Value}&setting=urgent-care", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Stopped at once after the answer: the queued attendance was recorded before the site stopped.
        Assert.Contains(await site.Service<SightlineStore>().LoadChronologyAsync(ella), e => e.Source.SourceId == $"flag-check/2026-11-23/urgent-care/{ella}");
    }

    [Theory]
    [InlineData("police", "practitioner", "a police agency is not an unscheduled-care setting")]
    [InlineData("csc", "practitioner", "a children's social care agency is not an unscheduled-care setting")]
    [InlineData("ed", "analyst", "role analyst may not check flags")]
    [InlineData("ed", "administrator", "role administrator may not check flags")]
    public async Task A_role_or_agency_that_may_not_check_is_refused_and_the_refusal_audited(string agency, string role, string why)
    {
        await SeedAsync();
        var id = agency switch
        {
            "police" => TestUsers.Police,
            "csc" => FlagFamilies.Csc,
            _ => FlagFamilies.Ed,
        };
        var client = Client($"{agency}-{role}", id, role);

        using var response = await client.GetAsync(new Uri($"/api/flags?nhsNumber={FlagFamilies.LilyNhs.Value}", UriKind.Relative));
        using var fhir = await client.GetAsync(new Uri($"/fhir/Flag?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|{FlagFamilies.LilyNhs.Value}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Lily", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, fhir.StatusCode);
        Assert.Contains("\"forbidden\"", await fhir.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refusals = (await site.Service<AuditLog>().RecentAsync(2)).ToList();
        Assert.All(refusals, e => Assert.Equal((AuditAction.Refused, $"{agency}-{role}", id, why), (e.Action, e.Actor, e.Agency!.Value, e.Why)));
        Assert.Equal("flag check at emergency department: NHS number 999 100 0003", refusals[1].What);
    }

    [Fact]
    public async Task The_FHIR_Flag_search_returns_the_childs_flags_as_a_searchset_bundle()
    {
        await SeedAsync();
        var client = Client("ed-system", FlagFamilies.Ed, "practitioner");

        using var response = await client.GetAsync(new Uri($"/fhir/Flag?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|{FlagFamilies.SamNhs.Value}", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var bundle = json.RootElement;
        Assert.Equal(("Bundle", "searchset", 1), (bundle.GetProperty("resourceType").GetString(), bundle.GetProperty("type").GetString(), bundle.GetProperty("total").GetInt32()));
        var flag = bundle.GetProperty("entry")[0].GetProperty("resource");
        Assert.Equal(("Flag", "active", "child-protection"),
            (flag.GetProperty("resourceType").GetString(), flag.GetProperty("status").GetString(), flag.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString()));
        Assert.Equal((FlagFamilies.SamNhs.Value, "Sam Marsh"),
            (flag.GetProperty("subject").GetProperty("identifier").GetProperty("value").GetString(), flag.GetProperty("subject").GetProperty("display").GetString()));
        Assert.Equal("2026-06-01", flag.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal(FlagFamilies.CscName, flag.GetProperty("author").GetProperty("display").GetString());
        var extensions = flag.GetProperty("extension").EnumerateArray().ToDictionary(e => e.GetProperty("url").GetString()!);
        Assert.Equal("Lily Marsh", extensions["https://sightline.example/fhir/StructureDefinition/household-member-plan"].GetProperty("valueString").GetString());
        var area = extensions["https://sightline.example/fhir/StructureDefinition/responsible-area"].GetProperty("extension").EnumerateArray()
            .ToDictionary(e => e.GetProperty("url").GetString()!);
        Assert.Equal(FlagFamilies.CscOutOfHours, area["outOfHoursPhone"].GetProperty("valueContactPoint").GetProperty("value").GetString());
        Assert.Contains("Out of hours: 01632 960 911.", flag.GetProperty("text").GetProperty("div").GetString(), StringComparison.Ordinal);

        using var none = await client.GetAsync(new Uri($"/fhir/Flag?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|{FlagFamilies.OscarNhs.Value}", UriKind.Relative));
        using var empty = JsonDocument.Parse(await none.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, 0), (none.StatusCode, empty.RootElement.GetProperty("total").GetInt32()));

        using var bad = await client.GetAsync(new Uri("/fhir/Flag?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|1234567890", UriKind.Relative));
        using var outcome = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("OperationOutcome", outcome.RootElement.GetProperty("resourceType").GetString());
        var issue = outcome.RootElement.GetProperty("issue")[0];
        Assert.Equal(("error", "value", "patient.identifier"), (issue.GetProperty("severity").GetString(), issue.GetProperty("code").GetString(), issue.GetProperty("expression")[0].GetString()));
        Assert.Contains("not a valid NHS number", issue.GetProperty("diagnostics").GetString(), StringComparison.Ordinal);

        using var missing = await client.GetAsync(new Uri("/fhir/Flag", UriKind.Relative));
        using var required = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.BadRequest, "required"), (missing.StatusCode, required.RootElement.GetProperty("issue")[0].GetProperty("code").GetString()));

        using var anonymous = await site.Anonymous().GetAsync(new Uri($"/fhir/Flag?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|{FlagFamilies.SamNhs.Value}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("OperationOutcome", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_query_is_400_problem_details_naming_every_parameter()
    {
        await SeedAsync();

        using var response = await Client("ed-system", FlagFamilies.Ed, "practitioner")
            .GetAsync(new Uri("/api/flags?name=&born=2022-13-01&postcode=nowhere&setting=ward", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            [("setting", "'ward' is not a setting: emergency-department, urgent-care, walk-in or out-of-hours"),
             ("name", "the child's name is required when the NHS number is not given"),
             ("born", "'2022-13-01' is not a date written YYYY-MM-DD"),
             ("postcode", "'nowhere' is not a UK postcode")],
            json.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("parameter").GetString(), e.GetProperty("detail").GetString())));
    }

    [Fact]
    public async Task Checks_beyond_the_agencys_rate_are_refused_with_429()
    {
        await SeedAsync();
        var settings = new Dictionary<string, string>(site.Settings) { ["Sightline:RateLimits:FlagChecksPerMinute"] = "2" };
        await using var limited = site.Site(settings);
        var client = site.Anonymous(limited);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", site.Tokens.For("ed-system", FlagFamilies.Ed, "practitioner"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri($"/api/flags?nhsNumber={FlagFamilies.OscarNhs.Value}", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>Waits until the condition holds, as something done in the background comes to pass; fails after 30 seconds.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(50, deadline.Token);
        }
    }

    private async Task<JsonDocument> CheckAsync(string query)
    {
        await SeedAsync();
        return JsonDocument.Parse(await GetStringAsync(Client("ed-system", FlagFamilies.Ed, "practitioner"), $"/api/flags?{query}"));
    }

    private static async Task<string> GetStringAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{body}");
        return body;
    }

    /// <summary>A client with a bearer token for a system of the agency; its audit actor is <paramref name="client"/>.</summary>
    private HttpClient Client(string client, AgencyId agency, string role)
    {
        var http = site.Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", site.Tokens.For(client, agency, role));
        return http;
    }

    /// <summary>The id of the person a record is, as identity resolution linked it (the record stored first names the person).</summary>
    private async Task<PersonId> PersonOfAsync(PersonId record)
    {
        await SeedAsync();
        return Assert.Single(await site.Service<SightlineStore>().ResolveRecordsAsync([record])).Person;
    }

    private Task SeedAsync() => FlagFamilies.StoreAsync(site);
}
