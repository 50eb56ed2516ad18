using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Sightline.FlagBench.Measure;

/// <summary>
/// <c>load</c>: an open-loop HTTP load generator. Requests are sent on a fixed schedule
/// (<c>--rate</c> a second for <c>--seconds</c>) whether or not earlier ones have been answered,
/// over at most <c>--connections</c> keep-alive connections, so a slow answer cannot slow the
/// offered load down and hide itself (coordinated omission). Each request's latency is reported
/// twice: from when it was due to be sent (what a clinician waiting behind the queue would see)
/// and from when it was sent (the server's and the loopback's time). The dispatcher wakes every
/// millisecond or so and sends everything due, so "from due" carries up to about a millisecond of
/// the dispatcher's own granularity.
/// </summary>
internal static class HttpLoad
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = BenchDatabase.From(args);
        var url = new Uri(args.Required("url"));
        var token = (await File.ReadAllTextAsync(args.Required("token-file"))).Trim();
        var rate = args.Int("rate", 2000);
        var seconds = args.Int("seconds", 30);
        var connections = args.Int("connections", 64);
        var demographics = args.Text("mode") == "demographics";
        var total = rate * seconds;
        var targets = await CheckSample.DrawAsync(database, Math.Min(total, args.Int("sample", 50_000)), args.Double("flagged-share", 0), args.Double("unknown-share", 0), args.Int("seed", 11));
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        string PathOf(int i)
        {
            var t = targets[i % targets.Count];
            return demographics
                ? $"/api/flags?name={Uri.EscapeDataString(t.Name)}&born={t.Born:yyyy-MM-dd}&postcode={Uri.EscapeDataString(t.Postcode)}"
                : $"/api/flags?nhsNumber={t.NhsNumber}";
        }

        Console.WriteLine($"load: {url} {(demographics ? "by demographics" : "by NHS number")}, {rate:N0}/s for {seconds} s over at most {connections} connections");
        // Warm up at a tenth of the rate for three seconds: connections open, JIT done.
        await RunAsync(client, PathOf, rate / 10, 3, new Latencies(), new Latencies());
        var fromDue = new Latencies();
        var fromSent = new Latencies();
        var elapsed = await RunAsync(client, PathOf, rate, seconds, fromDue, fromSent);
        fromDue.Print("HTTP, latency from when each request was due", elapsed);
        fromSent.Print("HTTP, latency from when each request was sent", elapsed);
        return 0;
    }

    private static async Task<TimeSpan> RunAsync(HttpClient client, Func<int, string> path, int rate, int seconds, Latencies fromDue, Latencies fromSent)
    {
        var total = rate * seconds;
        var pending = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        var ticksPerRequest = (double)Stopwatch.Frequency / rate;
        var origin = Stopwatch.GetTimestamp();
        for (var i = 0; i < total;)
        {
            var now = Stopwatch.GetTimestamp();
            while (i < total && origin + (long)(i * ticksPerRequest) <= now)
            {
                pending.Add(SendAsync(client, path(i), origin + (long)(i * ticksPerRequest), fromDue, fromSent));
                i++;
            }
            Thread.Sleep(1);
        }
        await Task.WhenAll(pending);
        return clock.Elapsed;
    }

    private static async Task SendAsync(HttpClient client, string path, long due, Latencies fromDue, Latencies fromSent)
    {
        var sent = Stopwatch.GetTimestamp();
        string outcome;
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsStreamAsync();
            if (!response.IsSuccessStatusCode)
            {
                outcome = $"http-{(int)response.StatusCode}";
            }
            else
            {
                using var json = await JsonDocument.ParseAsync(body);
                outcome = json.RootElement.GetProperty("outcome").GetString() ?? "?";
            }
        }
        catch (HttpRequestException)
        {
            outcome = "error";
        }
        catch (TaskCanceledException)
        {
            outcome = "timeout";
        }
        var done = Stopwatch.GetTimestamp();
        fromDue.Add(outcome, Stopwatch.GetElapsedTime(due, done).TotalMilliseconds);
        fromSent.Add(outcome, Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
    }
}
