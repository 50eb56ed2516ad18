using System.Net;
using System.Text.RegularExpressions;

namespace Sightline.Cli.Tests;

/// <summary>serve and demo, run in process on a free port and a temporary SQLite database, then stopped as Ctrl+C would.</summary>
public sealed class HostCommandTests(Scenarios scenarios) : IClassFixture<Scenarios>, IDisposable
{
    private readonly HttpClient client = new();

    [Fact]
    public async Task Serve_migrates_serves_and_stops_cleanly()
    {
        var database = scenarios.NewDatabase();
        Assert.Equal(ExitCodes.Ok, (await Cli.RunAsync("import-scenario", Scenarios.Bruise, "--sqlite", database)).Exit);
        await using var serve = new RunningCommand("serve", "--urls", "http://127.0.0.1:0", "--sqlite", database);

        var site = await serve.AddressAsync();
        var health = await client.GetAsync(new Uri(site, "/health"));
        var child = await client.GetAsync(new Uri(site, "/children/cli-bruise.baby"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("/sign-in", child.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Contains("Logins: this database has no accounts yet; ./sightline demo makes one per agency.", serve.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, await serve.StopAsync());
    }

    [Fact]
    public async Task Demo_loads_the_area_once_and_reuses_it_on_the_next_run()
    {
        var database = scenarios.NewDatabase();

        await using (var first = new RunningCommand("demo", "--families", "3", "--urls", "http://127.0.0.1:0", "--sqlite", database))
        {
            var site = await first.AddressAsync();
            Assert.Contains("demo: generating 3 families", first.Error, StringComparison.Ordinal);
            Assert.Matches(@"demo: stored [\d,]+ events of 3 families", first.Error);
            Assert.Matches(@"Logins: [\d,]+ demo accounts made, one per agency; all of them, with passwords, are in .*demo-logins\.txt", first.Output);
            Assert.Matches(@"\n  lead +demo\.\S+-csc +safeguarding-lead +\S+", first.Output);
            var logins = DemoLogins.Read(database);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DemoLogins.File(database)));
            }
            Assert.True(await DemoLogins.AnyPractitionerSeesAsync(site, logins, "/children/demo.f0001."), "No demo practitioner sees the first family's children.");
            // The unscheduled-care user is printed, and the site offers them the flag check.
            Assert.Matches(@"\n  (\S+-ed) +demo\.\1 +practitioner +\S+", first.Output);
            Assert.True(
                await DemoLogins.AnyPractitionerSeesAsync(site, logins.Where(l => l.User.EndsWith("-ed", StringComparison.Ordinal)).Take(1), "href=\"/flag-check\""),
                "The demo's emergency department practitioner is not offered the flag check.");
            // The demo names a child to try, and the check of that number answers flagged.
            var hint = Regex.Match(first.Output, @"Flag check: .* NHS number (\d{3} \d{3} \d{4}), a child on a child protection plan held by (\S+)\.");
            Assert.True(hint.Success, $"The demo names no child to try the flag check with:\n{first.Output}");
            using (var nurse = await DemoLogins.SignInAsync(site, logins.First(l => l.User.EndsWith("-ed", StringComparison.Ordinal))))
            {
                var answer = await nurse.Client.GetStringAsync(new Uri($"/flag-check?nhsNumber={Uri.EscapeDataString(hint.Groups[1].Value)}", UriKind.Relative));
                Assert.Contains("FLAGGED", answer, StringComparison.Ordinal);
                Assert.Contains(hint.Groups[2].Value, answer, StringComparison.Ordinal);
            }
            Assert.Equal(ExitCodes.Ok, await first.StopAsync());
        }
        var before = File.ReadAllText(DemoLogins.File(database));
        await using var second = new RunningCommand("demo", "--families", "3", "--urls", "http://127.0.0.1:0", "--sqlite", database);

        await second.AddressAsync();

        Assert.Contains("demo: the database already holds the demo area", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("generating", second.Error, StringComparison.Ordinal);
        Assert.Contains("review scenarios", second.Error, StringComparison.Ordinal);
        Assert.Matches(@"Logins: the [\d,]+ demo accounts are kept from the last run; user names and passwords are in .*demo-logins\.txt", second.Output);
        Assert.Equal(before, File.ReadAllText(DemoLogins.File(database)));
    }

    [Theory]
    [InlineData("--families", "0")]
    [InlineData("--urls", "localhost:5080")]
    [InlineData("--urls", "http://0.0.0.0:5080")]
    public async Task Demo_refuses_bad_options_with_exit_2(string option, string value)
    {
        var result = await Cli.RunAsync("demo", option, value, "--sqlite", scenarios.NewDatabase());

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => client.Dispose();
}
