using System.Net;
using System.Text.RegularExpressions;
using Sightline.Core.Events;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests;

/// <summary>Recording an event from a child's page, and answering alerts: acknowledged, action taken, open or not (SQLite and PostgreSQL).</summary>
public abstract partial class RecordingBehaviour(SiteFixture site)
{
    private static readonly string RubyPage = $"/children/{HartFamily.Baby}";
    private static readonly string InjuryForm = $"{RubyPage}/record?kind=injury";
    private static readonly string CscAlerts = $"/agencies/{HartFamily.Csc}/alerts";

    [Fact]
    public async Task A_form_with_missing_and_impossible_answers_lists_each_problem_linked_to_its_field_and_stores_nothing()
    {
        var hv = await site.ClientForAsync("hv");
        var before = (await site.Service<SightlineStore>().LoadChronologyAsync(HartFamily.Baby)).Count;

        var (response, page) = await PostAsync(hv, InjuryForm, new() { ["form.Day"] = "", ["form.Month"] = "", ["form.Year"] = "" });
        var future = await PostAsync(hv, InjuryForm, Injury("24", "11", "2026", "shin"));
        var unreal = await PostAsync(hv, InjuryForm, Injury("31", "2", "2026", "shin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".govuk-error-summary a").Select(a => (a.GetAttribute("href"), Text(a))).ToList();
        Assert.Equal([("#date-day", "Enter the date it happened"), ("#injury-type", "Select the kind of injury"), ("#site", "Enter where on the body the injury was")], links);
        Assert.NotNull(page.GetElementById("injury-type"));
        Assert.NotNull(page.GetElementById("site"));
        Assert.Contains("Error: Select the kind of injury", Text(page.GetElementById("injury-type-error")!), StringComparison.Ordinal);
        Assert.Equal("The date must be today or in the past", Text(future.Page.QuerySelector(".govuk-error-summary a[href='#date-day']")!));
        Assert.Equal("The date must be a real date, for example 27 3 2026", Text(unreal.Page.QuerySelector(".govuk-error-summary a[href='#date-day']")!));
        Assert.Equal(before, (await site.Service<SightlineStore>().LoadChronologyAsync(HartFamily.Baby)).Count);
    }

    [Fact]
    public async Task A_bruise_to_a_non_mobile_baby_is_stored_once_however_often_the_form_is_sent_audited_and_raises_an_alert_at_once()
    {
        var hv = await site.ClientForAsync("hv");
        var alerts = site.Service<SightlineAlerts>();
        var bruisesBefore = (await alerts.ForPersonAsync(HartFamily.Baby)).Count(a => a.Alert.Rule == "bruising-non-mobile");
        var fields = Injury("21", "11", "2026", "left ear", explanation: "Fell against the sofa, mother says");

        var (first, _) = await PostAsync(hv, InjuryForm, fields, keepKey: true);
        var page = await GetAsync(hv, RubyPage);
        var (again, _) = await PostAsync(hv, InjuryForm, fields, keepKey: true);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(RubyPage, first.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        // A second bruise in weeks raises the repeat-injury rules too; the bruising rule is among them.
        Assert.Matches(@"^Injury recorded\. [0-9]+ new alerts?: (.+; )?Injury to a non-mobile baby(; .+)?\.$", Text(page.QuerySelector(".govuk-notification-banner--success .app-recorded")!));
        var stored = (await site.Service<SightlineStore>().LoadChronologyAsync(HartFamily.Baby))
            .Where(e => e.Event is Injury { Site: "left ear" })
            .ToList();
        var injury = Assert.Single(stored);
        Assert.Equal(HartFamily.Hv, injury.Source.Agency);
        Assert.Matches("^sightline-web:[0-9a-f-]{36}$", injury.Source.SourceId);
        Assert.Equal(("Fell against the sofa, mother says", new DateOnly(2026, 11, 21)), (((Injury)injury.Event).Explanation, injury.Event.Date));
        var bruises = (await alerts.ForPersonAsync(HartFamily.Baby)).Where(a => a.Alert.Rule == "bruising-non-mobile").ToList();
        Assert.Equal(bruisesBefore + 1, bruises.Count);
        Assert.Contains(bruises, a => a.Alert.Message.Contains("Fell against the sofa, mother says", StringComparison.Ordinal));
        Assert.Contains(Timeline(page), e => e.Date == "21 Nov 2026" && e.Title.Contains("left ear", StringComparison.Ordinal));
        var wrote = (await site.Service<AuditLog>().ForPersonAsync(HartFamily.Baby)).Where(e => e.Action == AuditAction.Write && e.What.Contains(injury.Source.SourceId, StringComparison.Ordinal)).ToList();
        Assert.Equal(("hv", HartFamily.Hv), (Assert.Single(wrote).Actor, wrote[0].Agency!.Value));
    }

    [Fact]
    public async Task A_missed_appointment_and_a_referral_are_recorded_as_the_users_agency()
    {
        var hv = await site.ClientForAsync("hv");

        var (missed, _) = await PostAsync(hv, $"{RubyPage}/record?kind=missed-appointment", new() { ["form.Day"] = "20", ["form.Month"] = "11", ["form.Year"] = "2026", ["form.Service"] = "Audiology clinic" });
        var (unknown, refusedPage) = await PostAsync(hv, $"{RubyPage}/record?kind=referral", new() { ["form.Day"] = "20", ["form.Month"] = "11", ["form.Year"] = "2026", ["form.ReferTo"] = "web.nowhere", ["form.Concern"] = "Bruising" });
        var (referral, _) = await PostAsync(hv, $"{RubyPage}/record?kind=referral", new() { ["form.Day"] = "20", ["form.Month"] = "11", ["form.Year"] = "2026", ["form.ReferTo"] = HartFamily.Csc.Value, ["form.Concern"] = "Second bruise in three weeks" });

        Assert.Equal(HttpStatusCode.Redirect, missed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("Select an agency from the list", Text(refusedPage.QuerySelector(".govuk-error-summary a[href='#refer-to']")!));
        Assert.Equal(HttpStatusCode.Redirect, referral.StatusCode);
        var events = (await site.Service<SightlineStore>().LoadChronologyAsync(HartFamily.Baby)).Select(e => e.Event).ToList();
        Assert.Contains(events, e => e is Appointment { Service: "Audiology clinic", Outcome: AppointmentOutcome.WasNotBrought } a && a.Agency == HartFamily.Hv);
        Assert.Contains(events, e => e is Referral { Concern: "Second bruise in three weeks" } r && r.To == HartFamily.Csc && r.Agency == HartFamily.Hv);
    }

    [Fact]
    public async Task Only_an_involved_agency_may_record()
    {
        var police = await site.ClientForAsync("police");
        var analyst = await site.ClientForAsync("analyst");

        using var byPolice = await police.GetAsync(new Uri($"{RubyPage}/record", UriKind.Relative));
        using var byAnalyst = await analyst.GetAsync(new Uri($"{RubyPage}/record", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, byPolice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAnalyst.StatusCode);
    }

    [Fact]
    public async Task Acknowledging_an_alert_closes_it_for_that_agency_only_and_is_audited_and_shown()
    {
        var hv = await site.ClientForAsync("hv");
        await PostAsync(hv, InjuryForm, Injury("22", "11", "2026", "right shin"));
        var alert = (await site.Service<SightlineAlerts>().ForPersonAsync(HartFamily.Baby)).Single(a => a.Alert.Rule == "bruising-non-mobile" && a.Alert.RaisedOn == new DateOnly(2026, 11, 22));
        var lead = await site.ClientForAsync("lead");
        var alertPage = $"{CscAlerts}/{alert.Id}";
        var openBefore = Rows(Table(await GetAsync(lead, CscAlerts), "")).Count;

        var token = await Forms.TokenAsync(lead, alertPage);
        using var acknowledged = await Forms.PostWithoutTokenAsync(lead, $"{alertPage}?handler=acknowledge", new() { ["__RequestVerificationToken"] = token, ["returnTo"] = RubyPage + "#alerts" });

        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.Equal(RubyPage + "#alerts", acknowledged.Headers.Location?.ToString());
        var shown = await GetAsync(lead, alertPage);
        Assert.Matches(@"^Acknowledged by lead \(Northmoor Children's Social Care\), 23 Nov 2026 10:00$", Text(shown.QuerySelector(".app-alert-responses li")!));
        Assert.Null(shown.QuerySelector("button[formaction], form[action$='handler=acknowledge'] button"));
        Assert.Equal(openBefore - 1, Rows(Table(await GetAsync(lead, CscAlerts), "")).Count);
        Assert.Contains(Rows(Table(await GetAsync(lead, $"{CscAlerts}?show=acknowledged"), "")), r => r[6].StartsWith("Acknowledged by lead", StringComparison.Ordinal));
        var written = (await site.Service<AuditLog>().ForPersonAsync(HartFamily.Baby)).First(e => e.Action == AuditAction.Write);
        Assert.Equal(("lead", $"acknowledged alert {alert.Id} ({alert.Alert.Rule}) for {HartFamily.Csc}"), (written.Actor, written.What));
        // Health visiting, also notified, still has it open; its page still offers to acknowledge it.
        var hvRow = Rows(Table(await GetAsync(hv, $"/agencies/{HartFamily.Hv}/alerts"), "")).Single(r => r[4].StartsWith("Bruise", StringComparison.Ordinal) && r[2] == "22 Nov 2026");
        Assert.StartsWith("Acknowledged by lead", hvRow[6], StringComparison.Ordinal);
        Assert.NotEmpty((await GetAsync(hv, RubyPage)).QuerySelectorAll($"form[action*='/alerts/{alert.Id}'] button"));
    }

    [Fact]
    public async Task An_action_taken_needs_a_note_and_is_shown_with_it()
    {
        var lead = await site.ClientForAsync("lead");
        var alert = (await site.Service<SightlineAlerts>().ForAgencyAsync(HartFamily.Csc))[0];
        var alertPage = $"{CscAlerts}/{alert.Id}";
        var token = await Forms.TokenAsync(lead, alertPage);

        using var empty = await Forms.PostWithoutTokenAsync(lead, $"{alertPage}?handler=action", new() { ["__RequestVerificationToken"] = token, ["note"] = "  " });
        using var noted = await Forms.PostWithoutTokenAsync(lead, $"{alertPage}?handler=action", new() { ["__RequestVerificationToken"] = token, ["note"] = "Strategy discussion <b>booked</b> for 24 November" });

        var error = await ParseAsync(empty);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("Enter what was done", Text(error.QuerySelector(".govuk-error-summary a[href='#note']")!));
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        var shown = await GetAsync(lead, alertPage);
        Assert.Contains(shown.QuerySelectorAll(".app-alert-responses li").Select(Text), t => t == "Action taken by lead (Northmoor Children's Social Care), 23 Nov 2026 10:00: Strategy discussion <b>booked</b> for 24 November");
        var written = (await site.Service<AuditLog>().ForPersonAsync(alert.Alert.Subjects[0])).First(e => e.Action == AuditAction.Write);
        Assert.Equal($"action taken on alert {alert.Id} ({alert.Alert.Rule}) for {HartFamily.Csc}: Strategy discussion <b>booked</b> for 24 November", written.What);
    }

    [Fact]
    public async Task Another_agency_cannot_answer_an_alert()
    {
        var police = await site.ClientForAsync("police");
        var alert = (await site.Service<SightlineAlerts>().ForAgencyAsync(HartFamily.Csc))[0];

        using var other = await police.GetAsync(new Uri($"/agencies/{HartFamily.Csc}/alerts/{alert.Id}", UriKind.Relative));
        using var own = await police.GetAsync(new Uri($"/agencies/{TestUsers.Police}/alerts/{alert.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
    }

    [Fact]
    public async Task The_list_puts_overdue_alerts_first_longest_overdue_at_the_top_then_the_newest_and_says_by_how_long()
    {
        var hv = await site.ClientForAsync("hv");
        await PostAsync(hv, InjuryForm, Injury("23", "11", "2026", "forehead"));

        var rows = (await GetAsync(hv, $"/agencies/{HartFamily.Hv}/alerts?show=all")).QuerySelectorAll("table.app-table--alerts tbody tr").ToList();

        var lines = rows.Select(r => (
            Raised: DateOnly.Parse(r.QuerySelectorAll("td")[2].QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture),
            Due: r.QuerySelectorAll("td")[3].QuerySelector("time")?.GetAttribute("datetime") is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null,
            Overdue: r.QuerySelector(".govuk-tag--red") is { } tag ? Text(tag) : null)).ToList();
        var today = new DateOnly(2026, 11, 23);
        Assert.Contains(lines, l => l.Overdue is not null);
        Assert.Contains(lines, l => l.Overdue is null);
        var overdue = lines.TakeWhile(l => l.Overdue is not null).ToList();
        Assert.All(lines.Skip(overdue.Count), l => Assert.Null(l.Overdue));
        Assert.Equal(overdue.OrderBy(l => l.Due).ToList(), overdue);
        Assert.All(overdue, l => Assert.Equal($"Overdue by {today.DayNumber - l.Due!.Value.DayNumber} days", l.Overdue));
        var rest = lines.Skip(overdue.Count).ToList();
        Assert.Equal(rest.OrderByDescending(l => l.Raised).ToList(), rest);
        Assert.Equal(today, rest[0].Raised);
    }

    [Fact]
    public async Task The_children_list_counts_the_alerts_open_for_the_readers_agency()
    {
        var hv = await site.ClientForAsync("hv");
        var alerts = site.Service<SightlineAlerts>();
        var open = (await alerts.OpenSummariesAsync(HartFamily.Hv))[HartFamily.Baby].Alerts;
        var alert = (await alerts.ForPersonAsync(HartFamily.Baby)).First(a => a.Alert.Notify.Contains(HartFamily.Hv));
        var before = await alerts.ActionsAsync([alert.Id]);

        await alerts.RecordActionAsync(alert.Id, HartFamily.Hv, "hv", AlertActionKind.Acknowledged, null, site.Clock.GetUtcNow());
        await alerts.RecordActionAsync(alert.Id, HartFamily.Hv, "hv", AlertActionKind.Acknowledged, null, site.Clock.GetUtcNow());

        var acknowledgedBefore = before.GetValueOrDefault(alert.Id)?.Any(a => a.Agency == HartFamily.Hv && a.Kind == AlertActionKind.Acknowledged) == true;
        Assert.Equal(acknowledgedBefore ? open : open - 1, (await alerts.OpenSummariesAsync(HartFamily.Hv))[HartFamily.Baby].Alerts);
        Assert.Single((await alerts.ActionsAsync([alert.Id]))[alert.Id], a => a.Agency == HartFamily.Hv && a.Kind == AlertActionKind.Acknowledged);
        var listed = (await GetAsync(hv, "/?nhsNumber=" + Uri.EscapeDataString(HartFamily.BabyNhsNumber))).QuerySelectorAll(".govuk-tag--blue").Select(Text);
        Assert.Contains(listed, t => OpenAlerts().IsMatch(t));
        Assert.Null(await alerts.RecordActionAsync(alert.Id, TestUsers.Police, "police", AlertActionKind.Acknowledged, null, site.Clock.GetUtcNow()));
    }

    private static Dictionary<string, string> Injury(string day, string month, string year, string where, string type = "bruise", string? explanation = null) => new()
    {
        ["form.Day"] = day,
        ["form.Month"] = month,
        ["form.Year"] = year,
        ["form.InjuryType"] = type,
        ["form.Site"] = where,
        ["form.Explanation"] = explanation ?? "",
    };

    private string? lastKey;

    /// <summary>Gets the form (its anti-forgery token and key), then posts the fields with them; <paramref name="keepKey"/> sends the previous key again, as a second click does.</summary>
    private async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, bool keepKey = false)
    {
        var form = await GetAsync(client, path);
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var key = keepKey && lastKey is not null ? lastKey : form.QuerySelector("input[name='key']")!.GetAttribute("value")!;
        lastKey = key;
        var kind = Regex.Match(path, "kind=([a-z-]+)").Groups[1].Value;
        var response = await Forms.PostWithoutTokenAsync(client, path, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["key"] = key, ["kind"] = kind });
        return (response, await ParseAsync(response));
    }

    [GeneratedRegex("^[0-9]+ open alerts?$")]
    private static partial Regex OpenAlerts();
}
