using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Dom;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests.FlagChecks;

/// <summary>
/// The flag check page (<c>/flag-check</c>) over HTTP (SQLite and PostgreSQL), as a nurse at
/// triage uses it: the answer for a flagged child, a clear, no record and no confident match; the
/// error summary for what cannot be checked; that a check from the page is recorded as the API's
/// is (audited, the attendance stored, the area alerted); and who may not use it.
/// </summary>
public abstract class FlagCheckPageBehaviour(SiteFixture site)
{
    private const string FlaggedRule = "flagged-child-unscheduled-care";

    [Fact]
    public async Task A_flagged_child_by_NHS_number_with_spaces_shows_the_flag_panel_the_plan_whom_to_call_and_the_attendances()
    {
        var page = await CheckAsync("nhsNumber=999+100+0003");

        var answer = Answer(page);
        Assert.Contains("app-flag-answer--flagged", answer.ClassList);
        Assert.Equal("FLAGGED", Text(answer.QuerySelector("h1")!));
        Assert.StartsWith("Lily Marsh is on a child protection plan held by Kestrelmoor since 1 Jun 2026.", Text(answer.QuerySelector("p")!), StringComparison.Ordinal);
        Assert.StartsWith("FLAGGED:", page.Title, StringComparison.Ordinal);
        var flag = Assert.Single(Rows(page.QuerySelector(".app-table--flags")!));
        Assert.Equal(["Child protection plan category: physical", "Lily Marsh's own", "Kestrelmoor", "Since 1 Jun 2026"], flag);
        var contact = Text(Assert.Single(page.QuerySelectorAll(".app-contact")));
        Assert.Contains(FlagFamilies.CscName, contact, StringComparison.Ordinal);
        Assert.Contains($"Phone {FlagFamilies.CscPhone}", contact, StringComparison.Ordinal);
        Assert.Contains($"Out of hours {FlagFamilies.CscOutOfHours}", contact, StringComparison.Ordinal);
        Assert.Contains($"Email {FlagFamilies.CscEmail}", contact, StringComparison.Ordinal);
        var seen = Rows(Table(page, "Unscheduled-care attendances of Lily Marsh (the last 25)"))
            .Where(row => !row[3].StartsWith("flag check", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
            [
                ["1 Nov 2026", "Walk in", FlagFamilies.EdName, "fell down the stairs"],
                ["2 Oct 2026", "Urgent care", FlagFamilies.EdName, "scald to the hand"],
                ["10 Aug 2026", "Emergency department", FlagFamilies.EdName, "fall from a climbing frame"],
            ],
            seen);
        Assert.Equal(
            "This check was recorded, with your name and agency. The responsible area, Kestrelmoor, is told that Lily Marsh was seen at emergency department today, and the attendance is added to the record.",
            Text(page.QuerySelector("#check-recorded")!));
        // The form stays, with the number, for the next child; and nothing but the site's own script.
        Assert.Equal("999 100 0003", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#nhs-number")!.Value);
        AssertOnlyTheSiteScript(page);
    }

    [Fact]
    public async Task A_siblings_plan_flags_the_child_and_names_whose_it_is()
    {
        var page = await CheckAsync($"nhsNumber={FlagFamilies.SamNhs.Value}");

        Assert.Contains("app-flag-answer--flagged", Answer(page).ClassList);
        var flag = Assert.Single(Rows(page.QuerySelector(".app-table--flags")!));
        Assert.Equal("Lily Marsh, who lives with Sam Marsh", flag[1]);
    }

    [Fact]
    public async Task A_child_with_no_flags_is_a_clear_an_unknown_number_is_no_record_and_neither_tells_an_area()
    {
        var clear = await CheckAsync($"nhsNumber={FlagFamilies.OscarNhs.Value}");
        var unknown = await CheckAsync($"nhsNumber={FlagFamilies.Unknown.Formatted}");

        Assert.Contains("app-flag-answer--clear", Answer(clear).ClassList);
        Assert.Equal("No safeguarding flags held", Text(Answer(clear).QuerySelector("h1")!));
        Assert.Empty(clear.QuerySelectorAll(".app-table--flags"));
        Assert.Equal("This check was recorded, with your name and agency. No area was told: the child has no flags.", Text(clear.QuerySelector("#check-recorded")!));
        Assert.Contains("app-flag-answer--no-record", Answer(unknown).ClassList);
        Assert.Equal("No record", Text(Answer(unknown).QuerySelector("h1")!));
        Assert.Equal("No flags: Sightline holds no record of NHS number 999 100 0429, so it knows of no child-protection, looked-after or pre-birth plan for this child.",
            Text(Answer(unknown).QuerySelector("p")!));
        Assert.Empty(unknown.QuerySelectorAll(".app-flag-record"));
        Assert.Equal(
            "This check was recorded, with your name and agency. No area was told: no child was found.",
            Text(unknown.QuerySelector("#check-recorded")!));
        var entry = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal((AuditAction.Search, "ed-nurse", "flag check at emergency department: NHS number 999 100 0429: no record, so no flags"), (entry.Action, entry.Actor, entry.What));
    }

    [Fact]
    public async Task By_name_date_of_birth_and_postcode_a_confident_match_is_answered_and_without_a_postcode_Sightline_cannot_say()
    {
        var matched = await CheckAsync("name=lily+marsh&bornDay=12&bornMonth=4&bornYear=2022&postcode=km12ab&setting=urgent-care");
        var unsure = await CheckAsync("name=Lily+Marsh&bornDay=12&bornMonth=04&bornYear=2022");

        Assert.Contains("app-flag-answer--flagged", Answer(matched).ClassList);
        Assert.StartsWith("Name, date of birth and postcode: a ", Text(matched.QuerySelectorAll(".app-flag-record .govuk-summary-list__value")[2]), StringComparison.Ordinal);
        Assert.Contains("seen at urgent care today", Text(matched.QuerySelector("#check-recorded")!), StringComparison.Ordinal);
        var answer = Answer(unsure);
        Assert.Contains("app-flag-answer--cannot-say", answer.ClassList);
        Assert.DoesNotContain("app-flag-answer--clear", answer.ClassList);
        Assert.Equal("No confident match — Sightline cannot say", Text(answer.QuerySelector("h1")!));
        Assert.StartsWith("Not found: no child matches name 'Lily Marsh', born 2022-04-12, no postcode confidently", Text(answer.QuerySelector("p")!), StringComparison.Ordinal);
        Assert.NotNull(unsure.QuerySelector("details#demographics[open]"));
    }

    [Theory]
    [InlineData("nhsNumber=999+100+0004", "nhs-number", "Enter a real NHS number: the last digit of this one does not check")]
    [InlineData("nhsNumber=12345", "nhs-number", "Enter an NHS number of 10 digits, like 943 476 5919")]
    [InlineData("setting=walk-in&name=&bornDay=", "", "")]
    [InlineData("name=Lily+Marsh", "born-day", "Enter the child's date of birth")]
    [InlineData("name=Lily+Marsh&bornDay=31&bornMonth=2&bornYear=2022", "born-day", "Date of birth must be a real date, like 12 4 2022")]
    [InlineData("name=Lily+Marsh&bornDay=12&bornYear=2022", "born-month", "Date of birth must include a month")]
    [InlineData("bornDay=12&bornMonth=4&bornYear=2022&postcode=KM1+2AB", "name", "Enter the child's full name")]
    [InlineData("name=Lily+Marsh&bornDay=12&bornMonth=4&bornYear=2027", "born-day", "Date of birth must be today or in the past")]
    [InlineData("name=Lily+Marsh&bornDay=12&bornMonth=4&bornYear=2022&postcode=nowhere", "postcode", "Enter a real postcode, like KM1 2AB")]
    [InlineData("nhsNumber=9991000003&setting=ward", "setting", "Select where the child is being seen")]
    public async Task What_cannot_be_checked_is_explained_in_the_error_summary_linked_to_its_field_and_nothing_is_checked(string query, string field, string message)
    {
        await FlagFamilies.StoreAsync(site);
        var before = await LatestAsync();

        var page = await CheckAsync(query);

        Assert.Null(page.QuerySelector("#flag-answer"));
        if (field.Length == 0)
        {
            // An empty form is the form, not a problem.
            Assert.Null(page.QuerySelector(".govuk-error-summary"));
            Assert.Equal("Check for safeguarding flags", Text(page.QuerySelector("h1")!));
            return;
        }
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var link = Assert.Single(page.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.Equal((message, $"#{field}"), (Text(link), link.GetAttribute("href")));
        Assert.NotNull(page.GetElementById(field));
        Assert.Contains(page.QuerySelectorAll(".govuk-error-message"), e => Text(e) == $"Error: {message}");
        if (field is "name" or "postcode" || field.StartsWith("born", StringComparison.Ordinal))
        {
            Assert.NotNull(page.QuerySelector("details#demographics[open]"));
        }
        Assert.Equal(before, await LatestAsync());
    }

    [Fact]
    public async Task A_check_from_the_page_is_recorded_as_the_APIs_the_area_is_alerted_and_sees_who_checked()
    {
        await FlagFamilies.StoreAsync(site);
        var alerts = site.Service<SightlineAlerts>();
        Assert.DoesNotContain(await alerts.ForPersonAsync(FlagFamilies.Ivy), a => a.Alert.Rule == FlaggedRule);

        var page = await CheckAsync($"nhsNumber={FlagFamilies.IvyNhs.Value}&setting=walk-in");

        Assert.Contains("app-flag-answer--flagged", Answer(page).ClassList);
        var store = site.Service<SightlineStore>();
        var source = $"flag-check/2026-11-23/walk-in/{FlagFamilies.Ivy}";
        await EventuallyAsync(async () => (await store.LoadChronologyAsync(FlagFamilies.Ivy)).Any(e => e.Source.SourceId == source));
        var recorded = Assert.Single(await store.LoadChronologyAsync(FlagFamilies.Ivy), e => e.Event is Attendance);
        Assert.Equal((FlagFamilies.Ed, CareSetting.WalkIn), (recorded.Source.Agency, ((Attendance)recorded.Event).Setting));
        await EventuallyAsync(async () => (await alerts.ForPersonAsync(FlagFamilies.Ivy)).Any(a => a.Alert.Rule == FlaggedRule));
        var raised = Assert.Single(await alerts.ForPersonAsync(FlagFamilies.Ivy), a => a.Alert.Rule == FlaggedRule);
        Assert.Contains(raised.Alert.Notify, a => a == FlagFamilies.Csc);
        Assert.Contains("seen at walk in", raised.Alert.Message, StringComparison.Ordinal);

        var read = Assert.Single(await site.Service<AuditLog>().ForPersonAsync(FlagFamilies.Ivy), e => e.Why == "flag check");
        Assert.Equal((AuditAction.Read, "ed-nurse", FlagFamilies.Ed), (read.Action, read.Actor, read.Agency!.Value));
        Assert.StartsWith("flag check at walk in: NHS number 999 100 0356, found by NHS number: 1 flag shown;", read.What, StringComparison.Ordinal);

        var social = Client("csc-worker", FlagFamilies.Csc, "practitioner");
        using var checks = JsonDocument.Parse(await (await social.GetAsync(new Uri($"/api/children/{FlagFamilies.Ivy}/flag-checks", UriKind.Relative))).Content.ReadAsStringAsync());
        var check = Assert.Single(checks.RootElement.EnumerateArray());
        Assert.Equal(("ed-nurse", "flag check at walk in"), (check.GetProperty("who").GetString(), check.GetProperty("where").GetString()));
        var child = await GetAsync(social, $"/children/{FlagFamilies.Ivy}");
        Assert.Contains(Rows(Table(child, "Access history")), row => row.Contains("ed-nurse") && row.Contains(FlagFamilies.EdName) && row.Contains("flag check at walk in"));
    }

    [Theory]
    [InlineData("police", "practitioner", "a police agency is not an unscheduled-care setting")]
    [InlineData("csc", "practitioner", "a children's social care agency is not an unscheduled-care setting")]
    [InlineData("ed", "analyst", "role analyst may not check flags")]
    public async Task A_user_who_may_not_check_flags_gets_403_for_the_page_and_a_check_is_not_made_and_the_refusal_is_audited(string agency, string role, string why)
    {
        await FlagFamilies.StoreAsync(site);
        var id = agency switch
        {
            "police" => TestUsers.Police,
            "csc" => FlagFamilies.Csc,
            _ => FlagFamilies.Ed,
        };
        var client = Client($"{agency}-{role}", id, role);

        using var empty = await client.GetAsync(new Uri("/flag-check", UriKind.Relative));
        var emptyRefusal = (await site.Service<AuditLog>().RecentAsync(1))[0];
        using var checking = await client.GetAsync(new Uri($"/flag-check?nhsNumber={FlagFamilies.LilyNhs.Value}", UriKind.Relative));
        var checkRefusal = (await site.Service<AuditLog>().RecentAsync(1))[0];

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (empty.StatusCode, checking.StatusCode));
        Assert.DoesNotContain("Lily", await checking.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((AuditAction.Refused, $"{agency}-{role}", "flag check page", why), (emptyRefusal.Action, emptyRefusal.Actor, emptyRefusal.What, emptyRefusal.Why));
        Assert.Equal((AuditAction.Refused, "flag check at emergency department: NHS number 999 100 0003", why), (checkRefusal.Action, checkRefusal.What, checkRefusal.Why));
        if (role == "practitioner")
        {
            var home = await GetAsync(client, "/");
            Assert.DoesNotContain(home.QuerySelectorAll(".govuk-service-navigation__link"), a => a.GetAttribute("href") == "/flag-check");
        }
    }

    [Fact]
    public async Task The_navigation_offers_the_flag_check_to_unscheduled_care_staff()
    {
        await FlagFamilies.StoreAsync(site);

        var page = await GetAsync(Client("ed-nurse", FlagFamilies.Ed, "practitioner"), "/flag-check");

        var link = Assert.Single(page.QuerySelectorAll(".govuk-service-navigation__link"), a => a.GetAttribute("href") == "/flag-check");
        Assert.Equal(("Check for flags", "page"), (Text(link), link.GetAttribute("aria-current")));
        Assert.Equal("Check for safeguarding flags", Text(page.QuerySelector("h1")!));
        Assert.Equal("setting", page.QuerySelector("input[name=setting][checked]")!.Id);
    }

    [Fact]
    public async Task Checks_beyond_the_agencys_rate_are_refused_with_429_as_the_APIs_are()
    {
        await FlagFamilies.StoreAsync(site);
        var settings = new Dictionary<string, string>(site.Settings) { ["Sightline:RateLimits:FlagChecksPerMinute"] = "2" };
        await using var limited = site.Site(settings);
        var client = site.Anonymous(limited);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", site.Tokens.For("ed-nurse", FlagFamilies.Ed, "practitioner"));

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { $"/flag-check?nhsNumber={FlagFamilies.OscarNhs.Value}", $"/api/flags?nhsNumber={FlagFamilies.OscarNhs.Value}", $"/flag-check?nhsNumber={FlagFamilies.OscarNhs.Value}" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>The sequence of the audit log's latest entry, if any.</summary>
    private async Task<long?> LatestAsync()
    {
        var latest = await site.Service<AuditLog>().RecentAsync(1);
        return latest.Count == 0 ? null : latest[0].Sequence;
    }

    private static IElement Answer(IDocument page) =>
        page.QuerySelector("#flag-answer") ?? throw new Xunit.Sdk.XunitException($"No answer panel in:\n{page.Body?.OuterHtml}");

    /// <summary>The page for a check, as the emergency department's nurse.</summary>
    private async Task<IDocument> CheckAsync(string query)
    {
        await FlagFamilies.StoreAsync(site);
        return await GetAsync(Client("ed-nurse", FlagFamilies.Ed, "practitioner"), $"/flag-check?{query}");
    }

    /// <summary>A client with a bearer token of the agency; its audit actor is <paramref name="user"/>.</summary>
    private HttpClient Client(string user, AgencyId agency, string role)
    {
        var http = site.Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", site.Tokens.For(user, agency, role));
        return http;
    }

    /// <summary>Waits until the condition holds, as the attendance is recorded in the background; fails after 30 seconds.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(50, deadline.Token);
        }
    }
}
