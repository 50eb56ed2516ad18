using System.Net;
using System.Text;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Audit;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests;

/// <summary>The chronology's exports, the print page and the CSV file: content, filters, the access policy and the audit (SQLite and PostgreSQL).</summary>
public abstract class ExportBehaviour(SiteFixture site)
{
    private static readonly string Csv = $"/children/{HartFamily.Baby}/chronology.csv";
    private static readonly string Print = $"/children/{HartFamily.Baby}/chronology";

    [Fact]
    public async Task The_CSV_is_UTF8_text_csv_with_a_header_row_and_one_row_per_entry_newest_first()
    {
        var client = await site.ClientForAsync("hv");

        using var response = await client.GetAsync(new Uri(Csv, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("chronology-web.hart.ruby-2026-11-23.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Tests.Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["date", "agency", "kind", "what", "persons", "note"], rows[0]);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["2026-11-02", "Northmoor Health Visiting", "Injury", "Bruise (cheek) seen by Northmoor Health Visiting; explanation given: rolled against the cot", "Ruby Hart", "Seen at the 8-week visit."], rows[1]);
        Assert.Equal("2026-10-20", rows[2][0]);
        Assert.Equal(HartFamily.MarkupNote, rows[2][5]);
        Assert.Equal(["2026-10-05", "Northmoor Children's Social Care", "Plan started"], rows[3].Take(3));
        Assert.Equal("", rows[3][5]);
    }

    [Theory]
    [InlineData("significance=concern", new[] { "2026-11-02" })]
    [InlineData("agency=web.northmoor-hv", new[] { "2026-11-02", "2026-10-20" })]
    [InlineData("agency=web.northmoor-hv&kind=contact", new[] { "2026-10-20" })]
    [InlineData("agency=web.northmoor-csc&significance=concern", new string[0])]
    [InlineData("kind=no-such-kind", new[] { "2026-11-02", "2026-10-20", "2026-10-05" })]
    public async Task The_chronology_filters_apply_to_the_CSV_and_the_print_page(string query, string[] dates)
    {
        var client = await site.ClientForAsync("hv");

        var csv = Tests.Csv.Parse((await client.GetStringAsync(new Uri($"{Csv}?{query}", UriKind.Relative))).TrimStart('\uFEFF'));
        var print = await GetAsync(client, $"{Print}?{query}");

        Assert.Equal(dates, csv.Skip(1).Select(r => r[0]));
        var printed = print.QuerySelectorAll(".app-print__table tbody tr time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(dates, printed);
    }

    [Fact]
    public async Task A_cell_a_spreadsheet_would_run_as_a_formula_is_prefixed_so_it_stays_text()
    {
        var child = new PersonId("web.formula.child");
        string[] notes = ["=HYPERLINK(\"https://example.invalid\",\"Open\")", "+44 1632 960000", "-1", "@SUM(A1:A2)", "plain, with a comma"];
        await site.Service<SightlineStore>().StoreBatchAsync(new IntakeBatch
        {
            Persons = [new Person { Id = child, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2025, 3, 1), Name = "Kit Formula", LocalAuthority = "Northmoor" }],
            Events = [.. notes.Select((note, i) => new SourcedEvent(new EventSource(HartFamily.Hv, $"formula-{i}"),
                new Contact { Date = new(2026, 9, 1 + i), Agency = HartFamily.Hv, Subjects = [child], Mode = ContactMode.HomeVisit, ChildSeen = true, Note = note }))],
        });
        var client = await site.ClientForAsync("hv");

        var text = await client.GetStringAsync(new Uri($"/children/{child}/chronology.csv", UriKind.Relative));

        var cells = Tests.Csv.Parse(text.TrimStart('\uFEFF')).Skip(1).Select(r => r[5]).Reverse().ToList();
        Assert.Equal(["'" + notes[0], "'" + notes[1], "'" + notes[2], "'" + notes[3], notes[4]], cells);
        Assert.Contains("\"'=HYPERLINK(\"\"https://example.invalid\"\",\"\"Open\"\")\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chronology.csv", "chronology export, CSV")]
    [InlineData("/chronology", "chronology export, print page")]
    public async Task An_export_is_audited_as_an_export_and_shows_in_the_access_history(string export, string what)
    {
        var client = await site.ClientForAsync("csc");

        using var response = await client.GetAsync(new Uri($"/children/{HartFamily.Baby}{export}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal((AuditAction.Export, "csc", HartFamily.Baby, "involved"), (entry.Action, entry.Actor, entry.Person!.Value, entry.Why));
        Assert.StartsWith(what, entry.What, StringComparison.Ordinal);
        var history = Rows(Table(await GetAsync(client, $"/children/{HartFamily.Baby}"), "Access history"));
        Assert.Contains(history, r => r[1] == "csc" && r[4] == "exported (involved)");
    }

    [Theory]
    [InlineData("police", "/chronology.csv")]
    [InlineData("police", "/chronology")]
    [InlineData("analyst", "/chronology.csv")]
    [InlineData("admin", "/chronology")]
    public async Task An_export_is_refused_like_the_childs_page_and_the_refusal_audited(string who, string export)
    {
        var client = await site.ClientForAsync(who);

        using var response = await client.GetAsync(new Uri($"/children/{HartFamily.Baby}{export}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Ruby", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bruise", body, StringComparison.Ordinal);
        var entry = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal((AuditAction.Refused, who, HartFamily.Baby), (entry.Action, entry.Actor, entry.Person!.Value));
        Assert.StartsWith("chronology export", entry.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_export_goes_to_sign_in()
    {
        using var response = await site.Anonymous().GetAsync(new Uri(Csv, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_print_page_names_the_child_the_dates_covered_the_filter_and_who_generated_it_when_without_navigation()
    {
        var client = await site.ClientForAsync("hv");

        var page = await GetAsync(client, $"{Print}?significance=concern");

        Assert.Equal("Ruby Hart", Text(page.QuerySelector("h1")!));
        Assert.Equal("Multi-agency chronology: Ruby Hart – Sightline", Text(page.QuerySelector("title")!));
        Assert.Contains(HartFamily.BabyNhsNumber, Text(page.QuerySelector(".app-print__header")!), StringComparison.Ordinal);
        Assert.Equal("2 Nov 2026 to 2 Nov 2026 (1 entry of 3)", Text(page.QuerySelector("#print-range")!));
        Assert.Equal("Warning sign", Text(page.QuerySelector("#print-filter")!));
        Assert.Equal("by hv (practitioner, Northmoor Health Visiting) on 23 Nov 2026 10:00", Text(page.QuerySelector("#print-generated")!));
        Assert.Equal(["2 Nov 2026", "Northmoor Health Visiting", "Injury Warning sign"], Rows(Table(page, "Chronology of Ruby Hart"))[0].Take(3));
        Assert.Null(page.QuerySelector(".govuk-service-navigation"));
        Assert.Null(page.QuerySelector("footer"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href='/site.css']"));
        Assert.Equal($"/children/{HartFamily.Baby}/chronology.csv?significance=concern", page.QuerySelector(".app-print__bar a[href*='.csv']")!.GetAttribute("href"));
        AssertOnlyTheSiteScript(page);
    }

    [Fact]
    public async Task The_childs_page_links_to_both_exports_filtered_as_it_is()
    {
        var client = await site.ClientForAsync("hv");

        var page = await GetAsync(client, $"/children/{HartFamily.Baby}?agency={HartFamily.Hv}&significance=concern");

        var links = page.QuerySelectorAll(".app-chronology__exports a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"{Print}?agency={HartFamily.Hv}&significance=concern", $"{Csv}?agency={HartFamily.Hv}&significance=concern"], links);
    }
}
