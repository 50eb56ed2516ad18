using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Demo;
using Sightline.Demo.AgencyRecords;
using Sightline.Storage;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;
using Sightline.Web;
using Sightline.Web.Access;
using Sightline.Web.Accounts;

namespace Sightline.Benchmarks;

/// <summary>
/// <c>--pages [--demo-families N] [--requests N] [--warmup N]</c>: the server time of every page of
/// the demo for its largest family. Builds the demo area (N families, seed 2026, histories up to
/// 21 Nov 2026, and the police's records of fathers) in a fresh SQLite file with the live protocols
/// run, finds the family with the most events and its child named in the most of them, signs in a
/// safeguarding lead of the agency that recorded most about that child, and requests each page
/// through the site hosted in-process (the test server, no network): the time from
/// sending the request to having read the whole response, per request. Prints p50, p95 and the
/// largest per page, as a Markdown table, with the machine and its load. Last, the children list's
/// first request for further leads of the same agency (at least 3, or <c>--warmup</c>): what
/// deciding every stored child costs once the code is warm.
/// </summary>
internal static partial class PageTimes
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    public static async Task<int> RunAsync(string[] args)
    {
        var families = Option(args, "--demo-families", 300);
        var requests = Option(args, "--requests", 50);
        var warmup = Option(args, "--warmup", 10);
        var folder = Directory.CreateTempSubdirectory("sightline-pages-");
        try
        {
            var file = Path.Combine(folder.FullName, "demo.db");
            var clock = new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
            var area = new DemoOptions { Families = families, Today = Today };
            var build = Stopwatch.StartNew();
            var largest = await BuildDemoAsync(SiteDatabase.SqliteFile(file), area, clock);
            Console.WriteLine(Say($"demo of {families:N0} families stored in {build.Elapsed.TotalSeconds:N0} s; largest family {largest.Family.Id}: {largest.Family.Batch.Events.Count} events, {largest.Family.Batch.Persons.Count} persons; child {largest.Child} ({largest.ChildEvents} events name them); signed in as a safeguarding lead of {largest.Agency}"));

            var builder = SightlineSite.CreateBuilder([], new SiteOptions { Storage = SiteDatabase.SqliteFile(file), Clock = clock });
            builder.WebHost.UseTestServer();
            // The test server cannot apply the replay page's request size limit, and says so on every request.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Error);
            await using var site = SightlineSite.Build(builder);
            await site.StartAsync();
            string password;
            await using (var scope = site.Services.CreateAsyncScope())
            {
                password = await scope.ServiceProvider.GetRequiredService<SiteAccounts>()
                    .CreateAsync("bench-lead", largest.Agency, [SightlineRoles.SafeguardingLead]);
            }
            using var client = new HttpClient(new CookieContainerHandler { InnerHandler = site.GetTestServer().CreateHandler() })
            {
                BaseAddress = new Uri("https://localhost"),
                Timeout = Timeout.InfiniteTimeSpan,
            };
            await SignInAsync(client, "bench-lead", password);

            var child = Uri.EscapeDataString(largest.Child.Value);
            var surname = largest.ChildName.Split(' ')[^1];
            var pages = new (string Name, string Path)[]
            {
                ("child", $"/children/{child}"),
                ("child, chronology filtered", $"/children/{child}?significance=concern"),
                ("chronology print page", $"/children/{child}/chronology"),
                ("chronology CSV", $"/children/{child}/chronology.csv"),
                ("agencies", "/agencies"),
                ("agency alerts", $"/agencies/{Uri.EscapeDataString(largest.Agency.Value)}/alerts"),
                ("figures", "/figures"),
                ("identity review list", "/identity"),
                ("rules", "/rules"),
                ("replay (form)", "/replay"),
                ("API: child", $"/api/children/{child}"),
                // Last: the first request decides every stored child for the list (see ChildrenList), then it is kept two minutes.
                ("children", "/"),
                ("children, found by surname", $"/?name={Uri.EscapeDataString(surname)}"),
            };
            Console.WriteLine();
            Console.WriteLine(Say($"{requests} requests per page after {warmup} unmeasured; server time in ms (in-process host, the whole response read)"));
            Console.WriteLine();
            Console.WriteLine("| page | status | bytes | first | p50 | p95 | max |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var (name, path) in pages)
            {
                var (status, bytes, first, times) = await TimeAsync(client, path, warmup, requests);
                Console.WriteLine(Say($"| {name} (`{path.Replace(largest.Child.Value, "CHILD", StringComparison.Ordinal)}`) | {(int)status} | {bytes:N0} | {first:N1} | {Percentile(times, 0.50):N1} | {Percentile(times, 0.95):N1} | {times.Max():N1} |"));
            }
            var others = await OtherLeadsAsync(site, largest.Agency, Math.Max(3, warmup));
            Console.WriteLine(Say($"| children, another lead's first request (`/`; {others.Count} leads, nothing kept for them, the code warm) | 200 | | {others[0]:N1} | {Percentile(others, 0.50):N1} | {Percentile(others, 0.95):N1} | {others.Max():N1} |"));
            Console.WriteLine();
            await site.StopAsync();
            Console.WriteLine(Say($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}; load average {LoadAverage()}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The status and size of the page, the time of its first request, and the times of the measured ones.</summary>
    private static async Task<(HttpStatusCode Status, long Bytes, double First, List<double> Times)> TimeAsync(HttpClient client, string path, int warmup, int requests)
    {
        var times = new List<double>(requests);
        var (status, bytes, first) = (HttpStatusCode.OK, 0L, 0.0);
        for (var i = 0; i < warmup + requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            (status, bytes) = (response.StatusCode, body.LongLength);
            if (i == 0)
            {
                first = watch.Elapsed.TotalMilliseconds;
            }
            if (i >= warmup)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        return (status, bytes, first, times);
    }

    private static async Task<Largest> BuildDemoAsync(StorageOptions database, DemoOptions area, TimeProvider clock)
    {
        await using var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddSightlineStorage(storage =>
            {
                storage.Provider = database.Provider;
                storage.ConnectionString = database.ConnectionString;
            })
            .AddSightlineProtocols()
            .BuildServiceProvider();
        var store = services.GetRequiredService<SightlineStore>();
        var live = services.GetRequiredService<LiveProtocols>();
        await store.MigrateAsync();
        DemoFamily? largest = null;
        var families = DemoArea.Families(area).ToList();
        foreach (var family in families)
        {
            await store.StoreBatchAsync(family.Batch);
            await live.RunAfterBatchAsync(family.Batch);
            if (largest is null || family.Batch.Events.Count > largest.Batch.Events.Count)
            {
                largest = family;
            }
        }
        foreach (var family in families)
        {
            if (PoliceRecords.Of(family, DemoArea.Agencies, area.Today) is { } police)
            {
                await store.StoreBatchAsync(police);
                await live.RunAfterBatchAsync(police);
            }
        }
        var biggest = largest ?? throw new InvalidOperationException("The demo has no family.");
        var children = biggest.Batch.Persons.Where(p => p.Role is PersonRole.Child or PersonRole.Unborn).Select(p => p.Id).ToHashSet();
        var events = biggest.Batch.Events.Select(e => e.Event).ToList();
        var child = children.MaxBy(c => events.Count(e => e.Subjects.Contains(c)));
        var agency = events.Where(e => e.Subjects.Contains(child)).GroupBy(e => e.Agency).MaxBy(g => g.Count())!.Key;
        var name = biggest.Batch.Persons.Single(p => p.Id == child).Name ?? child.Value;
        return new Largest(biggest, child, name, events.Count(e => e.Subjects.Contains(child)), agency);
    }

    /// <summary>
    /// The children list's first request for each of <paramref name="count"/> further leads of the
    /// agency: the set each may see is not kept yet, so each request decides every stored child,
    /// with the code and queries already compiled by the requests before.
    /// </summary>
    private static async Task<List<double>> OtherLeadsAsync(WebApplication site, AgencyId agency, int count)
    {
        var times = new List<double>(count);
        for (var i = 1; i <= count; i++)
        {
            string password;
            await using (var scope = site.Services.CreateAsyncScope())
            {
                password = await scope.ServiceProvider.GetRequiredService<SiteAccounts>()
                    .CreateAsync($"bench-lead-{i}", agency, [SightlineRoles.SafeguardingLead]);
            }
            using var client = new HttpClient(new CookieContainerHandler { InnerHandler = site.GetTestServer().CreateHandler() })
            {
                BaseAddress = new Uri("https://localhost"),
                Timeout = Timeout.InfiniteTimeSpan,
            };
            await SignInAsync(client, $"bench-lead-{i}", password);
            var (status, _, first, _) = await TimeAsync(client, "/", 0, 1);
            if (status != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The children list gave {(int)status} to another lead.");
            }
            times.Add(first);
        }
        return times;
    }

    private static async Task SignInAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        var token = Token().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in gave {(int)response.StatusCode}.");
        }
    }

    private static double Percentile(List<double> times, double share)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private sealed record Largest(DemoFamily Family, PersonId Child, string ChildName, int ChildEvents, AgencyId Agency);
}
