using System.Net;
using Microsoft.AspNetCore.Routing;
using Sightline.Storage.Audit;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests;

/// <summary>Who may see what, and that every reading and refusal is audited (SQLite and PostgreSQL).</summary>
public abstract class AccessBehaviour(SiteFixture site)
{
    public static TheoryData<string, string, HttpStatusCode> Table => RoleTable.Rows;

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Each_role_sees_exactly_what_it_should(string who, string path, HttpStatusCode expected)
    {
        var client = await Requesters.ClientAsync(site, who);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(expected == response.StatusCode, $"{who} GET {path}: {(int)response.StatusCode}, expected {(int)expected}");
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("https://localhost/sign-in?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_endpoint_that_names_a_person_refuses_an_uninvolved_agency_and_the_roles_without_records_and_audits_it()
    {
        var endpoints = site.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var parameters = endpoints.SelectMany(e => e.RoutePattern.Parameters.Select(p => p.Name)).ToHashSet();
        var personal = endpoints.Where(e => e.RoutePattern.GetParameter("personId") is not null).ToList();

        // Only these route parameters exist: a new one would need its own policy and a place here.
        // An alert id only ever follows an agency id, whose policy decides; documentName names the
        // OpenAPI description, no one's record.
        Assert.Subset(new HashSet<string> { "personId", "agencyId", "alertId", "documentName" }, parameters);
        Assert.All(endpoints.Where(e => e.RoutePattern.GetParameter("alertId") is not null), e => Assert.NotNull(e.RoutePattern.GetParameter("agencyId")));
        Assert.Contains(personal, e => e.RoutePattern.RawText!.TrimStart('/') == "children/{personId}");
        Assert.Contains(personal, e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal));
        foreach (var endpoint in personal)
        {
            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/').Replace("{personId}", HartFamily.Baby.Value, StringComparison.Ordinal);
            foreach (var who in new[] { "police", "analyst", "admin", "token:police:practitioner" })
            {
                var client = await Requesters.ClientAsync(site, who);
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{who} GET {path}: {(int)response.StatusCode}");
                var refusal = (await site.Service<AuditLog>().RecentAsync(5))[0];
                Assert.Equal(AuditAction.Refused, refusal.Action);
                Assert.Equal(HartFamily.Baby, refusal.Person);
                Assert.False(string.IsNullOrWhiteSpace(refusal.What));
            }
        }
        foreach (var endpoint in endpoints.Where(e => e.RoutePattern.GetParameter("agencyId") is not null))
        {
            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/').Replace("{agencyId}", HartFamily.Csc.Value, StringComparison.Ordinal)
                .Replace("{alertId:long}", "1", StringComparison.Ordinal);
            using var response = await (await site.ClientForAsync("police")).GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_uninvolved_agency_is_refused_with_the_refusal_audited_and_offered_break_glass()
    {
        var police = await site.ClientForAsync("police");

        var page = await GetAsync(police, $"/children/{HartFamily.Baby}", HttpStatusCode.Forbidden);

        Assert.Equal("You cannot see this", Text(page.QuerySelector("h1")!));
        Assert.DoesNotContain("Ruby", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/break-glass?person={HartFamily.Baby}']"));
        var entry = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal(
            (AuditAction.Refused, "police", TestUsers.Police, "practitioner", "agency not involved"),
            (entry.Action, entry.Actor, entry.Agency!.Value, entry.Role, entry.Why));
        Assert.StartsWith("child page:", entry.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_is_refused_without_break_glass()
    {
        var page = await GetAsync(await site.ClientForAsync("analyst"), $"/children/{HartFamily.Baby}", HttpStatusCode.Forbidden);

        Assert.Null(page.QuerySelector("a[href^='/break-glass']"));
        Assert.Contains("role analyst sees no person records", (await site.Service<AuditLog>().RecentAsync(1))[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_record_is_audited_with_who_what_why_and_from_where()
    {
        await GetAsync(await site.ClientForAsync("hv"), $"/children/{HartFamily.Baby}");

        var entry = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal(
            (AuditAction.Read, "hv", HartFamily.Hv, "practitioner", HartFamily.Baby, "involved"),
            (entry.Action, entry.Actor, entry.Agency!.Value, entry.Role, entry.Person!.Value, entry.Why));
        Assert.Equal("child page: flags, alerts, due steps, household, wider family, agencies, chronology, access history", entry.What);
    }

    [Fact]
    public async Task The_children_list_shows_only_children_the_agency_may_see_and_the_query_is_audited_as_a_search()
    {
        var hv = Rows(Table(await GetAsync(await site.ClientForAsync("hv"), "/?name=ruby"), "1 child"));
        var search = (await site.Service<AuditLog>().RecentAsync(1))[0];
        var police = await GetAsync(await site.ClientForAsync("police"), "/");

        Assert.Equal("Ruby Hart", Assert.Single(hv)[0]);
        Assert.Equal((AuditAction.Search, "hv"), (search.Action, search.Actor));
        Assert.Contains("name \"ruby\"", search.What, StringComparison.Ordinal);
        Assert.Empty(Rows(Table(police, "0 children")));
    }

    [Fact]
    public async Task The_access_history_shows_the_agencies_involved_who_opened_the_record_and_how()
    {
        await GetAsync(await site.ClientForAsync("manager"), $"/children/{HartFamily.Baby}");
        await GetAsync(await site.ClientForAsync("police"), $"/children/{HartFamily.Baby}", HttpStatusCode.Forbidden);

        var page = await GetAsync(await site.ClientForAsync("lead"), $"/children/{HartFamily.Baby}");

        var history = Rows(Table(page, "Access history"));
        Assert.Equal(["lead", "Northmoor Children's Social Care", "safeguarding-lead", "opened (involved)"], history[0].Skip(1));
        Assert.Contains(history, r => r.Skip(1).SequenceEqual(["police", "Eastbrook Police", "practitioner", "refused (agency not involved)"]));
        Assert.Contains(history, r => r.Skip(1).SequenceEqual(["manager", "Northmoor Health Visiting", "manager", "opened (involved)"]));
        Assert.Equal("23 Nov 2026 10:00", history[0][0]);
    }

    [Fact]
    public async Task An_agency_sees_its_own_alerts_only_and_reading_them_is_audited()
    {
        var page = await GetAsync(await site.ClientForAsync("csc"), $"/agencies/{HartFamily.Csc}/alerts");
        var read = (await site.Service<AuditLog>().RecentAsync(1))[0];
        await GetAsync(await site.ClientForAsync("csc"), $"/agencies/{HartFamily.Hv}/alerts", HttpStatusCode.Forbidden);
        var refused = (await site.Service<AuditLog>().RecentAsync(1))[0];

        Assert.Contains(Rows(Table(page, "")), r => r[1] == "Ruby Hart");
        Assert.Equal((AuditAction.Read, $"agency alerts of {HartFamily.Csc}: rules, children named, messages"), (read.Action, read.What));
        Assert.Equal((AuditAction.Refused, "not the requester's agency"), (refused.Action, refused.Why));
    }

    [Fact]
    public async Task A_bearer_token_of_an_involved_agency_reads_the_child_as_json_and_is_audited_as_its_client()
    {
        var client = await Requesters.ClientAsync(site, "token:hv:practitioner");

        using var response = await client.GetAsync(new Uri($"/api/children/{HartFamily.Baby}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\":\"Ruby Hart\"", body, StringComparison.Ordinal);
        Assert.Contains("\"plan\":\"child protection\"", body, StringComparison.Ordinal);
        var entry = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal((AuditAction.Read, "hv-system", HartFamily.Hv), (entry.Action, entry.Actor, entry.Agency!.Value));
        Assert.StartsWith("api child summary", entry.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_and_failing_to_are_audited()
    {
        await site.SignInAsync("manager");
        var signIn = (await site.Service<AuditLog>().RecentAsync(1))[0];
        using var failed = await Forms.PostAsync(site.Anonymous(), "/sign-in", new() { ["UserName"] = "manager", ["Password"] = "not the password" });
        var failure = (await site.Service<AuditLog>().RecentAsync(1))[0];

        Assert.Equal((AuditAction.SignIn, "manager", HartFamily.Hv, "manager"), (signIn.Action, signIn.Actor, signIn.Agency!.Value, signIn.Role));
        Assert.Equal((AuditAction.SignInFailed, "manager", "wrong password"), (failure.Action, failure.Actor, failure.Why));
    }

    [Fact]
    public async Task Signing_out_ends_the_sign_in()
    {
        var client = await site.SignInAsync("manager");

        using var signOut = await Forms.PostAsync(client, "/sign-out", []);
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
