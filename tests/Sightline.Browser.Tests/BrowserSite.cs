using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sightline.Core.Intake;
using Sightline.Storage;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;
using Sightline.Web;
using Sightline.Web.Accounts;

namespace Sightline.Browser.Tests;

/// <summary>
/// The site on a real socket (Kestrel on a free loopback port) over a fresh SQLite file holding the
/// Lane family, with the live protocols run before it starts and an account per
/// <see cref="BrowserUsers"/>; and Debian's Chromium, driven by Playwright, launched by its path
/// (no browser is ever downloaded). The clock stands still on <see cref="FixedClock.Monday"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync, which disposes the factory.")]
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser; <c>SIGHTLINE_CHROMIUM</c> overrides it.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>How long a step may wait for the page before the test fails: generous, for a loaded two-core machine.</summary>
    public const float StepTimeout = 20_000;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sightline-browser-tests-");
    private readonly Dictionary<string, string> passwords = new(StringComparer.Ordinal);
    private SiteFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The site's address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public FixedClock Clock { get; } = new(FixedClock.Monday);

    public async Task InitializeAsync()
    {
        var database = SiteDatabase.SqliteFile(Path.Combine(folder.FullName, "sightline.db"));
        await StoreAsync(database, LaneFamily.Batch(), LaneFamily.Elsewhere(), ReedFamily.Batch(), HoltFamily.Batch());
        factory = new SiteFactory(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource, Clock);
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        Address = new Uri(addresses.Addresses.First());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<SiteAccounts>();
            foreach (var user in BrowserUsers.All)
            {
                passwords[user.Name] = await accounts.CreateAsync(user.Name, user.Agency, [user.Role]);
            }
        }
        playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("SIGHTLINE_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"No Chromium at {chromium}. ./test.sh installs Debian's (apt-get install -y chromium); or set SIGHTLINE_CHROMIUM to a Chromium executable.");
        }
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>The password made for an account.</summary>
    public string PasswordOf(BrowserUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return passwords[user.Name];
    }

    /// <summary>
    /// A fresh browser context and page on the site, signed in through the sign-in page when a user
    /// is given. <paramref name="bypassContentSecurityPolicy"/> is for injecting axe-core, whose
    /// script Playwright adds inline; every other session runs under the site's policy. Without
    /// <paramref name="javaScript"/>, the browser runs no script at all, as some readers' do.
    /// </summary>
    public async Task<BrowserSession> SessionAsync(BrowserUser? user = null, bool bypassContentSecurityPolicy = false, bool javaScript = true)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            BypassCSP = bypassContentSecurityPolicy,
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(StepTimeout);
        context.SetDefaultNavigationTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // A status page (403, 404) is itself a failed load; anything else failing is a problem.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add($"script error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType is "stylesheet" or "script" or "font" or "image")
            {
                problems.Add($"{response.Status} for {response.Url}");
            }
        };
        var session = new BrowserSession(context, page, problems);
        if (user is not null)
        {
            await SitePages.SignInAsync(page, user.Name, PasswordOf(user));
        }
        return session;
    }

    /// <summary>A service of the site under test.</summary>
    public T Service<T>()
        where T : notnull => factory!.Services.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private async Task StoreAsync(StorageOptions storage, params IntakeBatch[] batches)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSightlineStorage(options =>
            {
                options.Provider = storage.Provider;
                options.ConnectionString = storage.ConnectionString;
            })
            .AddSightlineProtocols()
            .BuildServiceProvider();
        var store = services.GetRequiredService<SightlineStore>();
        var live = services.GetRequiredService<LiveProtocols>();
        await store.MigrateAsync();
        foreach (var batch in batches)
        {
            await store.StoreBatchAsync(batch);
            await live.RunAfterBatchAsync(batch);
        }
    }

    /// <summary>The site's own <c>Program</c>, over the fixture's database and clock.</summary>
    private sealed class SiteFactory(string sqliteFile, TimeProvider clock) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(SiteDatabase.SqliteSetting, sqliteFile);
            // Every test signs in from one address; the rate limits have tests of their own.
            builder.UseSetting("Sightline:RateLimits:SignInPerAddress", "100000");
            builder.UseSetting("Sightline:RateLimits:SignInPerUser", "100000");
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
