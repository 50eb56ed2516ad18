using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Storage.Audit;
using Sightline.Storage.Identity;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests;

/// <summary>The site's hardening: headers, anti-forgery, lockout, rate limits, encoding and search input (SQLite and PostgreSQL).</summary>
public abstract class SecurityBehaviour(SiteFixture site)
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    public static TheoryData<string> Injections { get; } = ["' OR 1=1 --", "%", "_", "*", "\" OR \"\"=\"", "'; DROP TABLE persons; --", "Ruby%", "R_by"];

    [Theory]
    [InlineData("anonymous", "/sign-in")]
    [InlineData("anonymous", "/health")]
    [InlineData("anonymous", "/site.css")]
    [InlineData("anonymous", "/children/web.hart.ruby")]
    [InlineData("hv", "/")]
    [InlineData("hv", "/no/such/page")]
    [InlineData("police", "/children/web.hart.ruby")]
    [InlineData("token:hv:practitioner", "/api/children/web.hart.ruby")]
    public async Task Every_response_carries_the_security_headers(string who, string path)
    {
        var client = await Requesters.ClientAsync(site, who);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var headers = response.Headers;
        Assert.Equal(Csp, Assert.Single(headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(headers.GetValues("Referrer-Policy")));
        // Records never linger in a browser's cache; the stylesheet holds none, so it is kept and revalidated.
        Assert.True(path.EndsWith(".css", StringComparison.Ordinal) ? headers.CacheControl?.NoCache : headers.CacheControl?.NoStore);
        // Development (the test host's environment) leaves HSTS out, so a developer's browser is not pinned to HTTPS.
        Assert.False(headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Outside_development_HTTPS_responses_carry_HSTS()
    {
        await using var production = site.Site(site.Settings, "Production");
        var client = site.Anonymous(production);
        client.BaseAddress = new Uri("https://sightline.example.org");

        using var response = await client.GetAsync(new Uri("/sign-in", UriKind.Relative));

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Sign_in_cookies_are_http_only_same_site_strict_and_secure_over_https()
    {
        var client = site.Anonymous();
        var token = await Forms.TokenAsync(client, "/sign-in");

        using var response = await Forms.PostWithoutTokenAsync(client, "/sign-in", new()
        {
            ["UserName"] = "hv", ["Password"] = site.PasswordOf("hv"), ["__RequestVerificationToken"] = token,
        });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sightline=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("anonymous", "/sign-in")]
    [InlineData("hv", "/sign-out")]
    [InlineData("police", "/break-glass?person=web.hart.ruby")]
    public async Task A_post_without_an_anti_forgery_token_is_rejected(string who, string path)
    {
        var client = await Requesters.ClientAsync(site, who);

        using var response = await Forms.PostWithoutTokenAsync(client, path, new()
        {
            ["UserName"] = "hv", ["Password"] = site.PasswordOf("hv"), ["Person"] = HartFamily.Baby.Value,
            ["Reason"] = "A long enough reason to open the record of this child now.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_form_carries_an_anti_forgery_token()
    {
        var police = await site.ClientForAsync("police");
        foreach (var path in new[] { "/", $"/break-glass?person={HartFamily.Baby}", "/sign-out" })
        {
            var page = await GetAsync(police, path);
            Assert.All(page.QuerySelectorAll("form[method='post']"), form => Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']")));
        }
        var signIn = await GetAsync(site.Anonymous(), "/sign-in");
        Assert.NotNull(signIn.QuerySelector("form[method='post'] input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task An_account_is_locked_after_five_wrong_passwords_even_against_the_right_one()
    {
        var client = site.Anonymous();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await Forms.PostAsync(client, "/sign-in", new() { ["UserName"] = "locked", ["Password"] = $"wrong password {attempt}" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await Forms.PostAsync(client, "/sign-in", new() { ["UserName"] = "locked", ["Password"] = site.PasswordOf("locked") });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked after 5 wrong attempts", Text((await ParseAsync(right)).QuerySelector(".govuk-error-summary")!), StringComparison.Ordinal);
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SightlineUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("locked"))!));
        var entry = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal((AuditAction.SignInFailed, "locked", "locked out"), (entry.Action, entry.Actor, entry.Why));
    }

    [Fact]
    public async Task A_failed_sign_in_says_the_same_whether_or_not_the_account_exists()
    {
        var client = site.Anonymous();

        using var nobody = await Forms.PostAsync(client, "/sign-in", new() { ["UserName"] = "nobody-here", ["Password"] = "whatever it is" });
        using var wrong = await Forms.PostAsync(client, "/sign-in", new() { ["UserName"] = "limited", ["Password"] = "whatever it is" });

        Assert.Equal(
            Text((await ParseAsync(wrong)).QuerySelector(".govuk-error-summary")!),
            Text((await ParseAsync(nobody)).QuerySelector(".govuk-error-summary")!));
    }

    [Theory]
    [InlineData("SignInPerUser", false)]
    [InlineData("SignInPerAddress", true)]
    public async Task Sign_in_attempts_are_rate_limited(string limit, bool differentNames)
    {
        var settings = new Dictionary<string, string>(site.Settings) { [$"Sightline:RateLimits:{limit}"] = "3" };
        await using var limited = site.Site(settings);
        var client = site.Anonymous(limited);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var name = differentNames ? $"someone-{attempt}" : "limited";
            using var response = await Forms.PostAsync(client, "/sign-in", new() { ["UserName"] = name, ["Password"] = "not the password" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Markup_typed_into_the_search_box_is_shown_as_text()
    {
        const string Typed = "<script>alert('x')</script><b>bold</b>";

        var page = await GetAsync(await site.ClientForAsync("hv"), $"/?name={Uri.EscapeDataString(Typed)}");

        AssertOnlyTheSiteScript(page);
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Equal(Typed, page.GetElementById("name")!.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task An_injection_attempt_in_the_search_or_the_area_returns_nothing(string attempt)
    {
        var hv = await site.ClientForAsync("hv");

        var search = await GetAsync(hv, $"/?name={Uri.EscapeDataString(attempt)}");
        var area = await GetAsync(hv, $"/?area={Uri.EscapeDataString(attempt)}");
        var number = await GetAsync(hv, $"/?nhsNumber={Uri.EscapeDataString(attempt)}");
        using var api = await hv.GetAsync(new Uri($"/api/children/{Uri.EscapeDataString(attempt)}", UriKind.Relative));

        Assert.Empty(Rows(Table(search, "0 children")));
        Assert.Empty(Rows(Table(area, "0 children")));
        Assert.Contains("Enter an NHS number of 10 digits", Text(number.QuerySelector(".govuk-error-summary")!), StringComparison.Ordinal);
        Assert.Null(number.GetElementById("children"));
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task A_search_finds_by_name_and_by_NHS_number_with_or_without_spaces()
    {
        var hv = await site.ClientForAsync("hv");

        foreach (var search in new[] { "name=RUBY", "name=hart", "name=ruby%20h", $"nhsNumber={Uri.EscapeDataString(HartFamily.BabyNhsNumber)}", $"nhsNumber={HartFamily.BabyNhsNumber.Replace(" ", "", StringComparison.Ordinal)}" })
        {
            var page = await GetAsync(hv, $"/?{search}");
            Assert.Equal("Ruby Hart", Assert.Single(Rows(Table(page, "1 child")))[0]);
        }
    }

    [Theory]
    [InlineData("name=Rubie%20Hart&bornDay=1&bornMonth=9&bornYear=2026", 1)]
    [InlineData("name=Rubie%20Hart", 0)]
    [InlineData("name=Ruby&bornDay=2&bornMonth=9&bornYear=2026", 0)]
    [InlineData("bornDay=01&bornMonth=09&bornYear=2026", 1)]
    [InlineData("nhsNumber=9434765919", 0)]
    [InlineData("name=Rubie&bornDay=1&bornMonth=9&bornYear=2026&postcode=NM1%204AB", 1)]
    [InlineData("postcode=nm14ab", 1)]
    [InlineData("postcode=NM1", 1)]
    [InlineData("postcode=NM1%204AC", 0)]
    [InlineData("name=ruby&postcode=NM2", 0)]
    public async Task With_a_date_of_birth_a_close_spelling_finds_the_child_and_without_one_it_does_not(string query, int found)
    {
        var page = await GetAsync(await site.ClientForAsync("hv"), $"/?{query}");

        Assert.Equal(found, Rows(Table(page, found == 1 ? "1 child" : "0 children")).Count);
    }

    [Theory]
    [InlineData("nhsNumber=9434765928", "nhs-number", "Enter a real NHS number")]
    [InlineData("nhsNumber=12345", "nhs-number", "Enter an NHS number of 10 digits")]
    [InlineData("bornDay=31&bornMonth=2&bornYear=2026", "born-day", "Date of birth must be a real date")]
    [InlineData("bornDay=1&bornYear=2026", "born-month", "Date of birth must include a month")]
    [InlineData("postcode=12345", "postcode", "Enter a real postcode")]
    public async Task A_search_that_cannot_be_right_is_explained_in_the_error_summary_and_lists_no_child(string query, string field, string message)
    {
        var page = await GetAsync(await site.ClientForAsync("hv"), $"/?{query}");

        var link = page.QuerySelector($".govuk-error-summary a[href='#{field}']")!;
        Assert.StartsWith(message, Text(link), StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById(field));
        Assert.Null(page.GetElementById("children"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }
}
