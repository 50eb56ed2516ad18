using System.Net;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests;

/// <summary>What a practitioner of an involved agency sees on each page, over a real database (SQLite and PostgreSQL).</summary>
public abstract class SiteBehaviour(SiteFixture site)
{
    private HttpClient Client => site.Client;

    [Fact]
    public async Task Health_is_200_with_the_database_checked()
    {
        using var response = await site.Anonymous().GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{"database":"Healthy"}}""", body);
    }

    [Theory]
    [InlineData("/site.css", "text/css", ".app-genogram")]
    [InlineData("/site.js", "text/javascript", "initAll")]
    [InlineData("/govuk/govuk-frontend.min.css", "text/css", ".govuk-header")]
    [InlineData("/govuk/govuk-frontend.min.js", "text/javascript", "initAll")]
    [InlineData("/moj/moj-frontend.min.css", "text/css", ".moj-timeline")]
    [InlineData("/moj/moj-frontend.min.js", "text/javascript", "SortableTable")]
    public async Task The_stylesheets_and_scripts_are_served_from_the_assembly(string path, string type, string holds)
    {
        using var response = await site.Anonymous().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(holds, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_font_and_image_the_stylesheets_ask_for_is_served()
    {
        var client = site.Anonymous();
        var wanted = new List<string>();
        foreach (var sheet in new[] { "/govuk/govuk-frontend.min.css", "/moj/moj-frontend.min.css" })
        {
            var css = await client.GetStringAsync(new Uri(sheet, UriKind.Relative));
            wanted.AddRange(System.Text.RegularExpressions.Regex.Matches(css, @"url\((/assets/[^)]+)\)").Select(m => m.Groups[1].Value));
        }

        Assert.Contains(wanted, w => w.EndsWith(".woff2", StringComparison.Ordinal));
        foreach (var asset in wanted.Distinct(StringComparer.Ordinal))
        {
            using var response = await client.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_children_page_lists_a_stored_child_with_NHS_number_and_plan_flag_flagged_first()
    {
        var page = await GetAsync(site.EveryKindClient, "/");
        var rows = Rows(Table(page, "2 children"));
        var flagged = rows.TakeWhile(r => r[4].Length > 0).Count();
        Assert.All(rows.Skip(flagged), r => Assert.Equal("", r[4]));

        page = await GetAsync(Client, "/");

        rows = Rows(Table(page, "1 child"));
        var ruby = Assert.Single(rows, r => r[0] == "Ruby Hart");
        Assert.Equal(HartFamily.BabyNhsNumber, ruby[1]);
        Assert.Equal("1 Sep 2026", ruby[2]);
        Assert.Equal("Northmoor", ruby[3]);
        Assert.Contains("Child protection", ruby[4], StringComparison.Ordinal);
        Assert.Matches(@"\d+ open alerts?", ruby[4]);
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("a.govuk-skip-link[href='#main']"));
        Assert.NotNull(page.QuerySelector("main#main.govuk-main-wrapper"));
        Assert.Equal("Prototype", Text(page.QuerySelector(".govuk-phase-banner .govuk-tag")!));
        Assert.Equal("Sightline", Text(page.QuerySelector("header .govuk-generic-header__homepage-link")!));
        Assert.NotNull(page.QuerySelector("footer .govuk-footer"));
        AssertOnlyTheSiteScript(page);
    }

    [Fact]
    public async Task The_children_page_filters_by_area_and_by_flags()
    {
        var northmoor = Rows(Table(await GetAsync(Client, "/?area=Northmoor"), "1 child"));
        var flagged = Rows(Table(await GetAsync(Client, "/?flagged=true"), ""));

        Assert.Equal("Ruby Hart", Assert.Single(northmoor)[0]);
        Assert.Contains(flagged, r => r[0] == "Ruby Hart");
        Assert.All(flagged, r => Assert.NotEqual("", r[4]));
    }

    [Fact]
    public async Task The_child_page_shows_flags_household_wider_family_and_who_knows_what()
    {
        var page = await GetAsync(Client, $"/children/{HartFamily.Baby}");

        Assert.Equal("Ruby Hart", Text(page.QuerySelector("h1")!));
        Assert.Contains("Child protection plan held by Northmoor since 5 Oct 2026, category neglect", Text(page.QuerySelector("#flags")!.ParentElement!), StringComparison.Ordinal);
        var household = Rows(Table(page, "Who lives with Ruby Hart now"));
        Assert.Equal(["Amy Hart", "mother", "29 years", "Northmoor", "Nothing recorded", "Northmoor Health Visiting"], household.Single(r => r[0] == "Amy Hart"));
        var father = household.Single(r => r[0] == "Dean Hart");
        Assert.Equal("father", father[1]);
        Assert.Equal("Violent offending, known to Northmoor Probation", father[4]);
        // Only probation knows him: none of the agencies working with Ruby does.
        Assert.Equal("Northmoor Probation Unknown to the child's agencies", father[5]);
        var wider = Rows(Table(page, "Family of Ruby Hart who live elsewhere"));
        Assert.Equal(["Joan Hart", "grandparent (Amy Hart's parent)", "56 years", "Eastbrook", "Nothing recorded", "no agency"], Assert.Single(wider));
        var agencies = Rows(Table(page, "Agencies involved with Ruby Hart"));
        Assert.Equal(["Northmoor Children's Social Care", "children's social care", "Northmoor", "5 Oct 2026"], agencies[0]);
    }

    [Fact]
    public async Task The_child_page_shows_the_chronology_of_stored_events_newest_first_with_notes()
    {
        var page = await GetAsync(Client, $"/children/{HartFamily.Baby}");

        var chronology = Timeline(page);
        Assert.Equal(3, chronology.Count);
        Assert.Equal("2 Nov 2026", chronology[0].Date);
        Assert.Equal("by Northmoor Health Visiting", chronology[0].By);
        Assert.Equal("Bruise (cheek) seen by Northmoor Health Visiting; explanation given: rolled against the cot", chronology[0].Title);
        Assert.Equal("Note: Seen at the 8-week visit.", chronology[0].Note);
        Assert.Equal("About Ruby Hart · Injury", chronology[0].About);
        Assert.StartsWith("Home visit by Northmoor Health Visiting: child seen", chronology[1].Title, StringComparison.Ordinal);
        Assert.Equal("Child protection plan started by Northmoor Children's Social Care (Northmoor), category neglect", chronology[2].Title);
        Assert.Equal("Chronology: 3 entries", Text(page.GetElementById("chronology-count")!));
    }

    [Theory]
    [InlineData("significance=concern", new[] { "Bruise (cheek)" })]
    [InlineData("significance=decision", new[] { "Child protection plan started" })]
    [InlineData("significance=routine", new[] { "Home visit" })]
    [InlineData("agency=web.northmoor-hv", new[] { "Bruise (cheek)", "Home visit" })]
    [InlineData("agency=web.northmoor-hv&kind=contact", new[] { "Home visit" })]
    [InlineData("agency=web.northmoor-csc&significance=concern", new string[0])]
    [InlineData("kind=no-such-kind&significance=whatever", new[] { "Bruise (cheek)", "Home visit", "Child protection plan started" })]
    public async Task The_chronology_filters_by_agency_kind_and_significance_from_the_query_string(string query, string[] starts)
    {
        var page = await GetAsync(Client, $"/children/{HartFamily.Baby}?{query}");

        var titles = Timeline(page).Select(e => e.Title).ToList();
        Assert.Equal(starts.Length, titles.Count);
        Assert.All(starts.Zip(titles), p => Assert.StartsWith(p.First, p.Second, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_genogram_draws_the_household_and_the_wider_family_and_marks_the_adult_the_childs_agencies_do_not_know()
    {
        var page = await GetAsync(Client, $"/children/{HartFamily.Baby}");

        var svg = page.QuerySelector("figure.app-genogram svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("genogram-title genogram-desc", svg.GetAttribute("aria-labelledby"));
        string Names(string selector) => string.Join(", ", svg.QuerySelectorAll(selector).Select(b => Text(b.QuerySelector(".app-genogram__name")!)));
        Assert.Equal("Amy Hart, Dean Hart, Ruby Hart", Names(".app-genogram__person--household"));
        Assert.Equal("Joan Hart", Names(".app-genogram__person--elsewhere"));
        Assert.Equal("Dean Hart", Names(".app-genogram__person--unseen"));
        Assert.Equal("Ruby Hart", Names(".app-genogram__person--subject"));
        Assert.Equal("Known only to Northmoor Probation", Text(svg.QuerySelector(".app-genogram__person--unseen .app-genogram__known")!));
        Assert.Contains("Not known to the agencies working with the child: Dean Hart (known only to Northmoor Probation).", Text(page.GetElementById("genogram-desc")!), StringComparison.Ordinal);
        // Parents to Ruby, grandmother to Amy; Amy and Dean as partners.
        Assert.Equal(3, svg.QuerySelectorAll(".app-genogram__line--parent").Length);
        Assert.Single(svg.QuerySelectorAll(".app-genogram__line--partner"));
        Assert.NotNull(page.QuerySelector("a[href='#genogram-alternative']"));
    }

    [Fact]
    public async Task Notes_are_shown_as_text_never_as_markup()
    {
        var page = await GetAsync(Client, $"/children/{HartFamily.Baby}");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains(page.QuerySelectorAll(".app-note"), n => n.TextContent == "Note: " + HartFamily.MarkupNote);
    }

    [Fact]
    public async Task The_child_page_shows_the_alerts_the_live_protocols_raised_with_overdue_marked()
    {
        var page = await GetAsync(Client, $"/children/{HartFamily.Baby}");

        var alerts = Rows(Table(page, "Alerts about Ruby Hart"));
        var bruise = Assert.Single(alerts, r => r[0] == "Injury to a non-mobile baby");
        Assert.Equal("2 Nov 2026", bruise[1]);
        Assert.Equal("3 Nov 2026 Overdue by 20 days", bruise[2]);
        Assert.StartsWith("Bruise on a non-mobile", bruise[3], StringComparison.Ordinal);
        Assert.Equal("Northmoor Health Visiting and Northmoor Children's Social Care", bruise[4]);
        Assert.Contains(alerts, r => r[0] == "Injury to a child on a plan");
    }

    [Fact]
    public async Task Every_event_kind_has_a_chronology_line()
    {
        var page = await GetAsync(site.EveryKindClient, "/children/every-kind.toddler");

        var chronology = Timeline(page);
        Assert.Equal(site.EveryKind.Events.Count, chronology.Count);
        Assert.All(chronology, e => Assert.False(string.IsNullOrWhiteSpace(e.Title)));
    }

    [Fact]
    public async Task An_unknown_child_is_refused_like_any_record_the_agency_is_not_involved_with()
    {
        // The same answer as for a real child, so the site cannot be asked who exists.
        var page = await GetAsync(Client, "/children/web.nobody", HttpStatusCode.Forbidden);

        Assert.Equal("You cannot see this", Text(page.QuerySelector("h1")!));
    }

    [Fact]
    public async Task An_unknown_address_is_404_with_a_page_saying_so()
    {
        var page = await GetAsync(Client, "/no/such/page", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", Text(page.QuerySelector("h1")!));
    }

    [Fact]
    public async Task An_adult_has_no_child_page()
    {
        await GetAsync(Client, $"/children/{HartFamily.Father}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_agency_lists_the_alerts_that_notify_it_naming_the_child()
    {
        var agencies = await GetAsync(Client, "/agencies");
        Assert.Contains(Rows(Table(agencies, "Northmoor")), r => r[0] == "Northmoor Children's Social Care");

        var page = await GetAsync(Client, $"/agencies/{HartFamily.Csc}/alerts");

        Assert.Equal("Alerts for Northmoor Children's Social Care", Text(page.QuerySelector("h1")!));
        var alerts = Rows(Table(page, ""));
        Assert.Contains(alerts, r => r[0] == "Injury to a non-mobile baby" && r[1] == "Ruby Hart");
        Assert.NotNull(page.QuerySelector($"a[href='/children/{HartFamily.Baby}']"));
        await GetAsync(Client, "/agencies/web.nowhere/alerts", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_rules_page_lists_every_rule_with_its_learning()
    {
        var page = await GetAsync(Client, "/rules");

        var rules = page.QuerySelectorAll("section.rule");
        Assert.Equal(Core.Protocols.RuleCatalog.All.Count, rules.Length);
        var bruising = page.GetElementById("bruising-non-mobile")!;
        Assert.Contains("Bruising on non mobile babies, no matter how minor", bruising.TextContent, StringComparison.Ordinal);
    }
}
