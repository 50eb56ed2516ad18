using System.Net;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests;

/// <summary>Opening a record without involvement: a reason, a limited time, alerts and the access history (SQLite and PostgreSQL).</summary>
public abstract class BreakGlassBehaviour(SiteFixture site)
{
    private const string Reason = "Ruby was brought to our custody suite with her mother <script>alert('x')</script> & I need to know who is safe to collect her.";

    private static readonly string RubyPage = $"/children/{HartFamily.Baby}";
    private static readonly string Form = $"/break-glass?person={HartFamily.Baby}";

    [Fact]
    public async Task A_reason_shorter_than_a_sentence_is_refused_with_an_error_summary()
    {
        // Another user than the one granted below: a grant is the user's.
        var police = await site.ClientForAsync("police");

        using var response = await Forms.PostAsync(police, Form, new() { ["Person"] = HartFamily.Baby.Value, ["Reason"] = "need it" });
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give the reason in at least a sentence", Text(page.QuerySelector(".govuk-error-summary")!), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#reason']"));
        await GetAsync(police, RubyPage, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Break_glass_opens_the_record_for_four_hours_alerts_social_care_and_the_agency_and_then_expires()
    {
        var police = await site.SignInAsync("police-glass");
        await GetAsync(police, RubyPage, HttpStatusCode.Forbidden);

        using var granted = await Forms.PostAsync(police, Form, new() { ["Person"] = HartFamily.Baby.Value, ["Reason"] = Reason });
        var page = await GetAsync(police, RubyPage);

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var banner = page.QuerySelector(".app-banner--break-glass .govuk-notification-banner__content")!;
        Assert.StartsWith($"Opened by break-glass until 14:00 — reason: {Reason}", Text(banner), StringComparison.Ordinal);
        AssertOnlyTheSiteScript(page);
        Assert.Null(page.GetElementById("access"));
        var read = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal((AuditAction.Read, "police-glass", $"break-glass: {Reason}"), (read.Action, read.Actor, read.Why));

        var alerts = site.Service<SightlineAlerts>();
        Assert.Contains(await alerts.ForAgencyAsync(HartFamily.Csc), a => a.Alert.Rule == "break-glass-access" && a.Alert.Subjects.Contains(HartFamily.Baby));
        Assert.Contains(await alerts.ForAgencyAsync(TestUsers.Police), a => a.Alert.Rule == "break-glass-access");
        var history = Rows(Table(await GetAsync(await site.ClientForAsync("csc"), RubyPage), "Access history"));
        Assert.Contains(history, r => r[1] == "police-glass" && r[4] == $"break-glass granted: {Reason}");
        Assert.Contains(history, r => r[1] == "police-glass" && r[4] == $"opened (break-glass: {Reason})");

        try
        {
            site.Clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
            // The sign-in itself has lapsed by then (30 minutes idle), so sign in again.
            var later = await site.SignInAsync("police-glass");
            await GetAsync(later, RubyPage, HttpStatusCode.Forbidden);
        }
        finally
        {
            site.Clock.Set(MovableClock.Monday);
        }
    }

    [Fact]
    public async Task Roles_without_records_cannot_break_glass()
    {
        var analyst = await site.ClientForAsync("analyst");

        using var form = await analyst.GetAsync(new Uri(Form, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        var refused = (await site.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal((AuditAction.Refused, "break-glass form", HartFamily.Baby), (refused.Action, refused.What, refused.Person!.Value));
    }

    [Fact]
    public async Task An_involved_agency_is_sent_straight_to_the_record()
    {
        using var form = await (await site.ClientForAsync("hv")).GetAsync(new Uri(Form, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal(RubyPage, form.Headers.Location?.ToString());
    }
}
